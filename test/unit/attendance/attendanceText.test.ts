import { describe, expect, it } from 'vitest';
import { attendanceLines, type AttendanceTextRow } from '../../../shared/attendance/attendanceText';
import { DEFAULT_ATTENDANCE_SETTINGS, DEFAULT_LEAVE_TYPES } from '../../../shared/attendance/types';
import { SAMPLE_2024_07_04_ATTENDANCE, sampleRows } from './sampleRows';

const entryOrder = { ...DEFAULT_ATTENDANCE_SETTINGS, order: 'entry' as const };

function row(personId: number, name: string, department: string, leaveType: string, days: number): AttendanceTextRow {
  return { personId, name, department, departmentRank: personId, personRank: personId, leaveType, days };
}

describe('attendanceLines (考勤情况)', () => {
  it('reproduces the printed 2024-07-04 §六 character for character', () => {
    expect(attendanceLines(sampleRows(), DEFAULT_LEAVE_TYPES, entryOrder)).toEqual(SAMPLE_2024_07_04_ATTENDANCE);
  });

  it('in roster order puts departments by the roster whatever order they were entered in', () => {
    const lines = attendanceLines([...sampleRows()].reverse(), DEFAULT_LEAVE_TYPES, DEFAULT_ATTENDANCE_SETTINGS);
    // The sample's 年休假 line is the one that departs from the official order.
    expect(lines[1]).toBe('年休假：农业农村厅罗海信、省市场监管局罗莉');
    expect(lines.slice(2)).toEqual(SAMPLE_2024_07_04_ATTENDANCE.slice(2));
  });

  it('counts days of all types together (累计) and lists the person under each type', () => {
    const lines = attendanceLines(
      [row(1, '王毓', '农业农村厅', '请病假', 2), row(1, '王毓', '农业农村厅', '因公外出', 1), row(2, '张三', '民政厅', '事假', 2)],
      DEFAULT_LEAVE_TYPES,
      DEFAULT_ATTENDANCE_SETTINGS,
    );
    expect(lines).toEqual(['本周累计请假3天以上的有：', '请病假：农业农村厅王毓', '因公外出：农业农村厅王毓。']);
  });

  it('follows the leave-type list order, not the entry order', () => {
    const lines = attendanceLines(
      [row(1, '甲', '民政厅', '调休', 3), row(2, '乙', '民政厅', '年休假', 3)],
      ['调休', '年休假'],
      DEFAULT_ATTENDANCE_SETTINGS,
    );
    expect(lines.slice(1)).toEqual(['调休：民政厅甲', '年休假：民政厅乙。']);
  });

  it('names a department once per line even when its people were entered apart', () => {
    const lines = attendanceLines(
      [row(1, '甲', '民政厅', '事假', 3), row(5, '戊', '水利厅', '事假', 3), row(2, '乙', '民政厅', '事假', 3)],
      DEFAULT_LEAVE_TYPES,
      entryOrder,
    );
    expect(lines[1]).toBe('事假：民政厅甲、乙，水利厅戊。');
  });

  it('keeps same-name people of different departments apart', () => {
    const lines = attendanceLines(
      [row(1, '李明', '民政厅', '事假', 3), row(2, '李明', '水利厅', '事假', 3)],
      DEFAULT_LEAVE_TYPES,
      DEFAULT_ATTENDANCE_SETTINGS,
    );
    expect(lines[1]).toBe('事假：民政厅李明、水利厅李明。');
  });

  it('says so when nobody reaches the threshold, and both sentences follow a changed threshold', () => {
    const rows = [row(1, '甲', '民政厅', '事假', 2)];
    expect(attendanceLines(rows, DEFAULT_LEAVE_TYPES, DEFAULT_ATTENDANCE_SETTINGS)).toEqual(['本周无请假3天以上人员。']);
    expect(attendanceLines([], DEFAULT_LEAVE_TYPES, DEFAULT_ATTENDANCE_SETTINGS)).toEqual(['本周无请假3天以上人员。']);
    const two = { ...DEFAULT_ATTENDANCE_SETTINGS, threshold: 2 };
    expect(attendanceLines(rows, DEFAULT_LEAVE_TYPES, two)).toEqual(['本周累计请假2天以上的有：', '事假：民政厅甲。']);
  });
});
