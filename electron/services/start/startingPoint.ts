/**
 * Setting a series' starting point (接续往期): the checks a starting point must pass before it is
 * stored, so that a wrong opening balance is refused with a reason and never prints.
 */
import { AppError } from '../../../shared/contract/result';
import type { Series } from '../../../shared/issues/types';
import type { StartingPoint, StartingPointInput } from '../../../shared/start/types';
import { metricName } from '../../../shared/statistics/ytd';
import type { Db } from '../db/connection';
import { listMetricGroups } from '../db/metricGroupsTable';
import { findStartingPoint, replaceStartingPoint } from '../db/startingPointsTable';

function invalid(message: string): AppError {
  return new AppError('INVALID_INPUT', `${message}起点未保存。`);
}

/** Checks the starting point against the series and stores it (call inside a transaction). */
export function saveStartingPoint(db: Db, series: Series, point: StartingPointInput): StartingPoint {
  if (!series.hasTotal && point.totalNumber !== null) {
    throw invalid(`“${series.title}”的期号不带总期号，不能填写总期号；如需总期号，请先在基本设置中勾选。`);
  }
  if (point.issueDate.slice(0, 4) !== String(point.year) && point.year !== Number(point.issueDate.slice(0, 4)) - 1) {
    throw invalid(`起点期号为${point.year}年，印发日期却是${point.issueDate}，请核对年份。`);
  }
  const metrics = new Map(listMetricGroups(db, series.id).flatMap((g) => g.metrics.map((m) => [m.id, m] as const)));
  const seen = new Set<number>();
  for (const b of point.balances) {
    const metric = metrics.get(b.metricId);
    if (!metric) throw invalid(`指标编号 ${b.metricId} 不属于“${series.title}”的统计指标，请刷新后重试。`);
    if (seen.has(b.metricId)) throw invalid(`指标“${metricName(metric)}”的期初累计重复填写。`);
    seen.add(b.metricId);
  }
  replaceStartingPoint(db, series.id, point);
  const stored = findStartingPoint(db, series.id);
  if (!stored) throw new AppError('INTERNAL', '起点保存后未能读出，请重试。');
  return stored;
}
