/** 本期待办 channels: the facts of an issue's checklist, and the 本期无记录 confirmations (migration 010). */
import type { Handlers } from '../../../shared/contract/api';
import { recordsState, todoFacts } from '../checklist/todoFacts';
import { setConfirmedNone } from '../db/recordConfirmationsTable';
import type { HandlerContext } from './context';
import { requireDraft, requireIssueClosing, requireLive, requireSeries } from '../issues/require';

export function checklistHandlers(ctx: HandlerContext): Pick<Handlers, 'issues.todoFacts' | 'records.confirmNone'> {
  const { db } = ctx;
  return {
    'issues.todoFacts': ({ issueId }) => {
      const issue = requireLive(db, issueId);
      const closing = requireIssueClosing(db, issueId) ?? requireSeries(db, issue.seriesId).closing;
      return todoFacts(db, issue, closing);
    },

    'records.confirmNone': ({ issueId, kind, confirmed }) =>
      db
        .transaction(() => {
          requireDraft(db, issueId);
          setConfirmedNone(db, issueId, kind, confirmed, ctx.now());
          return recordsState(db, issueId, kind);
        })
        .immediate(),
  };
}
