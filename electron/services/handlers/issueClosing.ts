/** An issue's own 报尾: read it with the one it prints with, set it, or go back to the series' default. */
import type { Handlers } from '../../../shared/contract/api';
import type { IssueClosing } from '../../../shared/contract/channels';
import type { Db } from '../db/connection';
import { updateIssueClosing } from '../db/issuesTable';
import type { HandlerContext } from './context';
import { requireDraft, requireIssueClosing, requireIssueSummary, requireSeries } from '../issues/require';

function issueClosing(db: Db, id: number): IssueClosing {
  const issue = requireIssueSummary(db, id);
  const override = requireIssueClosing(db, id);
  return { issueId: id, override, effective: override ?? requireSeries(db, issue.seriesId).closing };
}

export function issueClosingHandlers(ctx: HandlerContext): Pick<Handlers, 'issues.closing' | 'issues.updateClosing'> {
  const { db } = ctx;
  return {
    'issues.closing': ({ id }) => issueClosing(db, id),
    'issues.updateClosing': ({ id, closing }) =>
      db
        .transaction(() => {
          requireDraft(db, id);
          updateIssueClosing(db, id, closing, ctx.now());
          return issueClosing(db, id);
        })
        .immediate(),
  };
}
