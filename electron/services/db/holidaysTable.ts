/** The `calendar_days` table: the clerk's public holidays and make-up workdays (调休上班). */
import type { CalendarDay } from '../../../shared/attendance/types';
import type { Db } from './connection';

interface CalendarRow {
  date: string;
  kind: string;
  note: string;
}

function toDay(row: CalendarRow): CalendarDay {
  return { date: row.date, kind: row.kind === 'workday' ? 'workday' : 'holiday', note: row.note };
}

/** Days of one year (or all when `year` is undefined), in date order. */
export function listCalendarDays(db: Db, year?: number): CalendarDay[] {
  const rows =
    year === undefined
      ? (db.prepare('SELECT date, kind, note FROM calendar_days ORDER BY date').all() as CalendarRow[])
      : (db
          .prepare('SELECT date, kind, note FROM calendar_days WHERE date BETWEEN ? AND ? ORDER BY date')
          .all(`${year}-01-01`, `${year}-12-31`) as CalendarRow[]);
  return rows.map(toDay);
}

/** Days from `start` to `end` (what counting one issue's entries needs). */
export function calendarDaysBetween(db: Db, start: string, end: string): CalendarDay[] {
  return (
    db.prepare('SELECT date, kind, note FROM calendar_days WHERE date BETWEEN ? AND ? ORDER BY date').all(start, end) as CalendarRow[]
  ).map(toDay);
}

/** Replaces one year's days with `days` (the caller has checked they all fall in that year). */
export function replaceCalendarYear(db: Db, year: number, days: readonly CalendarDay[]): void {
  db.prepare('DELETE FROM calendar_days WHERE date BETWEEN ? AND ?').run(`${year}-01-01`, `${year}-12-31`);
  const insert = db.prepare('INSERT INTO calendar_days (date, kind, note) VALUES (?, ?, ?)');
  for (const d of days) insert.run(d.date, d.kind, d.note);
}
