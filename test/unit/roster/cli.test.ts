/** `roster import|export|list` on the command line: in-process through runCli, and once as a child process. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { openDatabase } from '../../../electron/services/db/connection';
import { rosterFixtureCsv, ROSTER_FIXTURE } from '../../fixtures/roster';
import { runTsx } from '../cli/spawnTsx';
import { tempFolder } from '../services/helpers';
import { dumpDatabase } from './dump';
import { encodeGbk } from './gbk';

function newDatabase(folder: string): string {
  const file = path.join(folder, 'briefdesk.sqlite');
  openDatabase(file).close();
  return file;
}

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function snapshot(db: string): string {
  const database = openDatabase(db);
  try {
    return dumpDatabase(database);
  } finally {
    database.close();
  }
}

const WITH_BAD_ROW = '部门,姓名,职务,部门全称\n民政厅,游文慧,,四川省民政厅\n民政厅,,科员,\n民政厅,杨伟,二级巡视员,\n';

describe('roster command line', () => {
  it('imports the good rows of a GBK CSV and reports the bad row in Chinese', async () => {
    const folder = tempFolder();
    const db = newDatabase(folder);
    const file = path.join(folder, '名册.csv');
    writeFileSync(file, encodeGbk(WITH_BAD_ROW));
    const run = await cli(['roster', 'import', file, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('文件：名册.csv');
    expect(run.out).toContain('部门：新建 1 个，更新全称 0 个');
    expect(run.out).toContain('人员：新增 2 人');
    expect(run.out).toContain('有问题的行（1 行，不会导入）：\n  第 3 行：民政厅的这一行姓名为空');
    expect(run.out).toContain('已导入“名册.csv”，跳过有问题的 1 行。');
    const list = await cli(['roster', 'list', '--db', db]);
    expect(list.out).toBe('1. 民政厅  四川省民政厅\n   游文慧\n   杨伟  二级巡视员');
  });

  it('--strict refuses a file with bad rows and stores nothing; --dry-run only reports', async () => {
    const folder = tempFolder();
    const db = newDatabase(folder);
    const file = path.join(folder, 'a.csv');
    writeFileSync(file, WITH_BAD_ROW);
    const before = snapshot(db);
    const strict = await cli(['roster', 'import', file, '--strict', '--db', db]);
    expect(strict.code).toBe(1);
    expect(strict.err).toBe('错误：有 1 行有问题，按 --strict 的要求未导入任何内容。请改正后重新导入。');
    const dry = await cli(['roster', 'import', file, '--dry-run', '--db', db]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('未导入任何内容');
    expect(snapshot(db)).toBe(before);
  });

  it('refuses unknown files, wrong formats and a missing database in Chinese', async () => {
    const folder = tempFolder();
    const db = newDatabase(folder);
    expect(await cli(['roster', 'import', path.join(folder, 'none.csv'), '--db', db])).toMatchObject({
      code: 1,
      err: expect.stringContaining('找不到文件'),
    });
    const doc = path.join(folder, 'a.docx');
    writeFileSync(doc, 'x');
    expect(await cli(['roster', 'import', doc, '--db', db])).toMatchObject({
      code: 1,
      err: expect.stringContaining('只能导入 CSV 或 XLSX 文件'),
    });
    expect(await cli(['roster', 'export', path.join(folder, 'a.csv'), '--db', db])).toMatchObject({
      code: 1,
      err: expect.stringContaining('.xlsx'),
    });
    expect(await cli(['roster', 'import', doc, '--db', path.join(folder, 'missing.sqlite')])).toMatchObject({
      code: 1,
      err: expect.stringContaining('找不到数据库文件'),
    });
    expect(existsSync(path.join(folder, 'missing.sqlite'))).toBe(false);
    expect(await cli(['roster', 'frobnicate', '--db', db])).toMatchObject({ code: 1, err: expect.stringContaining('未知的 roster 命令') });
    expect((await cli(['roster', '--help'])).out).toContain('--strict');
  });

  it('exports to XLSX and imports the export into another database (child process, as npm run cli)', { timeout: 60_000 }, async () => {
    const folder = tempFolder();
    const source = newDatabase(folder);
    const csv = path.join(folder, 'roster.csv');
    writeFileSync(csv, `\uFEFF${rosterFixtureCsv()}`);
    const imported = await runTsx('electron/cli/main.ts', ['roster', 'import', csv, '--db', source]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`部门：新建 ${ROSTER_FIXTURE.length} 个`);

    const xlsx = path.join(folder, '名册.xlsx');
    const exported = await cli(['roster', 'export', xlsx, '--db', source]);
    expect(exported).toMatchObject({ code: 0, out: `已导出人员名册：${xlsx}` });
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');

    const targetFolder = tempFolder();
    const target = newDatabase(targetFolder);
    expect((await cli(['roster', 'import', xlsx, '--db', target])).code).toBe(0);
    const listed = async (db: string) => (await cli(['roster', 'list', '--json', '--db', db])).out;
    const shape = (json: string) => {
      const { departments, people } = JSON.parse(json) as {
        departments: { name: string; fullName: string }[];
        people: { name: string; title: string }[];
      };
      return { departments: departments.map((d) => [d.name, d.fullName]), people: people.map((p) => [p.name, p.title]) };
    };
    expect(shape(await listed(target))).toEqual(shape(await listed(source)));
  });
});
