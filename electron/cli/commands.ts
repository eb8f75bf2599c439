/**
 * The commands, each going through `dispatch` like the UI does, so input validation and error
 * messages are the same as the app's. A failed call becomes a CliError with the service's message.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/contract/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import { dispatch } from '../services/dispatch';
import { seriesNotFound } from '../services/issues/messages';
import { formatList, formatShow, listedIssue, type ListedSeries } from './format';

export class CliError extends Error {}

export interface Output {
  out(text: string): void;
}

export async function call<K extends ChannelName>(
  handlers: Pick<Handlers, K>,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new CliError(result.error.message);
  return result.value as ChannelOutput<K>;
}

export async function listCommand(handlers: Pick<Handlers, 'series.list' | 'issues.list'>, json: boolean, io: Output): Promise<void> {
  const list: ListedSeries[] = [];
  for (const series of await call(handlers, 'series.list', {})) {
    const issues = await call(handlers, 'issues.list', { seriesId: series.id });
    list.push({ ...series, issues: issues.map((issue) => listedIssue(series, issue)) });
  }
  io.out(json ? JSON.stringify(list, null, 2) : formatList(list).join('\n'));
}

export async function showCommand(
  handlers: Pick<Handlers, 'series.list' | 'issues.get' | 'issues.exportText'>,
  id: number,
  json: boolean,
  io: Output,
): Promise<void> {
  const issue = await call(handlers, 'issues.get', { id });
  if (json) {
    io.out(JSON.stringify(issue, null, 2));
    return;
  }
  const series = (await call(handlers, 'series.list', {})).find((s) => s.id === issue.seriesId);
  if (!series) throw new CliError(seriesNotFound(issue.seriesId).message);
  const text = await call(handlers, 'issues.exportText', { id });
  io.out(formatShow(series, issue, text).join('\n'));
}

/** Writes beside the target and renames, so an interrupted export never leaves half a file. */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`无法写入文件“${file}”：${reason}`);
  }
}

/** Where `export` writes: any of the three formats, at least one. */
export interface ExportTargets {
  txt?: string;
  docx?: string;
  pdf?: string;
}

/**
 * Each format is made in full before its file is written, and each file is written atomically: a
 * failure (an unknown id, no Chromium for the PDF) leaves no file behind for that format.
 */
export async function exportCommand(handlers: Handlers, id: number, targets: ExportTargets, io: Output): Promise<void> {
  if (targets.txt !== undefined) {
    const text = await call(handlers, 'issues.exportText', { id });
    const file = path.resolve(targets.txt);
    writeFileAtomically(file, `${text}\n`);
    io.out(`已导出为文本文件：${file}`);
  }
  if (targets.docx !== undefined) {
    const { base64 } = await call(handlers, 'export.docx', { id });
    const file = path.resolve(targets.docx);
    writeFileAtomically(file, Buffer.from(base64, 'base64'));
    io.out(`已导出为 DOCX 文件：${file}`);
  }
  if (targets.pdf !== undefined) {
    const { base64 } = await call(handlers, 'export.pdf', { id });
    const file = path.resolve(targets.pdf);
    writeFileAtomically(file, Buffer.from(base64, 'base64'));
    io.out(`已导出为 PDF 文件：${file}`);
  }
}
