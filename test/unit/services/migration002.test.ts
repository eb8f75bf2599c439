/** Migration 002 on a database written by the first version: rows kept, the print-layout columns and defaults added. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../electron/services/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/services/db/migrations';
import { DEFAULT_SERIES_CLOSING } from '../../../electron/services/db/migrations/002_print_layout';
import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../electron/services/dispatch';
import { openTempDatabase, tempDatabasePath } from './helpers';

/** A file exactly as BriefDesk with schema version 1 left it, holding one issue. */
function versionOneDatabase(): string {
  const file = tempDatabasePath();
  const db = new Database(file);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version === 1),
  );
  db.prepare(
    `INSERT INTO issues (series_id, year, number, total_number, issue_date, period_start, period_end, part_title,
                         document, revision, created_at, updated_at, deleted_at)
     VALUES (1, 2022, 28, 403, '2022-09-27', '2022-08-22', '2022-08-26', '政务服务工作', ?, 3, 'c', 'u', NULL)`,
  ).run(JSON.stringify({ schemaVersion: 1, blocks: [{ type: 'paragraph', children: [{ text: '本周情况。' }] }] }));
  db.close();
  return file;
}

describe('migration 002 (print layout)', () => {
  it('upgrades a version-1 database: keeps the series and issue rows, adds the columns and the default 报尾', () => {
    const file = versionOneDatabase();
    const before = new Database(file, { readonly: true });
    const seriesBefore = before.prepare('SELECT * FROM series').all();
    const issuesBefore = before.prepare('SELECT * FROM issues').all();
    expect(before.pragma('user_version', { simple: true })).toBe(1);
    before.close();

    const db = openTempDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const series = db.prepare('SELECT * FROM series').all() as Record<string, unknown>[];
    const issues = db.prepare('SELECT * FROM issues').all() as Record<string, unknown>[];
    // Every old column keeps its value; the new ones are the only difference.
    // Later migrations add columns of their own (006: print_period, copy_plan, supplement, status, finalized_at;
    // 010: contents_enabled, contents_level2).
    expect(
      series.map(
        ({ layout: _l, closing: _c, print_period: _p, copy_plan: _cp, contents_enabled: _ce, contents_level2: _cl, ...rest }) => rest,
      ),
    ).toEqual(seriesBefore);
    expect(issues.map(({ closing: _c, supplement: _s, status: _st, finalized_at: _f, ...rest }) => rest)).toEqual(issuesBefore);
    expect(series[0]).toMatchObject({ layout: null });
    expect(JSON.parse(series[0]!.closing as string)).toEqual(DEFAULT_SERIES_CLOSING);
    expect(issues[0]).toMatchObject({ closing: null });
  });

  it('gives the default series the 报/送/发 lines and copies of the 2022 第28期 sample', async () => {
    const db = openTempDatabase(versionOneDatabase());
    const handlers = createHandlers(db, { host: 'web', databasePath: 'x', version: '1' });
    const listed = await dispatch(handlers, 'series.list', {});
    expect(listed).toEqual({
      ok: true,
      value: [
        expect.objectContaining({
          id: 1,
          layout: null,
          closing: {
            lines: [
              { label: '报', text: '中心领导。' },
              { label: '送', text: '各相关省级部门（单位），中心各处（室）、直属单位。' },
              { label: '发', text: '各部门窗口。' },
            ],
            copies: 80,
          },
        }),
      ],
    });
  });

  it('gives a new database the same defaults', () => {
    const db = openTempDatabase();
    const row = db.prepare('SELECT layout, closing FROM series WHERE id = 1').get() as { layout: null; closing: string };
    expect(row.layout).toBeNull();
    expect(JSON.parse(row.closing)).toEqual(DEFAULT_SERIES_CLOSING);
  });

  it('refuses text that is not JSON in the new columns', () => {
    const db = openTempDatabase();
    expect(() => db.prepare(`UPDATE series SET layout = 'not json' WHERE id = 1`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE series SET closing = '{' WHERE id = 1`).run()).toThrow(/CHECK/);
  });

  it('runs in one transaction with the version: a failing step leaves version 1 untouched', () => {
    const file = versionOneDatabase();
    const db = new Database(file);
    const failing = MIGRATIONS.map((m) =>
      m.version === 2
        ? {
            ...m,
            up(d: Database.Database) {
              m.up(d);
              throw new Error('disk gone');
            },
          }
        : m,
    );
    expect(() => migrate(db, failing)).toThrow('disk gone');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('series')`).pluck().all() as string[]).sort();
    expect(columns).not.toContain('layout');
    db.close();
    // And the real migration still runs afterwards.
    const reopened = openDatabase(file);
    expect(reopened.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    reopened.close();
  });
});
