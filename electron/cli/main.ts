/**
 * The command line: `tsx electron/cli/main.ts <command>` (`npm run cli -- <command>`), for looking
 * into a database without the app — listing, showing and exporting issues. Read-only apart from the
 * export file. Human output and errors in Chinese; errors go to stderr with exit code 1.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Handlers } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/result';
import { readAppVersion } from '../services/appVersion';
import { openDatabase, openDatabaseForReading } from '../services/db/connection';
import { sqliteErrorCode, sqliteRefusalMessage } from '../services/db/errors';
import type { HostInfo } from '../services/handlers/context';
import { listingHandlers } from '../services/handlers/listing';
import { defaultDatabasePath } from '../services/paths';
import { CliError, exportCommand, listCommand, showCommand, type Output } from './commands';

/**
 * Only what `list` and `show` need is loaded at start; every other command loads its own modules
 * (docx, exceljs, pinyin-pro, the import readers, the PDF renderer) when it runs, so a command
 * starts in a fraction of a second (the bundle splits them into chunks, scripts/build.mjs).
 */
const ARCHIVE_COMMANDS = ['search', 'backup', 'backups', 'restore'];

/** Every channel, for the commands that need more than listing (export, proofread). */
async function allHandlers(db: Parameters<typeof listingHandlers>[0], info: HostInfo): Promise<Handlers> {
  const [{ createHandlers }, { chromiumPdfRenderer }] = await Promise.all([
    import('../services/handlers'),
    import('../services/export/chromiumPdf'),
  ]);
  // The PDF renderer starts Chromium only when a PDF is asked for.
  return createHandlers(db, { ...info, pdf: chromiumPdfRenderer() });
}

export const USAGE = [
  '简报台命令行',
  '',
  '用法：',
  '  list [--json]                 列出所有简报系列及其中的简报',
  '  show <编号> [--json]          显示一期简报（--json 输出完整数据，含正文）',
  '  export <编号> --txt <文件>    把一期简报导出为文本文件（UTF-8）',
  '  export <编号> --docx <文件>   按公文版式导出为 DOCX 文件',
  '  export <编号> --pdf <文件>    按公文版式导出为 PDF 文件（需要 Chromium）',
  '                                （--txt、--docx、--pdf 可同时使用）',
  '  proofread <编号> [--json] [--fix]  校对一期简报；--fix 只做不会有歧义的修正并列出改动',
  '  import <文件> [--json|--save]  导入往期简报（.docx/.txt），详见 import --help',
  '  roster import|export|list    人员名册：导入 CSV/XLSX、导出 XLSX、列出，详见 roster --help',
  '  attendance import <期编号> <文件.csv>  导入考勤记录（全部或全不），详见 attendance --help',
  '  compile --series <系列编号> --year <年份> [--pdf <文件>] [--docx <文件>] [--all] [--per-issue-pages]',
  '                                生成一年的合订本，详见 compile --help',
  '',
  '选项：',
  '  --db <文件>    使用指定的数据库文件（默认：本机简报台的数据库）',
  '  --json         以 JSON 格式输出',
  '  -h, --help     显示本帮助',
].join('\n');

export interface CliIo extends Output {
  err(text: string): void;
}

interface Parsed {
  command: string | undefined;
  id: string | undefined;
  extra: string[];
  db: string | undefined;
  json: boolean;
  txt: string | undefined;
  docx: string | undefined;
  pdf: string | undefined;
  fix: boolean;
  help: boolean;
}

function parse(argv: string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        txt: { type: 'string' },
        docx: { type: 'string' },
        pdf: { type: 'string' },
        fix: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    const [command, id, ...extra] = positionals;
    const { db, json, txt, docx, pdf, fix, help } = values;
    return { command, id, extra, db, json, txt, docx, pdf, fix, help };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`未知的选项。用 --help 查看用法。`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError(`选项缺少取值或取值不正确。用 --help 查看用法。`);
    throw new CliError(`参数不正确：${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseId(id: string | undefined, command: string): number {
  if (id === undefined) throw new CliError(`缺少简报编号。用法：${command} <编号>（编号见 list 的输出）`);
  if (!/^[1-9]\d{0,15}$/.test(id) || !Number.isSafeInteger(Number(id))) {
    throw new CliError(`简报编号应为正整数：${id}`);
  }
  return Number(id);
}

function refuse(condition: boolean, message: string): void {
  if (condition) throw new CliError(message);
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (ARCHIVE_COMMANDS.includes(argv[0] ?? '')) return (await import('./archive')).runArchiveCli(argv, io);
  if (argv[0] === 'import') return (await import('./importCommand')).runImport(argv.slice(1), io);
  if (argv[0] === 'roster') return (await import('./roster')).runRoster(argv.slice(1), io);
  if (argv[0] === 'attendance') return (await import('./attendance')).runAttendance(argv.slice(1), io);
  if (argv[0] === 'compile') return (await import('./compileCommand')).runCompile(argv.slice(1), io);
  const args = parse(argv);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.command === undefined) {
    io.err(USAGE);
    return 1;
  }
  const command = args.command;
  if (!['list', 'show', 'export', 'proofread'].includes(command)) throw new CliError(`未知的命令：${command}。用 --help 查看用法。`);
  refuse(args.extra.length > 0, `多余的参数：${args.extra.join(' ')}`);
  refuse(command === 'list' && args.id !== undefined, `list 不需要编号：${args.id ?? ''}`);
  const targets = { txt: args.txt, docx: args.docx, pdf: args.pdf };
  const given = Object.entries(targets).filter(([, file]) => file !== undefined);
  refuse(command !== 'export' && given.length > 0, `只有 export 命令接受 ${given.map(([k]) => `--${k}`).join('、')}。`);
  refuse(command === 'export' && args.json, `export 命令不接受 --json。`);
  refuse(command !== 'proofread' && args.fix, `只有 proofread 命令接受 --fix。`);
  const id = command === 'list' ? 0 : parseId(args.id, command);
  refuse(command === 'export' && given.length === 0, `缺少导出文件。用法：export <编号> --txt|--docx|--pdf <文件>`);
  refuse(
    given.some(([, file]) => file === ''),
    `导出文件名不能为空。`,
  );
  const files = given.map(([, file]) => path.resolve(file!));
  refuse(new Set(files).size !== files.length, `不同格式不能导出到同一个文件。`);

  const databasePath = path.resolve(args.db ?? defaultDatabasePath());
  // Looking into a database must not create one where a typo pointed.
  refuse(!existsSync(databasePath), `找不到数据库文件：${databasePath}`);
  // list, show, export and proofread without --fix only read: a read-only file, folder or medium is enough
  // for them; proofread --fix saves its fixes, so it opens the database for writing.
  const db = command === 'proofread' && args.fix ? openDatabase(databasePath) : openDatabaseForReading(databasePath);
  try {
    // app.info is not offered here; 'web' stands for "a host outside Electron".
    const info: HostInfo = { host: 'web', databasePath, version: readAppVersion() };
    if (command === 'list') await listCommand(listingHandlers(db, info), args.json, io);
    else if (command === 'show') await showCommand(listingHandlers(db, info), id, args.json, io);
    else if (command === 'proofread') {
      const { proofreadCommand } = await import('./proofread');
      await proofreadCommand(await allHandlers(db, info), id, { json: args.json, fix: args.fix }, io);
    } else await exportCommand(await allHandlers(db, info), id, targets, io);
  } finally {
    db.close();
  }
  return 0;
}

/**
 * A Chinese sentence for what no command foresaw, never a stack trace: the database's own refusals
 * (busy, read-only, disk full) by their reason, anything else as an internal error.
 */
export function unforeseenMessage(error: unknown): string {
  const code = sqliteErrorCode(error);
  if (code) return sqliteRefusalMessage(code);
  return '程序内部错误，操作未完成。请重试；如果反复出现，请联系维护人员。';
}

/** Runs one command line; returns the exit code. Never throws for foreseen errors. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof CliError || error instanceof AppError) {
      io.err(`错误：${error.message}`);
      return 1;
    }
    io.err(`错误：${unforeseenMessage(error)}`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** Runs the command line of this process (its argv, stdout, stderr, exit code). */
export function runAsProcess(): void {
  const io: CliIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
  void runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

// Under tsx this file is the script; in the bundle it is a chunk and bundleEntry.ts calls runAsProcess.
if (isEntryPoint()) runAsProcess();
