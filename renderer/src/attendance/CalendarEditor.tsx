/** A year's holiday calendar as text, one date a line (calendarText.ts). */
import { useEffect, useState } from 'react';
import type { CalendarDay } from '../../../shared/attendance/types';
import { useApi } from '../api/ApiContext';
import { SaveStatus, useSaveStatus } from '../common/SaveStatus';
import { parseCalendarText } from './calendarText';

const toText = (days: CalendarDay[]) =>
  days.map((d) => `${d.date} ${d.kind === 'workday' ? '调休上班' : '节假日'}${d.note ? ` ${d.note}` : ''}`).join('\n');

export function CalendarEditor({ initialYear }: { initialYear: number }) {
  const api = useApi();
  const [year, setYear] = useState(initialYear);
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const status = useSaveStatus();
  useEffect(() => {
    void api['attendance.listCalendar']({ year }).then((r) => (r.ok ? setText(toText(r.value)) : setMessage(r.error.message)));
  }, [api, year]);
  const save = async () => {
    const { days, problems } = parseCalendarText(text);
    if (problems.length > 0) return status.failed(problems.join('；'));
    status.saving();
    const result = await api['attendance.saveCalendar']({ year, days });
    if (!result.ok) return status.failed(result.error.message);
    setText(toText(result.value));
    status.saved(`${result.value.length} 天`);
  };
  return (
    <div className="bd-calendar">
      <label>
        年份 <input type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} />
      </label>
      <p>每行一个日期，可写“节假日”或“调休上班”及说明；只写日期视为节假日。BriefDesk 不附带官方假日安排，请按当年通知填写。</p>
      <textarea aria-label="节假日与调休" rows={12} cols={40} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={() => void save()}>
        保存日历
      </button>
      <SaveStatus state={status.state} />
      {message && <p role="alert">{message}</p>}
    </div>
  );
}
