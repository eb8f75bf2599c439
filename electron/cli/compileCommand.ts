/**
 * `compile --series <编号> --year <年份> [--pdf <文件>] [--docx <文件>] [--all] [--per-issue-pages]`:
 * the 合订本 of a series' year, through the same compile.start/progress channels as the app. Progress
 * goes to stderr; each file is written only once it is whole (temporary file, then rename), so a
 * refusal, a failure, Ctrl-C or a killed process leaves nothing at the target path.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CompileProgress } from '../../shared/contract/channels';
import { readAppVersion } from '../services/appVersion';
import { openDatabaseForReading } from '../services/db/connection';
import { defaultDatabasePath } from '../services/paths';
import type { Handlers } from '../../shared/contract/api';
import { call, CliError, writeFileAtomically, type Output } from './commands';

export const COMPILE_USAGE = [
  '用法：compile --series <系列编号> --year <年份> [--pdf <文件>] [--docx <文件>] [选项]',
  '                                生成一个简报系列一年的合订本（封面、目录、各期依期号排列，每期从奇数页开始）',
  '  --pdf <文件>                  生成 PDF（需要 Chromium）',
  '  --docx <文件>                 生成 Word 文件（DOCX；目录页码同样需要 Chromium 排版）',
  '  --all                         包括未定稿的期次（默认只收已定稿的期次）',
  '  --per-issue-pages             每期页码从1开始（默认全书连续编页码）',
  '  --db <文件>                   使用指定的数据库文件',
].join('\n');

export interface CompileIo extends Output {
  err(text: string): void;
}

const POLL_MS = 100;

function positive(value: string | undefined, what: string, pattern: RegExp): number {
  if (value === undefined) throw new CliError(`缺少 --${what}。${COMPILE_USAGE.split('\n')[0]}`);
  if (!pattern.test(value)) throw new CliError(`--${what} 的取值不正确：${value}`);
  return Number(value);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        series: { type: 'string' },
        year: { type: 'string' },
        pdf: { type: 'string' },
        docx: { type: 'string' },
        all: { type: 'boolean', default: false },
        'per-issue-pages': { type: 'boolean', default: false },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch {
    throw new CliError(`参数不正确。\n${COMPILE_USAGE}`);
  }
}

/** Runs one job to its end, printing each new step; Ctrl-C cancels it. */
async function runJob(handlers: Handlers, request: Parameters<Handlers['compile.start']>[0], io: CompileIo): Promise<CompileProgress> {
  const { jobId } = await call(handlers, 'compile.start', request);
  const cancel = () => {
    io.err('正在取消……');
    void call(handlers, 'compile.cancel', { jobId });
  };
  process.once('SIGINT', cancel);
  try {
    let said = '';
    for (;;) {
      const progress = await call(handlers, 'compile.progress', { jobId });
      const step = progress.label ? `${progress.label}（${progress.done}/${progress.total}）` : '';
      if (step !== '' && step !== said) io.err(step);
      said = step;
      if (progress.state !== 'running') return progress;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    process.off('SIGINT', cancel);
  }
}

export async function runCompile(argv: string[], io: CompileIo): Promise<number> {
  const args = parse(argv);
  if (args.help) {
    io.out(COMPILE_USAGE);
    return 0;
  }
  const seriesId = positive(args.series, 'series', /^[1-9]\d{0,9}$/);
  const year = positive(args.year, 'year', /^\d{4}$/);
  const targets = (['docx', 'pdf'] as const).flatMap((format) => (args[format] === undefined ? [] : [{ format, file: args[format] }]));
  if (targets.length === 0) throw new CliError(`缺少输出文件：请用 --pdf <文件> 和/或 --docx <文件>。`);
  if (targets.some((t) => t.file === '')) throw new CliError('输出文件名不能为空。');
  if (targets.length === 2 && path.resolve(targets[0]!.file) === path.resolve(targets[1]!.file))
    throw new CliError('不同格式不能写到同一个文件。');
  const databasePath = path.resolve(args.db ?? defaultDatabasePath());
  if (!existsSync(databasePath)) throw new CliError(`找不到数据库文件：${databasePath}`);
  const db = openDatabaseForReading(databasePath);
  try {
    const [{ createHandlers }, { chromiumPdfRenderer }] = await Promise.all([
      import('../services/handlers'),
      import('../services/export/chromiumPdf'),
    ]);
    const handlers = createHandlers(db, { host: 'web', databasePath, version: readAppVersion(), pdf: chromiumPdfRenderer() });
    for (const { format, file } of targets) {
      const progress = await runJob(handlers, { seriesId, year, all: args.all, perIssuePages: args['per-issue-pages'], format }, io);
      if (progress.state !== 'done' || !progress.file) throw new CliError(progress.error?.message ?? '合订本没有生成。');
      const target = path.resolve(file);
      writeFileAtomically(target, Buffer.from(progress.file.base64, 'base64'));
      io.out(`已生成合订本（${format === 'pdf' ? 'PDF' : 'Word'}，共${progress.pages ?? '?'}页）：${target}`);
    }
  } finally {
    db.close();
  }
  return 0;
}
