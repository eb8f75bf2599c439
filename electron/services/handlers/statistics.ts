/**
 * Statistics channels: a series' metric groups, and one group's figures in one issue. Saving figures
 * is a write on the issue: refused once it is finalized (draftGuard).
 */
import type { Handlers } from '../../../shared/contract/api';
import { listMetricGroups } from '../db/metricGroupsTable';
import { requireGroupOfIssue, saveFigures, statisticsView } from '../statistics/figures';
import { saveMetricGroups } from '../statistics/groups';
import type { HandlerContext } from './context';
import { requireDraft, requireIssueSummary, requireSeries } from '../issues/require';

type StatisticsChannels = Extract<keyof Handlers, `statistics.${string}`>;

export function statisticsHandlers(ctx: HandlerContext): Pick<Handlers, StatisticsChannels> {
  const { db } = ctx;
  return {
    'statistics.groups': ({ seriesId }) => {
      requireSeries(db, seriesId);
      return listMetricGroups(db, seriesId);
    },

    'statistics.saveGroups': ({ seriesId, groups }) => {
      requireSeries(db, seriesId);
      return saveMetricGroups(db, seriesId, groups);
    },

    'statistics.get': ({ issueId, groupId }) => {
      const issue = requireIssueSummary(db, issueId);
      return statisticsView(db, issue, requireGroupOfIssue(db, issue, groupId));
    },

    'statistics.save': ({ issueId, groupId, figures }) =>
      db
        .transaction(() => {
          const issue = requireDraft(db, issueId);
          return saveFigures(db, issue, requireGroupOfIssue(db, issue, groupId), figures);
        })
        .immediate(),
  };
}
