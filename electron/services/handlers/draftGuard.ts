/**
 * The dispatcher's 定稿 check. A finalized issue (定稿) is locked as printed: its text, meta, 报尾,
 * records and figures. The rule is the contract's: a channel that writes an issue declares it (`writesIssue` in
 * shared/contract/define.ts) and the dispatcher asks `DRAFT_GUARD` of the handler table before the
 * handler runs. Write paths also ask inside their transaction (requireDraft in issues/require.ts), so the
 * check still holds when the write happens.
 */
import type { Db } from '../db/connection';
import { findIssueSummary } from '../db/issuesTable';
import { issueIsFinal } from '../issues/require';

/** Where a handler table keeps the dispatcher's 定稿 check (a symbol: no channel can be called so). */
export const DRAFT_GUARD = Symbol('briefdesk.draftGuard');

/** Throws ISSUE_FINAL when the issue is finalized; a missing issue is left to the handler's message. */
export type DraftGuard = (issueId: number) => void;

export function draftGuard(db: Db): DraftGuard {
  return (issueId) => {
    if (findIssueSummary(db, issueId)?.status === 'final') throw issueIsFinal();
  };
}
