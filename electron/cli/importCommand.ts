/**
 * `import <文件>`: reads a past issue (.docx or .txt) and prints the structure it found (`--json`:
 * exactly the fields of ImportSummary), or with `--save` stores it through `import.save` and prints
 * the new issue's id. An existing issue with the same series, year and number is refused unless
 * `--replace` (it then goes to the recycle bin). An unknown series title creates that series.
 * A number the text lost is given with `--number` (and `--total`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportSaved } from '../../shared/contract/importChannels';
import { detectIncoming, importSummary } from '../../shared/import';
import type { DetectedIssue } from '../../shared/import/types';
import { readAppVersion } from '../services/appVersion';
import { openDatabase, type Db } from '../services/db/connection';
import { dispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import { checkImportFile, detectWithSeries, draftOf, readImportFile } from '../services/import';
import { defaultDatabasePath } from '../services/paths';
import { CliError, type Output } from './commands';
import { formatDetected } from './importFormat';

export const IMPORT_USAGE = [
  '用法：import <文件> [选项]      导入一期往期简报（.docx 或 .txt）',
  '',
  '  （不加 --save）               只显示识别出的结构，不保存',
  '  --json                        以 JSON 输出识别结果（保存时输出保存结果）',
  '  --save                        保存到数据库，并显示新简报的编号',
  '  --replace                     同系列同年同期号的简报已存在时替换它（原简报移入回收站）',
  '  --number <期号>               文中没有期号时指定期号',
  '  --total <总期号>              同时指定总期号',
  '  --series <系列名称>           指定简报系列（没有该系列时新建）',
  '  --db <文件>                   使用指定的数据库文件',
].join('\n');

export interface ImportIo extends Output {
  err(text: string): void;
}

function positiveInt(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new CliError(`${what}应为正整数：${value}`);
  return Number(value);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        save: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        number: { type: 'string' },
        total: { type: 'string' },
        series: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch {
    throw new CliError('import 的参数不正确。用 import --help 查看用法。');
  }
}

function readFile(file: string): Uint8Array {
  if (!existsSync(file)) throw new CliError(`找不到文件：${file}`);
  // Type and size first: a 50 MB file is refused without being read.
  checkImportFile(path.basename(file), statSync(file).size);
  return new Uint8Array(readFileSync(file));
}

function applyOverrides(issue: DetectedIssue, number?: number, total?: number, series?: string): DetectedIssue {
  return {
    ...issue,
    number: number ?? issue.number,
    totalNumber: total ?? issue.totalNumber,
    seriesTitle: series?.trim() || issue.seriesTitle,
  };
}

export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.out(IMPORT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`请指定一个要导入的文件。\n${IMPORT_USAGE}`);
  if (values.replace && !values.save) throw new CliError('--replace 只能与 --save 一起使用。');
  const number = positiveInt(values.number, '期号');
  const total = positiveInt(values.total, '总期号');
  const file = path.resolve(positionals[0]!);
  const bytes = readFile(file);
  const incoming = await readImportFile(path.basename(file), bytes);

  const databasePath = path.resolve(values.db ?? defaultDatabasePath());
  if (!values.save) {
    // Without saving, the database only names the known series; a missing one is not created.
    let db: Db | null = null;
    try {
      db = existsSync(databasePath) ? openDatabase(databasePath) : null;
      const issue = applyOverrides(db ? detectWithSeries(db, incoming) : detectIncoming(incoming), number, total, values.series);
      io.out(values.json ? JSON.stringify(importSummary(issue), null, 2) : formatDetected(issue).join('\n'));
    } finally {
      db?.close();
    }
    return 0;
  }

  if (!existsSync(databasePath)) throw new CliError(`找不到数据库文件：${databasePath}`);
  const db = openDatabase(databasePath);
  try {
    const issue = applyOverrides(detectWithSeries(db, incoming), number, total, values.series);
    const draft = draftOf(issue);
    if (!draft) {
      const missing = [issue.number === null ? '期号（用 --number 指定）' : null, issue.issueDate === null ? '印发日期' : null]
        .filter(Boolean)
        .join('、');
      throw new CliError(`“${path.basename(file)}”缺少${missing}，未保存。`);
    }
    const handlers = createHandlers(db, { host: 'web', databasePath, version: readAppVersion() });
    const result = await dispatch(handlers, 'import.save', { draft, replaceExisting: values.replace });
    if (!result.ok) throw new CliError(result.error.message);
    const saved = result.value as ImportSaved;
    for (const warning of issue.warnings) io.err(`提示：${warning}`);
    if (values.json) io.out(JSON.stringify(saved, null, 2));
    else {
      const notes = [
        saved.seriesCreated ? `新建了简报系列“${draft.seriesTitle}”` : null,
        saved.replacedIssueId !== null ? `原第 ${saved.replacedIssueId} 号简报已移入回收站` : null,
      ].filter(Boolean);
      io.out(
        `已导入：${draft.seriesTitle} ${draft.meta.year}年第${draft.meta.number}期，简报编号 ${saved.issueId}${notes.length > 0 ? `（${notes.join('；')}）` : ''}`,
      );
    }
  } finally {
    db.close();
  }
  return 0;
}
