/**
 * The New-issue proposal with the data it needs from the database: the previous issue (or the
 * series' starting point, 接续往期) and the holiday calendar.
 */
import type { HolidayCalendar } from '../../../shared/attendance/workingDays';
import { periodCalendarRange } from '../../../shared/issues/periods';
import { followedPeriodEnd, previousOrStart, proposeIssueMeta } from '../../../shared/issues/proposal';
import type { IssueMeta, Series } from '../../../shared/issues/types';
import { calendarFor } from '../attendance/entries';
import type { Db } from '../db/connection';
import { latestLiveIssue } from '../db/issuesTable';
import { findStartingPoint } from '../db/startingPointsTable';

export function proposeNewIssue(db: Db, series: Series, today: string, supplement: boolean): IssueMeta {
  const latest = latestLiveIssue(db, series.id, supplement);
  // 增刊 are numbered on their own: the starting point is the last regular issue.
  const previous = supplement ? latest : previousOrStart(latest, findStartingPoint(db, series.id));
  // Only a weekly's period depends on holidays: other proposals read no calendar.
  let calendar: HolidayCalendar | undefined;
  if (!supplement && series.periodKind === 'week') {
    const range = periodCalendarRange(today, followedPeriodEnd(previous, today));
    calendar = calendarFor(db, range.start, range.end);
  }
  return proposeIssueMeta(series, previous, today, { supplement, calendar });
}
