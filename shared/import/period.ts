/**
 * Dates of the masthead to YYYY-MM-DD. A period line names no year: it is the issue date's, one less
 * for a month after the (a December week reported in January).
 */
import { lastDayOfMonth } from 'date-fns';
import { isIsoDate, toIsoDate } from '../issues/dates';
import type { DatePart, Masthead } from './masthead';

export function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function yearFor(part: DatePart, month: number, reference: { year: number; month: number | null }): number {
  if (part.year !== null) return part.year;
  return reference.month !== null && month > reference.month ? reference.year - 1 : reference.year;
}

/**
 * The period as [start, end], or null when it cannot be dated. `reference` is the issue date (year and
 * month) or, without one, the year of the 期号 line (month unknown).
 */
export function resolvePeriod(
  period: NonNullable<Masthead['period']>,
  reference: { year: number; month: number | null },
): [string, string] | null {
  const { start, end } = period;
  const startMonth = start.month ?? reference.month;
  if (startMonth === null) return null;
  const endMonth = end.month ?? startMonth;
  const startYear = yearFor(start, startMonth, reference);
  let endYear = end.year ?? yearFor(end, endMonth, reference);
  if (start.day === null) {
    // A calendar month: （2025年2月）.
    const first = isoOf(startYear, startMonth, 1);
    return first ? [first, toIsoDate(lastDayOfMonth(new Date(startYear, startMonth - 1, 1)))] : null;
  }
  if (end.day === null) return null;
  const startIso = isoOf(startYear, startMonth, start.day);
  let endIso = isoOf(endYear, endMonth, end.day);
  // Without an issue month both ends get the same year: 12月29日—1月2日 then crosses into the next.
  if (startIso && endIso && endIso < startIso && end.year === null) {
    endYear += 1;
    endIso = isoOf(endYear, endMonth, end.day);
  }
  if (!startIso || !endIso || endIso < startIso) return null;
  return [startIso, endIso];
}
