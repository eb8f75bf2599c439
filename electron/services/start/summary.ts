/**
 * What the archive holds, per series, for the start page after 从往期导入: the last issue, the year's
 * 今年以来 figures as the last issue with figures printed them (computed from the stored figures,
 * exactly as its statistics block does), and what 新建一期 will propose.
 */
import type { IssueSummary, Series } from '../../../shared/issues/types';
import type { ArchiveSummary, GroupStanding, SeriesStanding } from '../../../shared/start/summary';
import type { StartingPoint } from '../../../shared/start/types';
import type { MetricGroup } from '../../../shared/statistics/types';
import type { Db } from '../db/connection';
import { findIssueSummary, latestLiveIssue } from '../db/issuesTable';
import { listMetricGroups } from '../db/metricGroupsTable';
import { listSeries } from '../db/seriesTable';
import { findStartingPoint } from '../db/startingPointsTable';
import { proposeNewIssue } from '../issues/propose';
import { statisticsView } from '../statistics/figures';

function countRegular(db: Db, seriesId: number): number {
  return (
    db.prepare('SELECT count(*) AS n FROM issues WHERE series_id = ? AND supplement = 0 AND deleted_at IS NULL').get(seriesId) as {
      n: number;
    }
  ).n;
}

/** The last live regular issue of the year that has any figure of the group. */
function lastIssueWithFigures(db: Db, seriesId: number, year: number, group: MetricGroup): IssueSummary | undefined {
  const ids = group.metrics.map((m) => m.id);
  if (ids.length === 0) return undefined;
  const row = db
    .prepare(
      `SELECT i.id FROM issues i
       WHERE i.series_id = ? AND i.year = ? AND i.supplement = 0 AND i.deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM issue_figures f WHERE f.issue_id = i.id AND f.metric_id IN (${ids.map(() => '?').join(', ')}))
       ORDER BY i.number DESC LIMIT 1`,
    )
    .get(seriesId, year, ...ids) as { id: number } | undefined;
  return row ? findIssueSummary(db, row.id) : undefined;
}

function standing(db: Db, series: Series, group: MetricGroup, year: number | null, start: StartingPoint | null): GroupStanding | null {
  const base = { groupId: group.id, groupName: group.name, mode: group.mode };
  const issue = year === null ? undefined : lastIssueWithFigures(db, series.id, year, group);
  if (issue && !(start && start.year === issue.year && start.number > issue.number)) {
    const view = statisticsView(db, issue, group);
    return {
      ...base,
      source: `${issue.year}年第${issue.number}期`,
      figures: view.figures.map((f) => ({ label: f.metric.label, category: f.metric.category, unit: f.metric.unit, total: f.total })),
      errors: view.errors,
    };
  }
  if (start && start.balances.some((b) => group.metrics.some((m) => m.id === b.metricId))) {
    const totals = new Map(start.balances.map((b) => [b.metricId, b.total]));
    return {
      ...base,
      source: `起点（${start.year}年第${start.number}期）`,
      figures: group.metrics.map((m) => ({ label: m.label, category: m.category, unit: m.unit, total: totals.get(m.id) ?? null })),
      errors: [],
    };
  }
  return null;
}

function seriesStanding(db: Db, series: Series, today: string): SeriesStanding {
  const last = latestLiveIssue(db, series.id) ?? null;
  const start = findStartingPoint(db, series.id) ?? null;
  const year = last?.year ?? start?.year ?? null;
  const groups = listMetricGroups(db, series.id)
    .map((g) => standing(db, series, g, year, start))
    .filter((g): g is GroupStanding => g !== null);
  return {
    seriesId: series.id,
    title: series.title,
    periodKind: series.periodKind,
    hasTotal: series.hasTotal,
    issueCount: countRegular(db, series.id),
    last: last && {
      year: last.year,
      number: last.number,
      totalNumber: last.totalNumber,
      issueDate: last.issueDate,
      periodStart: last.periodStart,
      periodEnd: last.periodEnd,
    },
    start,
    groups,
    next: proposeNewIssue(db, series, today, false),
    today,
  };
}

export function archiveSummary(db: Db, today: string): ArchiveSummary {
  return { series: listSeries(db).map((s) => seriesStanding(db, s, today)) };
}
