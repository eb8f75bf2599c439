/**
 * Working days: Monday–Friday, minus public holidays, plus the weekend days worked instead
 * (调休上班). The calendar is the clerk's: BriefDesk ships no official dates.
 */
import { addDays, isWeekend } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../issues/dates';
import type { CalendarDay } from './types';

export interface HolidayCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

export const EMPTY_CALENDAR: HolidayCalendar = { holidays: new Set(), workdays: new Set() };

export function toCalendar(days: readonly CalendarDay[]): HolidayCalendar {
  return {
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.date)),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.date)),
  };
}

export function isWorkingDay(iso: string, calendar: HolidayCalendar): boolean {
  if (calendar.workdays.has(iso)) return true;
  if (calendar.holidays.has(iso)) return false;
  return !isWeekend(parseIsoDate(iso));
}

/** Working days from `start` to `end`, both included; 0 when end is before start. */
export function workingDays(start: string, end: string, calendar: HolidayCalendar): number {
  let day = parseIsoDate(start);
  const last = parseIsoDate(end);
  let count = 0;
  while (day <= last) {
    if (isWorkingDay(toIsoDate(day), calendar)) count += 1;
    day = addDays(day, 1);
  }
  return count;
}

/** The part of [start, end] inside [from, to], or null when they do not meet. */
export function clipRange(start: string, end: string, from: string | null, to: string | null): { start: string; end: string } | null {
  const s = from !== null && from > start ? from : start;
  const e = to !== null && to < end ? to : end;
  return s <= e ? { start: s, end: e } : null;
}
