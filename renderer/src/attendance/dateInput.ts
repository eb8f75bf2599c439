/**
 * Dates as the clerk types them in the grid, completed from the period: `2024-06-17`,
 * `6-17`, `6.17`, `6/17`, `0617`, or just the day `17` (in the month the period starts in; the next
 * month when that day is before the period's start day, for a week across a month's end).
 */
import { isIsoDate } from '../../../shared/issues/dates';

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number, month: number, day: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

export function completeDate(text: string, periodStart: string | null): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (isIsoDate(t)) return t;
  const base = periodStart ?? new Date().toISOString().slice(0, 10);
  const year = Number(base.slice(0, 4));
  const month = Number(base.slice(5, 7));
  const startDay = Number(base.slice(8, 10));
  let m = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-./月](\d{1,2})日?$/.exec(t) ?? /^(\d{2})(\d{2})$/.exec(t);
  if (m) return build(year, Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})日?$/.exec(t);
  if (m) {
    const day = Number(m[1]);
    if (day >= startDay || periodStart === null) return build(year, month, day);
    return month === 12 ? build(year + 1, 1, day) : build(year, month + 1, day);
  }
  return null;
}
