/**
 * 定稿 and 重新打开. Finalizing keeps a save point 'finalize' of the body as printed, marks the issue
 * final and records it, all in one transaction; from then on every write path refuses the issue
 * (draftGuard.ts) until it is reopened, which is recorded with the clerk's note.
 */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { markSavePoint } from '../archive/versions';
import { setIssueStatus } from '../db/issuesTable';
import { insertStatusEvent, listStatusEvents } from '../db/issueStatusLogTable';
import type { HandlerContext } from './context';
import { requireIssue, requireIssueSummary, requireLive } from '../issues/require';

type StatusChannels = 'issues.finalize' | 'issues.reopen' | 'issues.statusLog';

export function issueStatusHandlers(ctx: HandlerContext): Pick<Handlers, StatusChannels> {
  const { db } = ctx;
  return {
    'issues.finalize': ({ id }) =>
      db
        .transaction(() => {
          const issue = requireLive(db, id);
          if (issue.status === 'final') throw new AppError('CONFLICT', '本期已定稿。');
          const now = ctx.now();
          markSavePoint(db, id, 'finalize', now);
          setIssueStatus(db, id, 'final', now);
          insertStatusEvent(db, id, 'finalize', now, '');
          return requireIssue(db, id);
        })
        .immediate(),

    'issues.reopen': ({ id, note }) =>
      db
        .transaction(() => {
          const issue = requireLive(db, id);
          if (issue.status !== 'final') throw new AppError('CONFLICT', '本期尚未定稿。');
          setIssueStatus(db, id, 'draft', null);
          insertStatusEvent(db, id, 'reopen', ctx.now(), note);
          return requireIssue(db, id);
        })
        .immediate(),

    'issues.statusLog': ({ id }) => {
      requireIssueSummary(db, id);
      return listStatusEvents(db, id);
    },
  };
}
