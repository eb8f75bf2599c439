/**
 * `attendance import <期编号> <文件.csv>`: adds a CSV of attendance rows to an issue through the same
 * channel the app uses (attendance.importCsv): all or nothing, a report line per row, every bad line
 * named (exit code 1, nothing stored).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChannelOutput } from '../../shared/contract/channels';
import { readAppVersion } from '../services/appVersion';
import { openDatabase } from '../services/db/connection';
import { dispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import { defaultDatabasePath } from '../services/paths';
import { CliError, type Output } from './commands';

export const ATTENDANCE_USAGE = [
  '考勤命令：',
  '  attendance import <期编号> <文件.csv>',
  '      把考勤记录加入一期简报。列：姓名,部门,类型,开始,结束[,备注]（可有表头行），UTF-8 或 GBK 编码；',
  '      日期写作 2024-06-17 或 2024/6/17。任何一行有问题就什么都不导入，并列出每一行的问题。',
  '  --db <文件>   使用指定的数据库文件（默认：本机简报台的数据库）',
].join('\n');

export interface AttendanceIo extends Output {
  err(text: string): void;
}

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function runAttendance(argv: string[], io: AttendanceIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch {
    throw new CliError('参数不正确。用 attendance --help 查看用法。');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(ATTENDANCE_USAGE);
    return 0;
  }
  const [command, issueText, file, ...extra] = positionals;
  if (command !== 'import') {
    io.err(ATTENDANCE_USAGE);
    return 1;
  }
  if (extra.length > 0) throw new CliError(`多余的参数：${extra.join(' ')}`);
  if (issueText === undefined || !/^\d+$/.test(issueText))
    throw new CliError('缺少或写错了期编号。用法：attendance import <期编号> <文件.csv>');
  if (file === undefined) throw new CliError('缺少考勤文件。用法：attendance import <期编号> <文件.csv>');
  const csv = path.resolve(file);
  if (!existsSync(csv) || !statSync(csv).isFile()) throw new CliError(`找不到文件：${csv}`);
  if (statSync(csv).size > MAX_FILE_BYTES) throw new CliError(`文件“${csv}”超过 5 MB，不像是考勤表。`);

  const databasePath = path.resolve(values.db ?? defaultDatabasePath());
  if (!existsSync(databasePath)) throw new CliError(`找不到数据库文件：${databasePath}`);
  const db = openDatabase(databasePath);
  try {
    const handlers = createHandlers(db, { host: 'web', databasePath, version: readAppVersion() });
    const result = await dispatch(handlers, 'attendance.importCsv', {
      issueId: Number(issueText),
      fileName: path.basename(csv),
      base64: readFileSync(csv).toString('base64'),
    });
    if (!result.ok) {
      io.err(`错误：${result.error.message}`);
      return 1;
    }
    const report = result.value as ChannelOutput<'attendance.importCsv'>;
    for (const row of report.rows) io.out(`第${row.line}行：${row.text}`);
    io.out(`已导入 ${report.imported} 条考勤记录。`);
    return 0;
  } finally {
    db.close();
  }
}
