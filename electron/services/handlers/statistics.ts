/**
 * Statistics channels: a series' metric groups, and one group's figures in one issue. Saving figures
 * is a write on the issue: refused once it is finalized (draftGuard).
 */
import type { Handlers } from '../../../shared/contract/api';
import { listMetricGroups } from '../db/metricGroupsTable';
import { findSeries } from '../db/seriesTable';
import { requireGroupOfIssue, requireIssue, saveFigures, statisticsView } from '../statistics/figures';
import { saveMetricGroups } from '../statistics/groups';
import type { HandlerContext } from './context';
import { requireDraft } from './draftGuard';
import { seriesNotFound } from './messages';

type StatisticsChannels = Extract<keyof Handlers, `statistics.${string}`>;

export function statisticsHandlers(ctx: HandlerContext): Pick<Handlers, StatisticsChannels> {
  const { db } = ctx;
  const requireSeries = (seriesId: number) => {
    if (!findSeries(db, seriesId)) throw seriesNotFound(seriesId);
  };
  return {
    'statistics.groups': ({ seriesId }) => {
      requireSeries(seriesId);
      return listMetricGroups(db, seriesId);
    },

    'statistics.saveGroups': ({ seriesId, groups }) => {
      requireSeries(seriesId);
      return saveMetricGroups(db, seriesId, groups);
    },

    'statistics.get': ({ issueId, groupId }) => {
      const issue = requireIssue(db, issueId);
      return statisticsView(db, issue, requireGroupOfIssue(db, issue, groupId));
    },

    'statistics.save': ({ issueId, groupId, figures }) =>
      db.transaction(() => {
        const issue = requireDraft(db, issueId);
        return saveFigures(db, issue, requireGroupOfIssue(db, issue, groupId), figures);
      })(),
  };
}
