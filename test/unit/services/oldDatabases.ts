/**
 * Databases as an older BriefDesk left them, for the upgrade tests (migrationNNN.test.ts): a file built
 * with only the first K migrations, rows written with SQL the way that version wrote them, and a
 * snapshot of every table so a test can prove the upgrade kept each old value.
 */
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { BriefDocument } from '../../../shared/document/types';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { migrate, type Db } from '../../../electron/services/db/connection';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import { MIGRATIONS } from '../../../electron/services/db/migrations';
import { doc, h, p } from '../../fixtures/issues/build';
import { weekly2022n28, weekly2024n10, weekly2024n22 } from '../../fixtures/issues';
import { openTempDatabase, tempDatabasePath } from './helpers';

export interface OldDatabase {
  file: string;
  /** Open on the file; close it before the current code opens the file. */
  db: Database.Database;
}

/** A file at schema version `version`: migrations 1…version only, foreign keys on as the app has them. */
export function databaseAt(version: number): OldDatabase {
  const file = tempDatabasePath();
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  return { file, db };
}

export interface OldSeries {
  id: number;
  title: string;
  issuer: string;
  periodKind: 'week' | 'month' | 'custom';
  hasTotal: boolean;
  createdAt: string;
}

/** The monthly as an import of 2024 created it (seriesForImport: no 总期号, issuer from the masthead). */
export const MONTHLY: Omit<OldSeries, 'id'> = {
  title: '政务窗口月报',
  issuer: '四川省政府政务服务和公共资源交易服务中心',
  periodKind: 'month',
  hasTotal: false,
  createdAt: '2024-03-05T02:14:09.512Z',
};

/** A series row with the columns of migration 001 (what the import wrote before 006); later ones keep their defaults. */
export function addSeries(db: Database.Database, series: OldSeries): number {
  db.prepare(`INSERT INTO series (id, title, issuer, period_kind, has_total, part_title, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)`).run(
    series.id,
    series.title,
    series.issuer,
    series.periodKind,
    series.hasTotal ? 1 : 0,
    series.createdAt,
  );
  return series.id;
}

export interface OldIssue {
  seriesId: number;
  year: number;
  number: number;
  totalNumber: number | null;
  issueDate: string;
  periodStart: string | null;
  periodEnd: string | null;
  partTitle: string | null;
  document: BriefDocument;
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** An issue row with the columns of migration 001; returns its id. */
export function addIssue(db: Database.Database, issue: OldIssue): number {
  const info = db
    .prepare(
      `INSERT INTO issues (series_id, year, number, total_number, issue_date, period_start, period_end, part_title,
                           document, revision, created_at, updated_at, deleted_at)
       VALUES (@seriesId, @year, @number, @totalNumber, @issueDate, @periodStart, @periodEnd, @partTitle,
               @document, @revision, @createdAt, @updatedAt, @deletedAt)`,
    )
    .run({ ...issue, document: JSON.stringify(issue.document) });
  return Number(info.lastInsertRowid);
}

export interface SampleIds {
  weekly: number;
  monthly: number;
  /** 窗口工作周报 2022年第28期（总第403期）. */
  w2022n28: number;
  w2024n10: number;
  w2024n22: number;
  /** An earlier 2024年第22期 the import replaced: in the recycle bin, keeping its number. */
  deleted: number;
  /** 政务窗口月报 2024年第2期. */
  m2024n2: number;
}

/**
 * The archive most clerks have: the weekly migration 001 created (id 1) with the three sample issues,
 * an imported monthly (id 2) with one issue, and a deleted issue in the recycle bin.
 */
export function addSampleArchive(db: Database.Database): SampleIds {
  const weekly = 1;
  const monthly = addSeries(db, { id: 2, ...MONTHLY });
  const sample = (fixture: typeof weekly2022n28, revision: number, stamp: string): OldIssue => ({
    seriesId: weekly,
    ...fixture.meta,
    document: fixture.document,
    revision,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  });
  const w2022n28 = addIssue(db, sample(weekly2022n28, 3, '2022-09-27T01:30:00.000Z'));
  const w2024n10 = addIssue(db, sample(weekly2024n10, 5, '2024-03-29T08:12:45.001Z'));
  const deleted = addIssue(db, {
    ...sample(weekly2024n22, 2, '2024-07-03T07:00:00.000Z'),
    document: doc(h(1, '窗口工作动态'), p('初稿：本周各窗口运行平稳。')),
    deletedAt: '2024-07-04T09:41:10.000Z',
  });
  const w2024n22 = addIssue(db, sample(weekly2024n22, 1, '2024-07-04T09:41:10.000Z'));
  const m2024n2 = addIssue(db, {
    seriesId: monthly,
    year: 2024,
    number: 2,
    totalNumber: null,
    issueDate: '2024-03-05',
    periodStart: '2024-02-01',
    periodEnd: '2024-02-29',
    partTitle: null,
    document: doc(h(1, '窗口运行情况'), p('2月，大厅共接待办事群众4.2万人次，窗口满意度保持100%。')),
    revision: 4,
    createdAt: '2024-03-05T02:14:09.512Z',
    updatedAt: '2024-03-06T03:00:00.000Z',
    deletedAt: null,
  });
  return { weekly, monthly, w2022n28, w2024n10, w2024n22, deleted, m2024n2 };
}

/** Departments and people (migration 003), from the 考勤 line of the 2022 sample; one person left. */
export function addRoster(db: Database.Database): void {
  const at = '2024-01-08T01:00:00.000Z';
  const dept = db.prepare(
    'INSERT INTO departments (id, name, full_name, sort_order, active, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)',
  );
  dept.run(1, '民政厅', '四川省民政厅', 0, at, at);
  dept.run(2, '自然资源厅', '四川省自然资源厅', 1, at, at);
  dept.run(3, '生态环境厅', '四川省生态环境厅', 2, at, at);
  const person = db.prepare(
    'INSERT INTO people (id, department_id, name, title, sort_order, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  person.run(1, 1, '游文慧', '', 0, 1, at, at);
  person.run(2, 2, '黎熹', '', 0, 1, at, at);
  person.run(3, 3, '张剑平', '', 0, 1, at, at);
  person.run(4, 3, '杨康年', '', 1, 0, at, '2024-05-20T06:00:00.000Z');
}

/**
 * Attendance (migration 004) of the 2024年第10期 as the clerk kept it: a leave type added after the
 * nine seeded ones, settings edited, holidays entered, entries and a leader's visit.
 */
export function addAttendance(db: Database.Database, issueId: number): void {
  db.prepare(`INSERT INTO leave_types (id, name, position) VALUES (10, '培训', 9)`).run();
  db.prepare(`UPDATE attendance_settings SET settings = json_set(settings, '$.threshold', 2) WHERE id = 1`).run();
  const day = db.prepare('INSERT INTO calendar_days (date, kind, note) VALUES (?, ?, ?)');
  day.run('2024-04-04', 'holiday', '清明节');
  day.run('2024-04-07', 'workday', '清明节调休');
  const entry = db.prepare(
    `INSERT INTO attendance_entries (issue_id, person_id, leave_type_id, start_date, end_date, note, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  entry.run(issueId, 1, 4, '2024-03-18', '2024-03-22', '赴成都市调研', 0);
  entry.run(issueId, 3, 1, '2024-03-19', '2024-03-21', '', 1);
  entry.run(issueId, 4, 10, '2024-03-18', '2024-03-20', '', 2);
  db.prepare(
    `INSERT INTO visits (issue_id, person_id, name, title, department, visit_date, kind, position)
     VALUES (?, NULL, '尹奇志', '党组成员、副厅长', '商务厅', '2024-03-20', '调研值守', 0)`,
  ).run(issueId);
}

export type TableRows = Record<string, Record<string, unknown>[]>;

/** Every row of every table (SQLite's own and FTS5's shadow tables aside), in storage order. */
export function tableRows(db: Database.Database): TableRows {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const withoutRowid = new Set(db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1").pluck().all());
  const rows: TableRows = {};
  for (const table of tables) {
    rows[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY ${withoutRowid.has(table) ? '1' : 'rowid'}`).all() as Record<
      string,
      unknown
    >[];
  }
  return rows;
}

/**
 * Every table of `before` still holds exactly its rows with the same values in the old columns (the
 * columns later migrations add are left to the test to check).
 */
export function expectOldRowsKept(before: TableRows, db: Database.Database): void {
  const after = tableRows(db);
  for (const [table, rows] of Object.entries(before)) {
    const oldColumns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    const kept = (after[table] ?? []).map((row) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => rows.length === 0 || column in rows[0]!)),
    );
    expect(oldColumns.length, `table ${table} is gone`).toBeGreaterThan(0);
    expect(kept, `rows of ${table}`).toEqual(rows);
  }
}

export interface Upgraded {
  db: Db;
  /** Calls a channel through dispatch, as the renderer does; fails the test unless it succeeds. */
  value<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
}

/** Opens an old file with the current code (which migrates it), with the app's handlers on it. */
export function openUpgraded(file: string): Upgraded {
  const db = openTempDatabase(file);
  const handlers = createHandlers(db, { host: 'web', databasePath: file, version: '0.0.0-test' });
  return {
    db,
    async value(channel, input) {
      const result = await dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as ChannelOutput<typeof channel>;
    },
  };
}
