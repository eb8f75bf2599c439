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
  const rows = db.prepare('SELECT * FROM metric_groups WHERE series_id = ? ORDER BY position, id').all(seriesId) as GroupRow[];
  return withMetrics(db, rows);
}

export function findMetricGroup(db: Db, id: number): MetricGroup | undefined {
  const row = db.prepare('SELECT * FROM metric_groups WHERE id = ?').get(id) as GroupRow | undefined;
  return row ? withMetrics(db, [row])[0] : undefined;
}

/** A group as saved from the editor: a null id is a new group or metric. */
export interface MetricGroupInput {
  id: number | null;
  name: string;
  mode: MetricGroupMode;
  lead: string;
  metrics: { id: number | null; label: string; unit: string; category: string }[];
}

/**
 * Makes the series' groups the given ones, in order: kept ids are updated, null ids inserted,
 * groups and metrics left out deleted. Call inside a transaction after the checks (the handler
 * refuses deleting a metric with figures, which SQLite would refuse too, less clearly).
 */
export function replaceMetricGroups(db: Db, seriesId: number, groups: readonly MetricGroupInput[]): void {
  const current = listMetricGroups(db, seriesId);
  const keptGroups = new Set(groups.flatMap((g) => (g.id === null ? [] : [g.id])));
  const keptMetrics = new Set(groups.flatMap((g) => g.metrics.flatMap((m) => (m.id === null ? [] : [m.id]))));
  const deleteMetric = db.prepare('DELETE FROM metrics WHERE id = ?');
  const deleteGroup = db.prepare('DELETE FROM metric_groups WHERE id = ?');
  for (const group of current) {
    for (const metric of group.metrics) if (!keptMetrics.has(metric.id)) deleteMetric.run(metric.id);
    if (!keptGroups.has(group.id)) deleteGroup.run(group.id);
  }
  const insertGroup = db.prepare('INSERT INTO metric_groups (series_id, position, name, mode, lead) VALUES (?, ?, ?, ?, ?)');
  const updateGroup = db.prepare('UPDATE metric_groups SET position = ?, name = ?, mode = ?, lead = ? WHERE id = ?');
  const insertMetric = db.prepare('INSERT INTO metrics (group_id, position, label, unit, category) VALUES (?, ?, ?, ?, ?)');
  const updateMetric = db.prepare('UPDATE metrics SET group_id = ?, position = ?, label = ?, unit = ?, category = ? WHERE id = ?');
  groups.forEach((group, position) => {
    let groupId = group.id;
    if (groupId === null) {
      groupId = Number(insertGroup.run(seriesId, position, group.name, group.mode, group.lead).lastInsertRowid);
    } else {
      updateGroup.run(position, group.name, group.mode, group.lead, groupId);
    }
    group.metrics.forEach((m, i) => {
      if (m.id === null) insertMetric.run(groupId, i, m.label, m.unit, m.category);
      else updateMetric.run(groupId, i, m.label, m.unit, m.category, m.id);
    });
  });
}
