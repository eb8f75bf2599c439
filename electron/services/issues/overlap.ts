/**
 * Two regular issues of one series covering the same days is a contradiction (a typo in a date, or
 * the same week issued twice): refused with both periods named. A 增刊 stands beside the regular
 * run and is not checked.
 */
import { clipRange } from '../../../shared/attendance/workingDays';
import { AppError } from '../../../shared/contract/result';
import { formatPeriod } from '../../../shared/issues/dates';
import { formatIssueNumberLine } from '../../../shared/issues/proposal';
import type { IssueMeta, IssueSummary } from '../../../shared/issues/types';
import type { Db } from '../db/connection';
import { listLiveIssues } from '../db/issuesTable';

/** The first live regular issue of the series (other than `exceptId`) whose period overlaps `meta`'s. */
export function overlappingIssue(db: Db, seriesId: number, meta: IssueMeta, exceptId: number | null): IssueSummary | undefined {
  if (meta.supplement || meta.periodStart === null || meta.periodEnd === null) return undefined;
  const { periodStart, periodEnd } = meta;
  return listLiveIssues(db, seriesId)
    .reverse()
    .find(
      (other) =>
        other.id !== exceptId &&
        !other.supplement &&
        other.periodStart !== null &&
        other.periodEnd !== null &&
        clipRange(periodStart, periodEnd, other.periodStart, other.periodEnd) !== null,
    );
}

/** Throws CONFLICT when `meta`'s period overlaps another live regular issue's. */
export function assertNoOverlap(db: Db, seriesId: number, meta: IssueMeta, exceptId: number | null): void {
  const other = overlappingIssue(db, seriesId, meta, exceptId);
  if (!other || meta.periodStart === null || meta.periodEnd === null) return;
  // The year is always named (2024年第10期): a number alone is ambiguous across years.
  const name = formatIssueNumberLine({ ...other, totalNumber: null }, true);
  throw new AppError(
    'CONFLICT',
    `时段${formatPeriod(meta.periodStart, meta.periodEnd)}与${name}的时段${formatPeriod(other.periodStart!, other.periodEnd!)}重叠，未保存。`,
  );
}
