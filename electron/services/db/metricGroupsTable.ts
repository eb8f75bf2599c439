/**
 * The `metric_groups` and `metrics` tables: a series' statistics definitions, groups in position
 * order, each with its metrics in position order. Groups are always read with their metrics: a
 * group without them is never useful to a caller.
 */
import { AppError } from '../../../shared/contract/result';
import type { Metric, MetricGroup, MetricGroupMode } from '../../../shared/statistics/types';
import type { Db } from './connection';

interface GroupRow {
  id: number;
  series_id: number;
  position: number;
  name: string;
  mode: string;
  lead: string;
}

interface MetricRow {
  id: number;
  group_id: number;
  position: number;
  label: string;
  unit: string;
  category: string;
}

function rowToMetric(row: MetricRow): Metric {
  return { id: row.id, label: row.label, unit: row.unit, category: row.category };
}

function toMode(row: GroupRow): MetricGroupMode {
  // The CHECK constraint guarantees one of the two; anything else means the file was edited behind our back.
  if (row.mode !== 'period' && row.mode !== 'cumulative') {
    throw new AppError('INTERNAL', `数据库中编号为 ${row.id} 的统计项的统计方式“${row.mode}”无法识别。`);
  }
  return row.mode;
}

function withMetrics(db: Db, rows: readonly GroupRow[]): MetricGroup[] {
  const metricsOf = db.prepare('SELECT * FROM metrics WHERE group_id = ? ORDER BY position, id');
  return rows.map((row) => ({
    id: row.id,
    seriesId: row.series_id,
    name: row.name,
    mode: toMode(row),
    lead: row.lead,
    metrics: (metricsOf.all(row.id) as MetricRow[]).map(rowToMetric),
  }));
}

/** The series' metric groups in order, each with its metrics. */
export function listMetricGroups(db: Db, seriesId: number): MetricGroup[] {
  const rows = db
    .prepare('SELECT * FROM metric_groups WHERE series_id = ? ORDER BY position, id')
    .all(seriesId) as GroupRow[];
  return withMetrics(db, rows);
}

export function findMetricGroup(db: Db, id: number): MetricGroup | undefined {
  const row = db.prepare('SELECT * FROM metric_groups WHERE id = ?').get(id) as GroupRow | undefined;
  return row ? withMetrics(db, [row])[0] : undefined;
}
