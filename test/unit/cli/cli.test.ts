/** The command line as the clerk's maintainer runs it: a child process on a database made by the services. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numbered, paragraph, type BriefDocument } from '../../../shared/document/types';
import { openDatabase } from '../../../electron/services/db/connection';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import { runCli } from '../../../electron/cli/main';
import { tempFolder } from '../services/helpers';
import { part, text, unzipDocx } from '../export/docxXml';
import { runTsx } from './spawnTsx';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const document: BriefDocument = {
  schemaVersion: 2,
  blocks: [numbered(1, '政务工作动态'), numbered(2, '省中心召开周例会。', 'paragraph'), paragraph('本周巡查总体情况良好。')],
};

const EXPECTED_TEXT = [
  '窗口工作周报',
  '2024年第12期（总第460期）',
  '四川省政府政务服务和公共资源交易服务中心    2024年3月29日',
  '（3月25日—3月29日）',
  '',
  '一、政务工作动态',
  '（一）省中心召开周例会。',
  '本周巡查总体情况良好。',
  '',
  // The series' 报尾 (migration 002's default) as printed.
  '报：中心领导。',
  '送：各相关省级部门（单位），中心各处（室）、直属单位。',
  '发：各部门窗口。',
  '（共印80份）',
  '',
].join('\n');

let folder: string;
let db: string;
let issueId: number;

// Built once (outside the per-test temp folders, which are removed after each test).
beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'briefdesk-cli-'));
  db = path.join(folder, 'briefdesk.sqlite');
  const database = openDatabase(db);
  const handlers = createHandlers(database, { host: 'web', databasePath: db, version: 'test' });
  const created = await dispatch(handlers, 'issues.create', {
    seriesId: 1,
    meta: {
      year: 2024,
      number: 12,
      totalNumber: 460,
      issueDate: '2024-03-29',
      periodStart: '2024-03-25',
      periodEnd: '2024-03-29',
      partTitle: null,
    },
  });
  if (!created.ok) throw new Error(created.error.message);
  issueId = (created.value as { id: number }).id;
  const saved = await dispatch(handlers, 'issues.saveDocument', { id: issueId, document });
  if (!saved.ok) throw new Error(saved.error.message);
  database.close();
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Each run starts tsx (≈2 s here); generous so a slow machine does not fail for time alone.
const CHILD = { timeout: 60_000 };

describe('briefdesk cli (child process)', CHILD, () => {
  it('list --json lists the series with its issues', async () => {
    const run = await runTsx('electron/cli/main.ts', ['list', '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 1, title: '窗口工作周报' });
    expect(list[0].issues).toEqual([
      {
        id: issueId,
        seriesTitle: '窗口工作周报',
        numberLine: '2024年第12期（总第460期）',
        year: 2024,
        number: 12,
        totalNumber: 460,
        issueDate: '2024-03-29',
        periodStart: '2024-03-25',
        periodEnd: '2024-03-29',
        period: '（3月25日—3月29日）',
      },
    ]);
  });

  it('list prints a Chinese overview', async () => {
    const run = await runTsx('electron/cli/main.ts', ['list', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `窗口工作周报（系列编号 1，共 1 期）\n  编号 ${issueId}  2024年第12期（总第460期）  2024年3月29日  （3月25日—3月29日）\n`,
    );
  });

  it('show --json prints the Issue with its document', async () => {
    const run = await runTsx('electron/cli/main.ts', ['show', String(issueId), '--json', '--db', db]);
    expect(run.code).toBe(0);
    const issue = JSON.parse(run.stdout);
    expect(issue).toMatchObject({ id: issueId, seriesId: 1, year: 2024, number: 12, revision: 2, deletedAt: null });
    expect(issue.document).toEqual(document);
  });

  it('export --txt writes the plain text, UTF-8 and newline-terminated', async () => {
    const out = path.join(folder, '周报 第12期.txt');
    const run = await runTsx('electron/cli/main.ts', ['export', String(issueId), '--txt', out, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);
    expect(readFileSync(out, 'utf8')).toBe(EXPECTED_TEXT);
  });

  it('export --docx writes a DOCX with the issue and the series 报尾', async () => {
    const out = path.join(folder, '周报 第12期.docx');
    const run = await runTsx('electron/cli/main.ts', ['export', String(issueId), '--docx', out, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`已导出为 DOCX 文件：${out}\n`);
    const xml = part(await unzipDocx(new Uint8Array(readFileSync(out))), 'word/document.xml');
    expect(text(xml)).toContain('一、政务工作动态');
    expect(text(xml)).toContain('（一）省中心召开周例会。');
    expect(text(xml)).toContain('报：中心领导。');
    expect(text(xml)).toContain('（共印80份）');
    // Written through a temporary file and a rename: nothing else is left beside it.
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(!existsSync(CHROMIUM))('export --pdf writes a PDF (Chromium)', async () => {
    const out = path.join(folder, '周报.pdf');
    const run = await runTsx('electron/cli/main.ts', ['export', String(issueId), '--pdf', out, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`已导出为 PDF 文件：${out}\n`);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('export --pdf without Chromium fails in Chinese and leaves no file', async () => {
    const out = path.join(folder, '无浏览器.pdf');
    const run = await runTsx('electron/cli/main.ts', ['export', String(issueId), '--pdf', out, '--db', db], {
      CHROMIUM_PATH: path.join(folder, 'no-such-chromium'),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('找不到用于生成 PDF 的 Chromium 浏览器');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with a Chinese message on stderr for an unknown id', async () => {
    const run = await runTsx('electron/cli/main.ts', ['show', '9999', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('错误：没有找到编号为 9999 的简报，它可能已被彻底删除。\n');
  });

  it('exits 1 for a missing database file without creating it', async () => {
    const missing = path.join(folder, 'nope', 'none.sqlite');
    const run = await runTsx('electron/cli/main.ts', ['list', '--db', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('找不到数据库文件');
    expect(existsSync(missing)).toBe(false);
  });
});

describe('runCli argument handling', () => {
  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints the usage for --help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('export <编号> --txt <文件>');
    expect(run.out).toContain('export <编号> --docx <文件>');
    expect(run.out).toContain('export <编号> --pdf <文件>');
  });

  it.each([
    [['frobnicate', '--db', 'x'], '未知的命令：frobnicate'],
    [['show'], '缺少简报编号'],
    [['export', '1'], '缺少导出文件'],
    [['show', '1', '--docx', 'a.docx'], '只有 export 命令接受 --docx'],
    [['export', '1', '--docx', 'same.x', '--pdf', 'same.x'], '不同格式不能导出到同一个文件'],
    [['show', 'abc'], '简报编号应为正整数：abc'],
    [['show', '1', '2'], '多余的参数'],
    [['list', '--color'], '未知的选项'],
    [['list', '--db'], '选项缺少取值'],
    [[], '用法'],
  ])('refuses %j with a Chinese message and exit code 1', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(1);
    expect(run.err).toContain(message);
    expect(run.out).toBe('');
  });

  it('reports a database from a newer version as an error, not a crash', async () => {
    const file = path.join(tempFolder(), 'newer.sqlite');
    const database = openDatabase(file);
    database.pragma('user_version = 999');
    database.close();
    const run = await cli(['list', '--db', file]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('较新版本的简报台');
  });
});
