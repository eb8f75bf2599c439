/** The rows of the attendance grid and what they submit. */
import type { AttendanceEntryInput, AttendanceEntryView } from '../../../shared/attendance/types';
import { completeDate } from './dateInput';

export interface GridRow {
  key: number;
  personId: number | null;
  personText: string;
  leaveTypeId: number | null;
  typeText: string;
  start: string;
  end: string;
  note: string;
}

export const COLUMNS = ['person', 'type', 'start', 'end', 'note'] as const;
export type Column = (typeof COLUMNS)[number];

let nextKey = 1;

export function emptyRow(periodStart: string | null, periodEnd: string | null): GridRow {
  return {
    key: nextKey++,
    personId: null,
    personText: '',
    leaveTypeId: null,
    typeText: '',
    start: periodStart ?? '',
    end: periodEnd ?? '',
    note: '',
  };
}

export function rowFromEntry(e: AttendanceEntryView): GridRow {
  return {
    key: nextKey++,
    personId: e.personId,
    personText: `${e.departmentName}${e.personName}`,
    leaveTypeId: e.leaveTypeId,
    typeText: e.leaveTypeName,
    start: e.start,
    end: e.end,
    note: e.note,
  };
}

export function isBlank(row: GridRow): boolean {
  return row.personText.trim() === '' && row.typeText.trim() === '' && row.note.trim() === '';
}

export interface Submission {
  entries: AttendanceEntryInput[];
  /** The grid's 1-based row number of each submitted entry (blank rows are skipped). */
  rowNumbers: number[];
  /** Rows the grid itself cannot submit (no person or type chosen, a date it cannot read), as 第N行 messages. */
  problems: string[];
}

const DATE_FIELDS = { start: '开始日期', end: '结束日期' } as const;

/**
 * The non-blank rows as entries, dates completed from the period. Rows are named as the grid shows
 * them (第N行 counts blank rows too), so a message points at the row the clerk sees.
 */
export function toSubmission(rows: readonly GridRow[], periodStart: string | null): Submission {
  const entries: AttendanceEntryInput[] = [];
  const rowNumbers: number[] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    const n = i + 1;
    if (row.personId === null) problems.push(`第${n}行：请从名册中选择人员（“${row.personText}”未选定）`);
    if (row.leaveTypeId === null) problems.push(`第${n}行：请选择请假类型`);
    const dates = { start: completeDate(row.start, periodStart), end: completeDate(row.end, periodStart) };
    for (const field of ['start', 'end'] as const) {
      if (dates[field] !== null) continue;
      problems.push(
        row[field].trim() === ''
          ? `第${n}行${DATE_FIELDS[field]}：未填写`
          : `第${n}行${DATE_FIELDS[field]}：“${row[field].trim()}”不是有效日期（可写 25、11-25 或 2026-11-25）`,
      );
    }
    if (row.personId !== null && row.leaveTypeId !== null && dates.start !== null && dates.end !== null) {
      entries.push({ personId: row.personId, leaveTypeId: row.leaveTypeId, start: dates.start, end: dates.end, note: row.note.trim() });
      rowNumbers.push(n);
    }
  });
  return { entries, rowNumbers, problems };
}

/** The rows as saved: typed short dates replaced by the full dates they were completed to. */
export function withCompletedDates(rows: readonly GridRow[], periodStart: string | null): GridRow[] {
  return rows.map((row) =>
    isBlank(row)
      ? row
      : { ...row, start: completeDate(row.start, periodStart) ?? row.start, end: completeDate(row.end, periodStart) ?? row.end },
  );
}
