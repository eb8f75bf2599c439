/**
 * Migration 006 on a version-5 database: every old row kept; the new series and issue columns at their
 * defaults on the old rows; the two statistics groups seeded into the series with the lowest id —
 * exactly the rows a new database gets, whatever that id is.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations';
import { weekly2024n10 } from '../../fixtures/issues';
import { openTempDatabase } from './helpers';
import {
  addAttendance,
  addIssue,
  addRoster,
  addSampleArchive,
  addSeries,
  databaseAt,
  expectOldRowsKept,
  MONTHLY,
  openUpgraded,
  tableRows,
} from './oldDatabases';

/** Written out rather than taken from SEED_METRIC_GROUPS: what released databases hold must not drift. */
const seededGroups = (seriesId: number) => [
  { id: 1, series_id: seriesId, position: 0, name: '省本级综窗办件情况', mode: 'period', lead: '' },
  {
    id: 2,
    series_id: seriesId,
    position: 1,
    name: '省级政务服务事项受理办理情况',
    mode: 'cumulative',
    lead: '据四川一体化政务服务平台数据统计，',
  },
];
const SEEDED_METRICS = [
  { id: 1, group_id: 1, position: 0, label: '咨询', unit: '人次', category: '' },
  { id: 2, group_id: 1, position: 1, label: '受理', unit: '件', category: '' },
  { id: 3, group_id: 1, position: 2, label: '颁发', unit: '件', category: '' },
  { id: 4, group_id: 1, position: 3, label: '流转', unit: '件次', category: '' },
  { id: 5, group_id: 2, position: 0, label: '受理', unit: '件', category: '省本级行政许可事项' },
  { id: 6, group_id: 2, position: 1, label: '办结', unit: '件', category: '省本级行政许可事项' },
  { id: 7, group_id: 2, position: 2, label: '受理', unit: '件', category: '公共服务事项' },
  { id: 8, group_id: 2, position: 3, label: '办结', unit: '件', category: '公共服务事项' },
  { id: 9, group_id: 2, position: 4, label: '受理', unit: '件', category: '其它九类行权事项' },
  { id: 10, group_id: 2, position: 5, label: '办结', unit: '件', category: '其它九类行权事项' },
];

function seeded(db: Database.Database) {
  return {
    groups: db.prepare('SELECT id, series_id, position, name, mode, lead FROM metric_groups ORDER BY id').all(),
    metrics: db.prepare('SELECT id, group_id, position, label, unit, category FROM metrics ORDER BY id').all(),
  };
}

function versionFive() {
  const { file, db } = databaseAt(5);
  const ids = addSampleArchive(db);
  addRoster(db);
  addAttendance(db, ids.w2024n10);
  db.prepare(
    `INSERT INTO issue_versions (issue_id, created_at, reason, revision, document) VALUES (?, '2024-03-29T08:12:45.001Z', 'explicit', 5, ?)`,
  ).run(ids.w2024n10, JSON.stringify(weekly2024n10.document));
  const before = tableRows(db);
  db.close();
  return { file, ids, before };
}

describe('migration 006 (series settings, 增刊, status, statistics)', () => {
  it('keeps every row of a version-5 database', () => {
    const { file, before } = versionFive();
    expect(before.issue_versions).toHaveLength(1);
    expect(before.search_stale).toHaveLength(5);
    const { db } = openUpgraded(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expectOldRowsKept(before, db);
  });

  it('gives the old series and issues the defaults: period printed, no copy plan, regular drafts', () => {
    const { db } = openUpgraded(versionFive().file);
    expect(db.prepare('SELECT id, print_period, copy_plan FROM series ORDER BY id').all()).toEqual([
      { id: 1, print_period: 1, copy_plan: null },
      { id: 2, print_period: 1, copy_plan: null },
    ]);
    const issues = db.prepare('SELECT supplement, status, finalized_at FROM issues').all();
    expect(issues).toHaveLength(5);
    for (const issue of issues) expect(issue).toEqual({ supplement: 0, status: 'draft', finalized_at: null });
    for (const table of ['issue_status_log', 'template_sections', 'issue_figures']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });

  it('numbers 增刊 apart: a 增刊 may take a live number, a second regular issue may not', () => {
    const { file, ids } = versionFive();
    const { db } = openUpgraded(file);
    const copy = db.prepare(
      `INSERT INTO issues (series_id, year, number, total_number, issue_date, period_start, period_end, part_title,
                           document, revision, created_at, updated_at, deleted_at, supplement)
       SELECT series_id, year, number, NULL, issue_date, NULL, NULL, NULL, document, 1, created_at, updated_at, NULL, ?
       FROM issues WHERE id = ?`,
    );
    expect(() => copy.run(0, ids.w2024n22)).toThrow(/UNIQUE/);
    expect(() => copy.run(1, ids.w2024n22)).not.toThrow();
    // A 增刊's masthead line differs, so making an issue one marks it for re-indexing.
    db.prepare('DELETE FROM search_stale').run();
    db.prepare('UPDATE issues SET supplement = 1 WHERE id = ?').run(ids.w2022n28);
    expect(db.prepare('SELECT issue_id FROM search_stale').pluck().all()).toEqual([ids.w2022n28]);
  });

  it('seeds the two statistics groups into the weekly (series 1) only', async () => {
    const { file, ids } = versionFive();
    const app = openUpgraded(file);
    expect(seeded(app.db)).toEqual({ groups: seededGroups(ids.weekly), metrics: SEEDED_METRICS });
    const groups = await app.value('statistics.groups', { seriesId: ids.weekly });
    expect(groups.map((g) => ({ id: g.id, seriesId: g.seriesId, name: g.name, mode: g.mode, lead: g.lead }))).toEqual(
      seededGroups(ids.weekly).map((g) => ({ id: g.id, seriesId: g.series_id, name: g.name, mode: g.mode, lead: g.lead })),
    );
    expect(groups.flatMap((g) => g.metrics)).toEqual(
      SEEDED_METRICS.map((m) => ({ id: m.id, label: m.label, unit: m.unit, category: m.category })),
    );
    expect(await app.value('statistics.groups', { seriesId: ids.monthly })).toEqual([]);
  });

  it('gives a new database exactly the same groups and metrics, on its series 1', () => {
    const db = openTempDatabase();
    expect(seeded(db)).toEqual({ groups: seededGroups(1), metrics: SEEDED_METRICS });
  });
});

/**
 * Before 006 no series could be deleted and the import only added series after the existing ones, so
 * the lowest id was the weekly of 001. A file edited outside BriefDesk may differ: the lowest id still decides.
 */
describe('migration 006 on series whose ids do not start at 1', () => {
  function versionFiveWith(series: { id: number; title: string; periodKind: 'week' | 'month' }[]): string {
    const { file, db } = databaseAt(5);
    db.prepare('DELETE FROM series WHERE id = 1').run();
    for (const s of series) {
      addSeries(db, { ...MONTHLY, ...s, hasTotal: s.periodKind === 'week' });
      addIssue(db, {
        seriesId: s.id,
        ...weekly2024n10.meta,
        totalNumber: s.periodKind === 'week' ? 463 : null,
        document: weekly2024n10.document,
        revision: 1,
        createdAt: '2024-03-29T08:00:00.000Z',
        updatedAt: '2024-03-29T08:00:00.000Z',
        deletedAt: null,
      });
    }
    db.close();
    return file;
  }

  it('series 1 deleted, 3 and 7 left: the groups go to series 3 with the ids a new database has', async () => {
    const app = openUpgraded(
      versionFiveWith([
        { id: 7, title: '政务窗口月报', periodKind: 'month' },
        { id: 3, title: '窗口工作周报', periodKind: 'week' },
      ]),
    );
    expect(seeded(app.db)).toEqual({ groups: seededGroups(3), metrics: SEEDED_METRICS });
    expect(await app.value('statistics.groups', { seriesId: 7 })).toEqual([]);
  });

  it('the weekly at id 5 and a monthly at 2: the lowest id (the monthly) gets them, as before', () => {
    const { db } = openUpgraded(
      versionFiveWith([
        { id: 5, title: '窗口工作周报', periodKind: 'week' },
        { id: 2, title: '政务窗口月报', periodKind: 'month' },
      ]),
    );
    expect(seeded(db)).toEqual({ groups: seededGroups(2), metrics: SEEDED_METRICS });
  });

  it('no series at all: nothing is seeded', () => {
    const { file, db } = databaseAt(5);
    db.prepare('DELETE FROM series').run();
    db.close();
    const upgraded = openUpgraded(file);
    expect(seeded(upgraded.db)).toEqual({ groups: [], metrics: [] });
  });
});
