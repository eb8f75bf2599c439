/**
 * The 合订本's DOCX as a heavy task ('compile.docx', heavy/tasks.ts): building a year of issues takes
 * seconds, off the host's event loop. The host has already paginated every issue for print (the
 * contents' page numbers need it, and only the host has a browser), so the task is given the issues
 * and their pages and loads them again on its own connection. Progress: issue k of n; a cancel stops
 * it between issues. The bytes go back to the host, which writes them (temporary file, then rename).
 */
import type { Db } from '../db/connection';
import type { HeavyTaskContext } from '../heavy/tasks';
import { missingPicturesWarning } from '../export/pictureSource';
import { frontMatter, volumeFileName } from './contents';
import { buildVolumeDocx } from './docx';
import { planVolume, type IssuePages } from './plan';
import { loadVolumeIssues, volumeLayout, type VolumeOptions } from './selection';
import { requireSeries } from '../issues/require';

export interface CompileDocxInput extends VolumeOptions {
  issueIds: number[];
  /** Each issue's pages as the print paginator laid them out, in the order of `issueIds`. */
  issuePages: { numbered: boolean }[][];
}

export async function compileDocxTask(
  db: Db,
  input: CompileDocxInput,
  context: HeavyTaskContext,
): Promise<{ fileName: string; bytes: Uint8Array; warning: string | null }> {
  const series = requireSeries(db, input.seriesId);
  const source = { series, layout: volumeLayout(series), year: input.year, issues: loadVolumeIssues(db, series, input.issueIds) };
  const front = frontMatter(source);
  const plan = planVolume(input.issuePages as IssuePages[], front.contents.length, input.perIssuePages);
  const bytes = await buildVolumeDocx(source, front, plan, input.perIssuePages, context);
  const warning = missingPicturesWarning(source.issues[0]?.job.pictures.missing ?? []);
  return { fileName: volumeFileName(source, 'docx'), bytes, warning };
}
