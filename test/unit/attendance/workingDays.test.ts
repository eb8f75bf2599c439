import { describe, expect, it } from 'vitest';
import { clipRange, EMPTY_CALENDAR, toCalendar, workingDays } from '../../../shared/attendance/workingDays';

// A made-up calendar (the clerk enters the real one): Wed 2024-10-02 a holiday, Sat 2024-10-12 worked.
const calendar = toCalendar([
  { date: '2024-10-02', kind: 'holiday', note: '假日' },
  { date: '2024-10-12', kind: 'workday', note: '调休上班' },
]);

describe('workingDays', () => {
  it('counts Monday to Friday and skips the weekend', () => {
    expect(workingDays('2024-06-17', '2024-06-21', EMPTY_CALENDAR)).toBe(5);
    expect(workingDays('2024-06-21', '2024-06-24', EMPTY_CALENDAR)).toBe(2); // Fri … Mon
    expect(workingDays('2024-06-22', '2024-06-23', EMPTY_CALENDAR)).toBe(0);
    expect(workingDays('2024-06-17', '2024-06-17', EMPTY_CALENDAR)).toBe(1);
  });

  it('leaves out holidays and counts make-up workdays on a weekend', () => {
    expect(workingDays('2024-09-30', '2024-10-04', calendar)).toBe(4);
    expect(workingDays('2024-10-07', '2024-10-13', calendar)).toBe(6);
    expect(workingDays('2024-10-07', '2024-10-13', EMPTY_CALENDAR)).toBe(5);
  });

  it('is 0 when the end comes before the start', () => {
    expect(workingDays('2024-06-21', '2024-06-17', EMPTY_CALENDAR)).toBe(0);
  });

  it('clips an entry to the issue period', () => {
    expect(clipRange('2024-06-13', '2024-06-19', '2024-06-17', '2024-06-21')).toEqual({ start: '2024-06-17', end: '2024-06-19' });
    expect(clipRange('2024-06-10', '2024-06-14', '2024-06-17', '2024-06-21')).toBeNull();
    expect(clipRange('2024-06-10', '2024-06-14', null, null)).toEqual({ start: '2024-06-10', end: '2024-06-14' });
  });
});
