/**
 * The period a new issue proposes, from the previous regular issue of the series and the holiday
 * calendar kept with the attendance entries (pure: main passes the calendar in).
 *
 * A weekly covers the working days of one Monday–Sunday week: the week after the previous issue's
 * period, or — for the first issue of a series — the week before the issue date's week. Its period runs
 * from the week's first working day to its last, so a week whose Monday is a holiday runs Tuesday to
 * Friday and a make-up Saturday (调休上班) stretches it to Saturday. A week without any working day
 * (国庆) is skipped. A monthly covers the calendar month after the previous period's month, else the
 * month before the issue date. A custom period is left to the clerk.
 */
import { addDays, addMonths, addWeeks, endOfMonth, startOfMonth, startOfWeek, subMonths, subWeeks } from 'date-fns';
import { isWorkingDay, type HolidayCalendar } from '../attendance/workingDays';
import { parseIsoDate, toIsoDate } from './dates';
import type { PeriodKind } from './types';

export interface Period {
  periodStart: string | null;
  periodEnd: string | null;
}

const NO_PERIOD: Period = { periodStart: null, periodEnd: null };

/** How many weeks without any working day are skipped before giving up on the calendar. */
export const MAX_SKIPPED_WEEKS = 4;

function mondayOf(date: Date): Date {
  return startOfWeek(date, { weekStartsOn: 1 });
}

/** The Monday of the first week to try. */
function firstWeek(issueDate: string, previousPeriodEnd: string | null): Date {
  if (previousPeriodEnd !== null) return addWeeks(mondayOf(parseIsoDate(previousPeriodEnd)), 1);
  return subWeeks(mondayOf(parseIsoDate(issueDate)), 1);
}

/** The first and last working days of the Monday–Sunday week starting at `monday`, or null when it has none. */
export function workingWeek(monday: Date, calendar: HolidayCalendar): Period | null {
  const days = Array.from({ length: 7 }, (_, i) => toIsoDate(addDays(monday, i))).filter((d) => isWorkingDay(d, calendar));
  if (days.length === 0) return null;
  return { periodStart: days[0]!, periodEnd: days[days.length - 1]! };
}

function proposeWeek(issueDate: string, previousPeriodEnd: string | null, calendar: HolidayCalendar): Period {
  const first = firstWeek(issueDate, previousPeriodEnd);
  for (let skipped = 0; skipped <= MAX_SKIPPED_WEEKS; skipped += 1) {
    const week = workingWeek(addWeeks(first, skipped), calendar);
    if (week) return week;
  }
  // A calendar with five holiday weeks in a row is surely mistyped: fall back to Monday–Friday.
  return { periodStart: toIsoDate(first), periodEnd: toIsoDate(addDays(first, 4)) };
}

function proposeMonth(issueDate: string, previousPeriodEnd: string | null): Period {
  const month =
    previousPeriodEnd !== null ? addMonths(startOfMonth(parseIsoDate(previousPeriodEnd)), 1) : subMonths(parseIsoDate(issueDate), 1);
  return { periodStart: toIsoDate(startOfMonth(month)), periodEnd: toIsoDate(endOfMonth(month)) };
}

/**
 * The proposed period of a regular issue dated `issueDate`; `previousPeriodEnd` is the end of the
 * previous regular issue's period (null for the first issue, or when it had none).
 */
export function proposePeriod(kind: PeriodKind, issueDate: string, previousPeriodEnd: string | null, calendar: HolidayCalendar): Period {
  if (kind === 'week') return proposeWeek(issueDate, previousPeriodEnd, calendar);
  if (kind === 'month') return proposeMonth(issueDate, previousPeriodEnd);
  return NO_PERIOD;
}

/** The dates the holiday calendar must cover for proposePeriod to see every day it may look at. */
export function periodCalendarRange(issueDate: string, previousPeriodEnd: string | null): { start: string; end: string } {
  const first = firstWeek(issueDate, previousPeriodEnd);
  return { start: toIsoDate(first), end: toIsoDate(addDays(addWeeks(first, MAX_SKIPPED_WEEKS), 6)) };
}
