/** The New-issue proposal with the data it needs from the database: the previous issue and the holiday calendar. */
import { periodCalendarRange } from '../../../shared/issues/periods';
import { proposeIssueMeta } from '../../../shared/issues/proposal';
import type { IssueMeta, Series } from '../../../shared/issues/types';
import { calendarFor } from '../attendance/entries';
import type { Db } from '../db/connection';
import { latestLiveIssue } from '../db/issuesTable';

export function proposeNewIssue(db: Db, series: Series, today: string, supplement: boolean): IssueMeta {
  const previous = latestLiveIssue(db, series.id, supplement);
  const range = periodCalendarRange(today, previous?.periodEnd ?? null);
  const calendar = supplement ? undefined : calendarFor(db, range.start, range.end);
  return proposeIssueMeta(series, previous, today, { supplement, calendar });
}
