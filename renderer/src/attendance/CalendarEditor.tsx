/**
 * A year's holiday calendar as text, one date a line: `2024-10-01 节假日 国庆节` or
 * `2024-10-12 调休上班`. Pasting a column of dates works: a line with a date only is a holiday.
 */
import { useEffect, useState } from 'react';
import type { CalendarDay } from '../../../shared/attendance/types';
import { isIsoDate } from '../../../shared/issues/dates';
import { useApi } from '../api/ApiContext';

export function parseCalendarText(text: string): { days: CalendarDay[]; problems: string[] } {
  const days: CalendarDay[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const [first = '', ...rest] = line.split(/[\s,，\t]+/);
    const date = first.replace(/[./年月]/g, '-').replace(/日$/, '');
    const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(date)
      ? date.split('-').map((p, k) => (k === 0 ? p : p.padStart(2, '0'))).join('-')
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

const toText = (days: CalendarDay[]) => days.map((d) => `${d.date} ${d.kind === 'workday' ? '调休上班' : '节假日'}${d.note ? ` ${d.note}` : ''}`).join('\n');

export function CalendarEditor({ initialYear }: { initialYear: number }) {
  const api = useApi();
  const [year, setYear] = useState(initialYear);
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    void api['attendance.listCalendar']({ year }).then((r) => (r.ok ? setText(toText(r.value)) : setMessage(r.error.message)));
  }, [api, year]);
  const save = async () => {
    const { days, problems } = parseCalendarText(text);
    if (problems.length > 0) return setMessage(problems.join('；'));
    const result = await api['attendance.saveCalendar']({ year, days });
    if (!result.ok) return setMessage(result.error.message);
    setText(toText(result.value));
    setMessage(`已保存 ${result.value.length} 天`);
  };
  return (
    <div className="bd-calendar">
      <label>
        年份 <input type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} />
      </label>
      <p>每行一个日期，可写“节假日”或“调休上班”及说明；只写日期视为节假日。BriefDesk 不附带官方假日安排，请按当年通知填写。</p>
      <textarea aria-label="节假日与调休" rows={12} cols={40} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={() => void save()}>保存日历</button>
      <span role="status">{message}</span>
    </div>
  );
}
