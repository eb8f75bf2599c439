/**
 * `roster` commands: import a CSV/XLSX roster, export it to XLSX, list it. Everything goes through
 * the roster channels like the app does, so checks and messages are the same.
 *
 * import prints the preview report, then stores the good rows in one transaction and leaves the bad
 * ones out (exit code 0). With --strict any bad row refuses the whole file (exit code 1, nothing
 * stored); with --dry-run only the report is printed.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Handlers } from '../../shared/contract/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import { readAppVersion } from '../services/appVersion';
import { openDatabase } from '../services/db/connection';
import { dispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import { defaultDatabasePath } from '../services/paths';
import { CliError, type Output } from './commands';
import { formatImported, formatPreview, formatRoster } from './rosterFormat';

export const ROSTER_USAGE = [
  '人员名册命令：',
  '  roster import <文件.csv|文件.xlsx> [--strict] [--dry-run]',
  '      导入人员名册：先列出每类变化和有问题的行（行号和原因），再导入没有问题的行（一次性全部写入）。',
  '      表头须含“部门”“姓名”，可含“职务”“部门全称”，顺序不限；CSV 可为 UTF-8 或 GBK 编码。',
  '      --strict   只要有一行有问题，就什么都不导入（退出码 1）',
  '      --dry-run  只显示检查结果，不导入',
  '  roster export <文件.xlsx>   把人员名册导出为 XLSX（可直接再导入）',
  '  roster list [--json]        列出名册',
  '  --db <文件>                 使用指定的数据库文件（默认：本机简报台的数据库）',
].join('\n');

export interface RosterIo extends Output {
  err(text: string): void;
}

/** A roster file is small; this keeps a mistaken path to a huge file from being read into memory. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

async function call<K extends ChannelName>(handlers: Handlers, channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new CliError(result.error.message);
  return result.value as ChannelOutput<K>;
}

function writeFileAtomically(file: string, content: Uint8Array): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`无法写入文件“${file}”：${error instanceof Error ? error.message : String(error)}`);
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        strict: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch {
    throw new CliError('参数不正确。用 roster --help 查看用法。');
  }
}

async function importFile(handlers: Handlers, file: string, strict: boolean, dryRun: boolean, io: RosterIo): Promise<number> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`找不到文件：${file}`);
  if (statSync(file).size > MAX_FILE_BYTES) throw new CliError(`文件“${file}”超过 10 MB，不像是人员名册。`);
  const base64 = readFileSync(file).toString('base64');
  const preview = await call(handlers, 'roster.previewImport', { fileName: path.basename(file), base64 });
  io.out(formatPreview(preview).join('\n'));
  if (dryRun) {
    io.out('（--dry-run：只检查，未导入任何内容。）');
    return 0;
  }
  if (strict && preview.badRows.length > 0) {
    io.err(`错误：有 ${preview.badRows.length} 行有问题，按 --strict 的要求未导入任何内容。请改正后重新导入。`);
    return 1;
  }
  const result = await call(handlers, 'roster.commitImport', { token: preview.token });
  io.out(formatImported(result).join('\n'));
  return 0;
}

export async function runRoster(argv: string[], io: RosterIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.out(ROSTER_USAGE);
    return 0;
  }
  const [command, target, ...extra] = positionals;
  if (command === undefined) {
    io.err(ROSTER_USAGE);
    return 1;
  }
  if (!['import', 'export', 'list'].includes(command)) throw new CliError(`未知的 roster 命令：${command}。用 roster --help 查看用法。`);
  if (extra.length > 0 || (command === 'list' && target !== undefined))
    throw new CliError(`多余的参数：${[target, ...extra].filter(Boolean).join(' ')}`);
  if (command !== 'list' && (target === undefined || target === '')) {
    throw new CliError(
      command === 'import' ? '缺少要导入的文件。用法：roster import <文件.csv|文件.xlsx>' : '缺少导出文件。用法：roster export <文件.xlsx>',
    );
  }
  if (command !== 'import' && (values.strict || values['dry-run'])) throw new CliError('只有 roster import 接受 --strict 和 --dry-run。');
  if (command === 'export' && !target!.toLowerCase().endsWith('.xlsx')) throw new CliError(`导出文件应以 .xlsx 结尾：${target!}`);

  const databasePath = path.resolve(values.db ?? defaultDatabasePath());
  if (!existsSync(databasePath)) throw new CliError(`找不到数据库文件：${databasePath}`);
  const db = openDatabase(databasePath);
  try {
    const handlers = createHandlers(db, { host: 'web', databasePath, version: readAppVersion() });
    if (command === 'import') return await importFile(handlers, path.resolve(target!), values.strict, values['dry-run'], io);
    if (command === 'export') {
      const exported = await call(handlers, 'roster.exportXlsx', {});
      const file = path.resolve(target!);
      writeFileAtomically(file, Buffer.from(exported.base64, 'base64'));
      io.out(`已导出人员名册：${file}`);
      return 0;
    }
    const departments = await call(handlers, 'roster.listDepartments', {});
    const people = await call(handlers, 'roster.listPeople', { includeInactive: true });
    io.out(values.json ? JSON.stringify({ departments, people }, null, 2) : formatRoster(departments, people).join('\n'));
    return 0;
  } finally {
    db.close();
  }
}
