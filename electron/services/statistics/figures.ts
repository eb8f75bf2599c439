/**
 * An issue's statistics: the view of one metric group (figures, year-to-date totals, warnings,
 * printed text) and the save of its figures, with the checks a save must pass.
 */
import { AppError } from '../../../shared/contract/result';
import type { IssueSummary } from '../../../shared/issues/types';
import { statisticsLines, statisticsRows } from '../../../shared/statistics/text';
import type { FigureInput, MetricGroup, StatisticsView } from '../../../shared/statistics/types';
import {
  computeYearToDate,
  totalBelowSum,
  type FigureValues,
  type OpeningBalance,
  type YearToDateInput,
} from '../../../shared/statistics/ytd';
import type { Db } from '../db/connection';
import { issueFigures, replaceIssueFigures, yearIssueFigures } from '../db/issueFiguresTable';
import { findMetricGroup } from '../db/metricGroupsTable';
import { findStartingPoint } from '../db/startingPointsTable';
import { requireSeries } from '../issues/require';

/** The group, which must belong to the issue's series. */
export function requireGroupOfIssue(db: Db, issue: IssueSummary, groupId: number): MetricGroup {
  const group = findMetricGroup(db, groupId);
  if (!group) throw new AppError('NOT_FOUND', `没有找到编号为 ${groupId} 的统计项，它可能已被删除。`);
  if (group.seriesId !== issue.seriesId) {
    throw new AppError('INVALID_INPUT', `统计“${group.name}”不属于本期简报所在的简报系列。`);
  }
  return group;
}

/** The series' opening balance, when its starting point lies in the issue's year. */
function openingBalance(db: Db, issue: IssueSummary): OpeningBalance | undefined {
  const start = findStartingPoint(db, issue.seriesId);
  if (!start || start.year !== issue.year) return undefined;
  return { number: start.number, totals: new Map(start.balances.map((b) => [b.metricId, b.total])) };
}

function ytdInput(db: Db, issue: IssueSummary, group: MetricGroup, figures: ReadonlyMap<number, FigureValues>): YearToDateInput {
  const metricIds = group.metrics.map((m) => m.id);
  return {
    group,
    year: issue.year,
    issue: { id: issue.id, number: issue.number, supplement: issue.supplement },
    yearIssues: yearIssueFigures(db, issue.seriesId, issue.year, metricIds),
    figures,
    opening: openingBalance(db, issue),
  };
}

function buildView(db: Db, issue: IssueSummary, group: MetricGroup, input: YearToDateInput): StatisticsView {
  const series = requireSeries(db, issue.seriesId);
  const { figures, errors, warnings } = computeYearToDate(input);
  const ctx = { periodKind: series.periodKind, year: issue.year, periodEnd: issue.periodEnd ?? issue.issueDate };
  return {
    issueId: issue.id,
    group,
    figures,
    errors,
    warnings,
    lines: statisticsLines(group, figures, ctx),
    rows: statisticsRows(group, figures, ctx),
  };
}

export function statisticsView(db: Db, issue: IssueSummary, group: MetricGroup): StatisticsView {
  const own = issueFigures(
    db,
    issue.id,
    group.metrics.map((m) => m.id),
  );
  return buildView(db, issue, group, ytdInput(db, issue, group, own));
}

/** Checks the figures against the group and the year, then stores them (call inside a transaction). */
export function saveFigures(db: Db, issue: IssueSummary, group: MetricGroup, inputs: readonly FigureInput[]): StatisticsView {
  const figures = new Map<number, FigureValues>();
  for (const f of inputs) {
    const metric = group.metrics.find((m) => m.id === f.metricId);
    if (!metric) throw new AppError('INVALID_INPUT', `指标编号 ${f.metricId} 不属于统计“${group.name}”，请刷新后重试。`);
    if (figures.has(f.metricId)) throw new AppError('INVALID_INPUT', `指标“${metric.label}”的数字重复提交。`);
    // A cumulative group's values are the totals: a separate typed total means nothing there.
    figures.set(f.metricId, { value: f.value, total: group.mode === 'cumulative' ? null : f.total });
  }
  const input = ytdInput(db, issue, group, figures);
  const refusal = totalBelowSum(input);
  if (refusal) throw new AppError('INVALID_INPUT', refusal);
  replaceIssueFigures(
    db,
    issue.id,
    group.metrics.map((m) => m.id),
    figures,
  );
  return buildView(db, issue, group, input);
}
