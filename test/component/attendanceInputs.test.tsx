import { describe, expect, it } from 'vitest';
import { parseCalendarText } from '../../renderer/src/attendance/calendarText';
import { completeDate } from '../../renderer/src/attendance/dateInput';

describe('short dates in the grid', () => {
  it('completes the day, month-day and full forms from the period', () => {
    expect(completeDate('19', '2024-06-17')).toBe('2024-06-19');
    expect(completeDate('6-19', '2024-06-17')).toBe('2024-06-19');
    expect(completeDate('6.19', '2024-06-17')).toBe('2024-06-19');
    expect(completeDate('0619', '2024-06-17')).toBe('2024-06-19');
    expect(completeDate('6月19日', '2024-06-17')).toBe('2024-06-19');
    expect(completeDate('2024/6/19', '2024-06-17')).toBe('2024-06-19');
    expect(completeDate('2024-06-19', null)).toBe('2024-06-19');
  });

  it('puts a day before the period start in the next month (a week across a month end)', () => {
    expect(completeDate('2', '2024-07-29')).toBe('2024-08-02');
    expect(completeDate('2', '2024-12-30')).toBe('2025-01-02');
  });

  it('gives null for what is no date', () => {
    expect(completeDate('', '2024-06-17')).toBeNull();
    expect(completeDate('6-31', '2024-06-17')).toBeNull();
    expect(completeDate('明天', '2024-06-17')).toBeNull();
  });
});

describe('holiday calendar text', () => {
  it('reads holidays and make-up workdays, a bare pasted date being a holiday', () => {
    const { days, problems } = parseCalendarText('2024-10-01 节假日 国庆节\n2024/10/2\n\n2024年10月12日 调休上班\n');
    expect(problems).toEqual([]);
    expect(days).toEqual([
      { date: '2024-10-01', kind: 'holiday', note: '国庆节' },
      { date: '2024-10-02', kind: 'holiday', note: '' },
      { date: '2024-10-12', kind: 'workday', note: '' },
    ]);
  });

  it('names the lines that are no dates', () => {
    expect(parseCalendarText('2024-10-01\n国庆\n2024-02-30').problems).toEqual(['第2行：“国庆”不是日期', '第3行：“2024-02-30”不是日期']);
  });
});
