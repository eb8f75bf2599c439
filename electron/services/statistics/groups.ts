/**
 * Saving a series' metric groups: everything is checked before anything is written, so a refusal
 * leaves the database as it was. Deleting a metric that has figures, or a group the series'
 * template puts in new issues, is refused with what stands in the way.
 */
import { AppError } from '../../../shared/contract/result';
import { metricName } from '../../../shared/statistics/ytd';
import type { MetricGroup } from '../../../shared/statistics/types';
import type { Db } from '../db/connection';
import { countIssuesWithFigures } from '../db/issueFiguresTable';
import { listMetricGroups, replaceMetricGroups, type MetricGroupInput } from '../db/metricGroupsTable';
import { templateGroupIds } from '../db/templateSectionsTable';

function checkNames(groups: readonly MetricGroupInput[]): void {
  const names = new Set<string>();
  for (const g of groups) {
    if (names.has(g.name)) throw new AppError('INVALID_INPUT', `统计“${g.name}”重复，请改用不同的名称。`);
    names.add(g.name);
    const metrics = new Set<string>();
    for (const m of g.metrics) {
      const name = metricName(m);
      if (metrics.has(name)) throw new AppError('INVALID_INPUT', `统计“${g.name}”中指标“${name}”重复。`);
      metrics.add(name);
    }
  }
}

/** Kept ids must be the series' own, and a metric stays in its group (its figures mean that group). */
function checkIds(current: readonly MetricGroup[], groups: readonly MetricGroupInput[]): void {
  const seen = new Set<number>();
  for (const g of groups) {
    if (g.id === null) {
      const kept = g.metrics.find((m) => m.id !== null);
      if (kept) throw new AppError('INVALID_INPUT', `新统计“${g.name}”中的指标“${kept.label}”属于另一项统计，不能移入。`);
      continue;
    }
    const existing = current.find((c) => c.id === g.id);
    if (!existing || seen.has(g.id)) throw new AppError('INVALID_INPUT', `统计编号 ${g.id} 不属于本简报系列，请刷新后重试。`);
    seen.add(g.id);
    for (const m of g.metrics) {
      if (m.id !== null && !existing.metrics.some((e) => e.id === m.id)) {
        throw new AppError('INVALID_INPUT', `指标“${m.label}”不属于统计“${g.name}”，不能移入；请删除后在该统计中新增。`);
      }
    }
  }
}

function checkDeletions(db: Db, seriesId: number, current: readonly MetricGroup[], groups: readonly MetricGroupInput[]): void {
  const keptGroups = new Set(groups.map((g) => g.id));
  const keptMetrics = new Set(groups.flatMap((g) => g.metrics.map((m) => m.id)));
  const inTemplate = templateGroupIds(db, seriesId);
  for (const group of current) {
    if (!keptGroups.has(group.id) && inTemplate.has(group.id)) {
      throw new AppError('CONFLICT', `统计“${group.name}”已用于本系列的章节模板，不能删除。请先在模板中移除该统计段落。`);
    }
    for (const metric of group.metrics) {
      if (keptMetrics.has(metric.id)) continue;
      const issues = countIssuesWithFigures(db, metric.id);
      if (issues > 0) {
        throw new AppError('CONFLICT', `统计“${group.name}”的指标“${metricName(metric)}”已有${issues}期简报填写了数字，不能删除。`);
      }
    }
  }
}

export function saveMetricGroups(db: Db, seriesId: number, groups: readonly MetricGroupInput[]): MetricGroup[] {
  return db
    .transaction(() => {
      const current = listMetricGroups(db, seriesId);
      checkNames(groups);
      checkIds(current, groups);
      checkDeletions(db, seriesId, current, groups);
      replaceMetricGroups(db, seriesId, groups);
      return listMetricGroups(db, seriesId);
    })
    .immediate();
}
