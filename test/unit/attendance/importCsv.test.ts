/** Attendance CSV import: UTF-8 and GBK, header or not, all or nothing with every bad line named; the CLI. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { openDatabase } from '../../../electron/services/db/connection';
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';
import { seedRoster } from '../../fixtures/roster';
import { encodeGbk } from '../roster/gbk';
import { DEFAULT_SERIES_ID, dumpDatabase, tempFolder } from '../services/helpers';

async function setupDatabase() {
  const folder = tempFolder();
  const file = path.join(folder, 'briefdesk.sqlite');
  const db = openDatabase(file);
  seedRoster(db);
  const handlers = createHandlers(db, { host: 'web', databasePath: file, version: 'test' });
  const created = await dispatch(handlers, 'issues.create', {
    seriesId: DEFAULT_SERIES_ID,
    meta: {
      year: 2024,
      number: 20,
      totalNumber: null,
      issueDate: '2024-07-04',
      periodStart: '2024-06-17',
      periodEnd: '2024-06-21',
      partTitle: null,
    },
  });
  if (!created.ok) throw new Error(created.error.message);
  db.close();
  return { folder, file, issueId: (created.value as { id: number }).id };
}

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function entriesIn(file: string) {
  const db = openDatabase(file);
  try {
    return db.prepare('SELECT person_id, start_date, end_date FROM attendance_entries ORDER BY position').all();
  } finally {
    db.close();
  }
}

const GOOD = '姓名,部门,类型,开始,结束\n游文慧,民政厅,因公外出,2024/6/19,2024/6/21\n王毓,农业农村厅,请病假,2024-06-17,2024-06-18\n';

describe('attendance import <issue> <file.csv>', () => {
  it('imports a UTF-8 CSV with a header and reports every row', async () => {
    const { folder, file, issueId } = await setupDatabase();
    const csv = path.join(folder, 'a.csv');
    writeFileSync(csv, `\uFEFF${GOOD}`);
    const r = await cli(['attendance', 'import', String(issueId), csv, '--db', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '第2行：民政厅游文慧 因公外出 2024-06-19—2024-06-21，本期 3 个工作日',
        '第3行：农业农村厅王毓 请病假 2024-06-17—2024-06-18，本期 2 个工作日',
        '已导入 2 条考勤记录。',
      ].join('\n'),
    );
    expect(entriesIn(file)).toHaveLength(2);
  });

  it('reads a GBK CSV from Excel without a header', async () => {
    const { folder, file, issueId } = await setupDatabase();
    const csv = path.join(folder, 'gbk.csv');
    writeFileSync(csv, encodeGbk('游文慧,民政厅,因公外出,2024-06-19,2024-06-21\r\n黎熹,自然资源厅,年休假,2024-06-17,2024-06-21\r\n'));
    const r = await cli(['attendance', 'import', String(issueId), csv, '--db', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('第2行：自然资源厅黎熹 年休假 2024-06-17—2024-06-21，本期 5 个工作日');
  });

  it('refuses the whole file when any row is bad, naming each line, and stores nothing', async () => {
    const { folder, file, issueId } = await setupDatabase();
    const before = (() => {
      const db = openDatabase(file);
      try {
        return dumpDatabase(db);
      } finally {
        db.close();
      }
    })();
    const csv = path.join(folder, 'bad.csv');
    writeFileSync(
      csv,
      [
        '姓名,部门,类型,开始,结束',
        '游文慧,民政厅,因公外出,2024-06-19,2024-06-21',
        '张三,民政厅,事假,2024-06-17,2024-06-17',
        '王毓,农业农村厅,请病假,2024-06-18,2024-06-17',
        '游文慧,民政厅,因公外出,2024-06-20,2024-06-20',
        '黎熹,自然资源厅,旷工,2024-06-17,2024-06-17',
        '黎熹,某某厅,事假,2024-06-17,2024-06-17',
      ].join('\n'),
    );
    const r = await cli(['attendance', 'import', String(issueId), csv, '--db', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('考勤文件有 5 行有问题，未导入任何内容');
    expect(r.err).toContain('第3行：名册中没有“民政厅张三”');
    expect(r.err).toContain('第4行：结束日期 2024-06-17 早于开始日期 2024-06-18');
    expect(r.err).toContain('第5行：民政厅游文慧的因公外出与第2行日期重叠');
    expect(r.err).toContain('第6行：没有“旷工”这种请假类型');
    expect(r.err).toContain('第7行：名册中没有部门“某某厅”');
    const db = openDatabase(file);
    try {
      expect(dumpDatabase(db)).toEqual(before);
    } finally {
      db.close();
    }
  });

  it('checks the file against the entries already stored', async () => {
    const { folder, file, issueId } = await setupDatabase();
    const csv = path.join(folder, 'a.csv');
    writeFileSync(csv, GOOD);
    expect((await cli(['attendance', 'import', String(issueId), csv, '--db', file])).code).toBe(0);
    const again = await cli(['attendance', 'import', String(issueId), csv, '--db', file]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('第2行：民政厅游文慧的因公外出与本期已有的第1条记录重复');
    expect(entriesIn(file)).toHaveLength(2);
  });

  it('says what is wrong with the command itself', async () => {
    expect((await cli(['attendance', 'import', 'x', 'a.csv'])).err).toContain('期编号');
    const { file, issueId } = await setupDatabase();
    expect((await cli(['attendance', 'import', String(issueId), '/nonexistent.csv', '--db', file])).err).toContain('找不到文件');
  });
});
