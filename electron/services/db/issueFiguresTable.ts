/**
 * The `issue_figures` table: one metric's figures in one issue (the period's value and an optional
 * typed year-to-date total). An issue's figures of a group are always written together.
 */
import type { FigureValues, YearIssue } from '../../../shared/statistics/ytd';
import type { Db } from './connection';

interface FigureRow {
  issue_id: number;
  metric_id: number;
  value: number | null;
  total: number | null;
}

interface YearFigureRow extends FigureRow {
  number: number;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The issue's figures of the given metrics, keyed by metric id. */
export function issueFigures(db: Db, issueId: number, metricIds: readonly number[]): Map<number, FigureValues> {
  const figures = new Map<number, FigureValues>();
  if (metricIds.length === 0) return figures;
  const rows = db
    .prepare(`SELECT * FROM issue_figures WHERE issue_id = ? AND metric_id IN (${placeholders(metricIds.length)})`)
    .all(issueId, ...metricIds) as FigureRow[];
  for (const row of rows) figures.set(row.metric_id, { value: row.value, total: row.total });
  return figures;
}

/**
 * Every live regular issue (not 增刊, not in the recycle bin) of the series and year, with its figures
 * of the given metrics — issues without figures included, so gaps can be told from missing issues.
 */
export function yearIssueFigures(db: Db, seriesId: number, year: number, metricIds: readonly number[]): YearIssue[] {
  const issues = db
    .prepare(
      `SELECT id, number FROM issues
       WHERE series_id = ? AND year = ? AND supplement = 0 AND deleted_at IS NULL ORDER BY number`,
    )
    .all(seriesId, year) as { id: number; number: number }[];
  const byIssue = new Map<number, Map<number, FigureValues>>(issues.map((i) => [i.id, new Map()]));
  if (metricIds.length > 0) {
    const rows = db
      .prepare(
        `SELECT f.*, i.number FROM issue_figures f JOIN issues i ON i.id = f.issue_id
         WHERE i.series_id = ? AND i.year = ? AND i.supplement = 0 AND i.deleted_at IS NULL
           AND f.metric_id IN (${placeholders(metricIds.length)})`,
      )
      .all(seriesId, year, ...metricIds) as YearFigureRow[];
    for (const row of rows) byIssue.get(row.issue_id)?.set(row.metric_id, { value: row.value, total: row.total });
  }
  return issues.map((i) => ({ issueId: i.id, number: i.number, figures: byIssue.get(i.id) ?? new Map() }));
}

/** Replaces the issue's figures of the given metrics; a metric with neither figure gets no row. */
export function replaceIssueFigures(
  db: Db,
  issueId: number,
  metricIds: readonly number[],
  figures: ReadonlyMap<number, FigureValues>,
): void {
  if (metricIds.length === 0) return;
  db.prepare(`DELETE FROM issue_figures WHERE issue_id = ? AND metric_id IN (${placeholders(metricIds.length)})`).run(
    issueId,
    ...metricIds,
  );
  const insert = db.prepare('INSERT INTO issue_figures (issue_id, metric_id, value, total) VALUES (?, ?, ?, ?)');
  for (const [metricId, f] of figures) {
    if (f.value !== null || f.total !== null) insert.run(issueId, metricId, f.value, f.total);
  }
}

/** How many issues (in the recycle bin included: their figures are still stored) have figures of the metric. */
export function countIssuesWithFigures(db: Db, metricId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM issue_figures WHERE metric_id = ?').get(metricId) as { n: number }).n;
}
