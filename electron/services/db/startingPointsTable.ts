/**
 * The `series_starting_points` and `opening_balances` tables (migration 007): one starting point per
 * series, with the 今年以来 figures of its metrics as of that issue. Always written whole.
 */
import type { StartingPoint, StartingPointInput } from '../../../shared/start/types';
import type { Db } from './connection';

interface PointRow {
  series_id: number;
  year: number;
  number: number;
  total_number: number | null;
  issue_date: string;
  period_end: string | null;
}

export function findStartingPoint(db: Db, seriesId: number): StartingPoint | undefined {
  const row = db.prepare('SELECT * FROM series_starting_points WHERE series_id = ?').get(seriesId) as PointRow | undefined;
  if (!row) return undefined;
  const balances = db
    .prepare(
      `SELECT b.metric_id AS metricId, b.total FROM opening_balances b
       JOIN metrics m ON m.id = b.metric_id JOIN metric_groups g ON g.id = m.group_id
       WHERE b.series_id = ? ORDER BY g.position, m.position`,
    )
    .all(seriesId) as { metricId: number; total: number }[];
  return {
    seriesId: row.series_id,
    year: row.year,
    number: row.number,
    totalNumber: row.total_number,
    issueDate: row.issue_date,
    periodEnd: row.period_end,
    balances,
  };
}

/** Replaces the series' starting point and its balances (call inside a transaction). */
export function replaceStartingPoint(db: Db, seriesId: number, point: StartingPointInput): void {
  deleteStartingPoint(db, seriesId);
  db.prepare(
    `INSERT INTO series_starting_points (series_id, year, number, total_number, issue_date, period_end)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(seriesId, point.year, point.number, point.totalNumber, point.issueDate, point.periodEnd);
  const insert = db.prepare('INSERT INTO opening_balances (series_id, metric_id, total) VALUES (?, ?, ?)');
  for (const b of point.balances) insert.run(seriesId, b.metricId, b.total);
}

export function deleteStartingPoint(db: Db, seriesId: number): void {
  // The balances go with it (ON DELETE CASCADE).
  db.prepare('DELETE FROM series_starting_points WHERE series_id = ?').run(seriesId);
}
