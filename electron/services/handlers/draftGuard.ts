/**
 * Which issue a request may act on: one that exists, one that is live (not in the recycle bin), one
 * that is a draft. A finalized issue (定稿) is locked as printed: its text, meta, 报尾, records and
 * figures. The rule is the contract's: a channel that writes an issue declares it (`writesIssue` in
 * shared/contract/define.ts) and the dispatcher asks `DRAFT_GUARD` of the handler table before the
 * handler runs. Write paths also ask inside their transaction, so the check still holds when the write
 * happens.
 */
import { AppError } from '../../../shared/contract/result';
import type { IssueSummary } from '../../../shared/issues/types';
import type { Db } from '../db/connection';
import { findIssueSummary } from '../db/issuesTable';
import { issueInRecycleBin, issueNotFound } from './messages';

/** Where a handler table keeps the dispatcher's 定稿 check (a symbol: no channel can be called so). */
export const DRAFT_GUARD = Symbol('briefdesk.draftGuard');

/** Throws ISSUE_FINAL when the issue is finalized; a missing issue is left to the handler's message. */
export type DraftGuard = (issueId: number) => void;

export function draftGuard(db: Db): DraftGuard {
  return (issueId) => {
    if (findIssueSummary(db, issueId)?.status === 'final') throw issueIsFinal();
  };
}

export function issueIsFinal(): AppError {
  return new AppError('ISSUE_FINAL', '本期简报已定稿，不能修改。如需修改，请先“重新打开”本期（重新打开会被记录）。');
}

/** Refuses a finalized issue. */
export function assertDraft(issue: Pick<IssueSummary, 'status'>): void {
  if (issue.status === 'final') throw issueIsFinal();
}

/** An issue that exists, live or in the recycle bin. */
export function requireIssueSummary(db: Db, id: number): IssueSummary {
  const issue = findIssueSummary(db, id);
  if (!issue) throw issueNotFound(id);
  return issue;
}

/** A live issue (one in the recycle bin cannot be changed). */
export function requireLive(db: Db, id: number): IssueSummary {
  const issue = requireIssueSummary(db, id);
  if (issue.deletedAt !== null) throw issueInRecycleBin(id);
  return issue;
}

/** A live draft issue: one that exists, is not in the recycle bin and is not finalized. */
export function requireDraft(db: Db, id: number): IssueSummary {
  const issue = requireLive(db, id);
  assertDraft(issue);
  return issue;
}
