/** Issue channels that only read: lists, the proposal for a new issue, one issue, its plain text. */
import type { Handlers } from '../../../shared/contract/api';
import { listDeletedIssues, listLiveIssues } from '../db/issuesTable';
import { issueToPlainText } from '../exportText';
import { proposeNewIssue } from '../issues/propose';
import type { HandlerContext } from './context';
import { requireEffectiveContents, requireIssue, requireIssueClosing, requireSeries } from '../issues/require';

type ReadChannels = 'issues.list' | 'issues.listDeleted' | 'issues.propose' | 'issues.get' | 'issues.exportText';

export function issueReadHandlers(ctx: HandlerContext): Pick<Handlers, ReadChannels> {
  const { db } = ctx;
  return {
    'issues.list': ({ seriesId }) => {
      requireSeries(db, seriesId);
      return listLiveIssues(db, seriesId);
    },
    'issues.listDeleted': () => listDeletedIssues(db),
    'issues.propose': ({ seriesId, today, supplement }) =>
      proposeNewIssue(db, requireSeries(db, seriesId), today ?? ctx.today(), supplement ?? false),
    'issues.get': ({ id }) => requireIssue(db, id),
    'issues.exportText': ({ id }) => {
      const issue = requireIssue(db, id);
      return issueToPlainText(requireSeries(db, issue.seriesId), issue, requireIssueClosing(db, id), requireEffectiveContents(db, id));
    },
  };
}
