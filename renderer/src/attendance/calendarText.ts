/**
 * A year's holiday calendar as text, one date a line: `2024-10-01 节假日 国庆节` or
 * `2024-10-12 调休上班`. Pasting a column of dates works: a line with a date only is a holiday;
 * `2024/10/1` and `2024年10月1日` are read too.
 */
import type { CalendarDay } from '../../../shared/attendance/types';
import { isIsoDate } from '../../../shared/issues/dates';

export function parseCalendarText(text: string): { days: CalendarDay[]; problems: string[] } {
  const days: CalendarDay[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const [first = '', ...rest] = line.split(/[\s,，\t]+/);
    const date = first.replace(/[./年月]/g, '-').replace(/日$/, '');
    const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(date)
      ? date
          .split('-')
          .map((p, k) => (k === 0 ? p : p.padStart(2, '0')))
          .join('-')
      : date;
    if (!isIsoDate(iso)) {
      problems.push(`第${i + 1}行：“${first}”不是日期`);
      return;
    }
    const workday = rest.some((w) => w.includes('上班') || w.includes('调休') || w === '工作日');
    const note = rest.filter((w) => !['节假日', '假日', '上班', '调休上班', '工作日'].includes(w)).join(' ');
    days.push({ date: iso, kind: workday ? 'workday' : 'holiday', note });
  });
  return { days, problems };
}
