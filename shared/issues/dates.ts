/** Calendar dates as `YYYY-MM-DD` strings, the only form dates take in the contract and the database. */
import { format, isValid, parseISO } from 'date-fns';

export const ISO_DATE = 'yyyy-MM-dd';

/**
 * A local date at midnight. parseISO, not parse with a pattern: the pattern parser builds its
 * tokenizers on first use (≈11 ms on the first issue opened) and is 3× slower after; the round trip
 * through `format` still refuses anything but `YYYY-MM-DD` (2022-9-27, 20220927, a time of day).
 */
export function parseIsoDate(value: string): Date {
  const date = parseISO(value);
  if (!isValid(date) || format(date, ISO_DATE) !== value) {
    throw new RangeError(`not a calendar date: ${value}`);
  }
  return date;
}

export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function toIsoDate(date: Date): string {
  return format(date, ISO_DATE);
}

/** `2022年9月27日`: Arabic numerals, no leading zeros, as official documents write dates. */
export function formatChineseDate(iso: string): string {
  const d = parseIsoDate(iso);
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** `（8月22日—8月26日）`; the year is named only when the period crosses one. */
export function formatPeriod(start: string, end: string): string {
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  const part = (d: Date, withYear: boolean) => `${withYear ? `${d.getFullYear()}年` : ''}${d.getMonth() + 1}月${d.getDate()}日`;
  const crossesYear = s.getFullYear() !== e.getFullYear();
  return `（${part(s, crossesYear)}—${part(e, crossesYear)}）`;
}
