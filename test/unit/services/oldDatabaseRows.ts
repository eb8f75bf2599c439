/**
 * A database at any older version holding rows in every table that version has, written with SQL as
 * that version wrote them: the sample archive (oldDatabases.ts) plus, from 006 on, a finalized issue,
 * a 增刊, templates and figures; then starting points (007), an ignored 校对 finding (008), a
 * 本期无记录 confirmation (009) and a 本期要目 choice (010).
 */
import type Database from 'better-sqlite3';
import { weekly2024n10 } from '../../fixtures/issues';
import {
  addAttendance,
  addIssue,
  addRoster,
  addSampleArchive,
  databaseAt,
  tableRows,
  type SampleIds,
  type TableRows,
} from './oldDatabases';

export interface FilledDatabase {
  file: string;
  ids: SampleIds;
  /** Every table's rows as the old version left them (the file is closed). */
  before: TableRows;
}

/** 2024年第10期's 综窗 figures (period) and the platform's totals (cumulative), metric ids 1–10 of 006. */
const FIGURES: [metric: number, value: number | null, total: number | null][] = [
  [1, 2230, null],
  [2, 700, null],
  [3, 3949, null],
  [4, 5461, 37596],
  [5, null, 151027],
  [6, null, 149855],
  [7, null, 5128833],
  [8, null, 1879340],
  [9, null, 12107],
  [10, null, 12266],
];

function addVersionSixRows(db: Database.Database, ids: SampleIds): void {
  db.prepare(`UPDATE issues SET status = 'final', finalized_at = '2022-09-27T02:00:00.000Z' WHERE id = ?`).run(ids.w2022n28);
  const log = db.prepare('INSERT INTO issue_status_log (issue_id, action, at, note) VALUES (?, ?, ?, ?)');
  log.run(ids.w2022n28, 'finalize', '2022-09-27T02:00:00.000Z', '');
  log.run(ids.w2022n28, 'reopen', '2022-09-28T01:00:00.000Z', '更正颁发件数');
  log.run(ids.w2022n28, 'finalize', '2022-09-28T01:20:00.000Z', '');
  db.prepare('UPDATE series SET print_period = 0 WHERE id = ?').run(ids.monthly);
  const section = db.prepare(
    `INSERT INTO template_sections (series_id, position, level, title, default_text, keep_text, block) VALUES (?, ?, ?, ?, ?, ?, NULL)`,
  );
  section.run(ids.weekly, 0, 1, '政务工作动态', '', 0);
  section.run(ids.weekly, 1, 1, '大厅巡查情况', '本周，大厅巡查总体情况良好。', 1);
  const figure = db.prepare('INSERT INTO issue_figures (issue_id, metric_id, value, total) VALUES (?, ?, ?, ?)');
  for (const [metric, value, total] of FIGURES) figure.run(ids.w2024n10, metric, value, total);
  const supplement = addIssue(db, {
    seriesId: ids.weekly,
    ...weekly2024n10.meta,
    // 2024年增刊第1期: inserted as the regular 第1期 (no such issue exists), then made a 增刊.
    number: 1,
    totalNumber: null,
    partTitle: '“高效办成一件事”专项行动',
    document: { schemaVersion: 2, blocks: [{ type: 'paragraph', children: [{ text: '专项行动推进情况。' }] }] },
    revision: 1,
    createdAt: '2024-03-30T02:00:00.000Z',
    updatedAt: '2024-03-30T02:00:00.000Z',
    deletedAt: null,
  });
  db.prepare('UPDATE issues SET supplement = 1 WHERE id = ?').run(supplement);
}

function addVersionSevenRows(db: Database.Database, ids: SampleIds): void {
  const start = db.prepare(
    'INSERT INTO series_starting_points (series_id, year, number, total_number, issue_date, period_end) VALUES (?, ?, ?, ?, ?, ?)',
  );
  start.run(ids.weekly, 2022, 27, 402, '2022-09-20', '2022-08-19');
  start.run(ids.monthly, 2024, 1, null, '2024-02-05', '2024-01-31');
  db.prepare('INSERT INTO opening_balances (series_id, metric_id, total) VALUES (?, 1, 35366)').run(ids.weekly);
}

/** Rows in every table of `version` (1–10; 011's pictures table is the latest and needs no upgrade test). */
export function filledDatabaseAt(version: number): FilledDatabase {
  const { file, db } = databaseAt(version);
  const ids = addSampleArchive(db);
  if (version >= 3) addRoster(db);
  if (version >= 4) addAttendance(db, ids.w2024n10);
  if (version >= 5) {
    db.prepare(
      `INSERT INTO issue_versions (issue_id, created_at, reason, revision, document) VALUES (?, '2024-03-29T08:12:45.001Z', 'explicit', 5, ?)`,
    ).run(ids.w2024n10, JSON.stringify(weekly2024n10.document));
  }
  if (version >= 6) addVersionSixRows(db, ids);
  if (version >= 7) addVersionSevenRows(db, ids);
  if (version >= 8) {
    db.prepare('INSERT INTO proofread_ignores (issue_id, finding_key, ignored_at) VALUES (?, ?, ?)').run(
      ids.w2024n22,
      'punctuation|paragraph|，，|受理件数，，办结',
      '2024-07-04T09:50:00.000Z',
    );
  }
  if (version >= 9) {
    db.prepare(`INSERT INTO issue_record_confirmations (issue_id, kind, confirmed_at) VALUES (?, 'leaderVisits', ?)`).run(
      ids.w2024n22,
      '2024-07-04T09:45:00.000Z',
    );
  }
  if (version >= 10) {
    db.prepare('UPDATE series SET contents_enabled = 1 WHERE id = ?').run(ids.weekly);
    db.prepare('INSERT INTO issue_contents (issue_id, enabled, level2) VALUES (?, NULL, 1)').run(ids.w2024n10);
  }
  const before = tableRows(db);
  db.close();
  return { file, ids, before };
}
