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
  /** Rows the grid itself cannot submit (no person or type chosen), as 第N行 messages. */
  problems: string[];
}

/** The non-blank rows as entries; dates completed from the period. */
export function toSubmission(rows: readonly GridRow[], periodStart: string | null): Submission {
  const entries: AttendanceEntryInput[] = [];
  const problems: string[] = [];
  rows.filter((r) => !isBlank(r)).forEach((row, i) => {
    const n = i + 1;
    if (row.personId === null) problems.push(`第${n}行：请从名册中选择人员（“${row.personText}”未选定）`);
    if (row.leaveTypeId === null) problems.push(`第${n}行：请选择请假类型`);
    const start = completeDate(row.start, periodStart) ?? row.start;
    const end = completeDate(row.end, periodStart) ?? row.end;
    if (row.personId !== null && row.leaveTypeId !== null) {
      entries.push({ personId: row.personId, leaveTypeId: row.leaveTypeId, start, end, note: row.note.trim() });
    }
  });
  return { entries, problems };
}
