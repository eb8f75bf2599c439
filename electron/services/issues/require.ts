/**
 * What a request may act on, below the handlers so services (DOCX task, 合订本, import, attendance) ask
 * the same: a series or an issue that exists, one that is live (not in the recycle bin), one that is a
 * draft (a finalized issue, 定稿, is locked as printed), and what an issue prints with (报尾, 本期要目).
 * Each answers the one Chinese message for its refusal (messages.ts).
 */
import { AppError } from '../../../shared/contract/result';
import type { Issue, IssueSummary, Series } from '../../../shared/issues/types';
import { resolveContents, type ContentsSetting } from '../../../shared/layout/contents';
import type { PrintableClosing } from '../../../shared/layout/issueView';
import type { Db } from '../db/connection';
import { findIssueContents } from '../db/issueContentsTable';
import { findIssue, findIssueClosing, findIssueSummary } from '../db/issuesTable';
import { findSeries, findSeriesContents } from '../db/seriesTable';
import { issueInRecycleBin, issueNotFound, seriesNotFound } from './messages';

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

/** Any stored issue, live or in the recycle bin (both can be viewed). */
export function requireIssue(db: Db, id: number): Issue {
  const issue = findIssue(db, id);
  if (!issue) throw issueNotFound(id);
  return issue;
}

export function requireSeries(db: Db, id: number): Series {
  const series = findSeries(db, id);
  if (!series) throw seriesNotFound(id);
  return series;
}

/** The issue's override (null = none); any stored issue, live or in the recycle bin. */
export function requireIssueClosing(db: Db, id: number): PrintableClosing | null {
  const closing = findIssueClosing(db, id);
  if (closing === undefined) throw issueNotFound(id);
  return closing;
}

export function requireSeriesContents(db: Db, seriesId: number): ContentsSetting {
  const contents = findSeriesContents(db, seriesId);
  if (!contents) throw seriesNotFound(seriesId);
  return contents;
}

/** What an issue prints with: its own choice over its series'. Any stored issue. */
export function requireEffectiveContents(db: Db, issueId: number): ContentsSetting {
  const issue = requireIssueSummary(db, issueId);
  return resolveContents(requireSeriesContents(db, issue.seriesId), findIssueContents(db, issueId));
}
