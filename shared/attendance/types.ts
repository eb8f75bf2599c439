/**
 * Attendance and leader visits: what the clerk records for an issue, and the settings of the two
 * generated sections (考勤情况, 厅（局）长进大厅). Dates are `YYYY-MM-DD` strings as everywhere else.
 */
import type { GeneratedKind } from '../document/types';

/** One kind of leave (年休假, 请病假, …); `position` orders the lines of 考勤情况. */
export interface LeaveType {
  id: number;
  name: string;
  position: number;
}

/** The seeded list, in the order the printed issues use. */
export const DEFAULT_LEAVE_TYPES: readonly string[] = ['年休假', '请病假', '事假', '因公外出', '婚假', '产假', '探亲假', '丧假', '调休'];

/** A day of the holiday calendar: a public holiday, or a weekend day worked instead (调休上班). */
export type CalendarDayKind = 'holiday' | 'workday';

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  /** What the day is, e.g. 国庆节; free text. */
  note: string;
}

/** An attendance entry of an issue. `days` is computed (working days inside the issue's period). */
export interface AttendanceEntry {
  id: number;
  issueId: number;
  personId: number;
  leaveTypeId: number;
  start: string;
  end: string;
  note: string;
  /** Order in the clerk's grid. */
  position: number;
}

/** An entry as the grid or an import submits it (before it has an id). */
export interface AttendanceEntryInput {
  personId: number;
  leaveTypeId: number;
  start: string;
  end: string;
  note: string;
}

/** An entry as shown: with the names resolved and the working days counted. */
export interface AttendanceEntryView extends AttendanceEntry {
  personName: string;
  departmentName: string;
  leaveTypeName: string;
  days: number;
}

/** What an attendance import added, line by line of the file (1 = the file's first line). */
export interface AttendanceImportResult {
  imported: number;
  rows: { line: number; text: string }[];
}

/** A visit of a department leader to the service hall (厅（局）长进大厅). */
export interface Visit {
  id: number;
  issueId: number;
  /** From the roster, or null when the name was typed. */
  personId: number | null;
  name: string;
  title: string;
  department: string;
  date: string;
  /** 调研值守, 调研指导, … */
  kind: string;
  position: number;
}

export type VisitInput = Omit<Visit, 'id' | 'issueId' | 'position'>;

/**
 * Settings of the generated sections. They are global (one clerk, one organisation: the monthly and
 * the weekly use the same rule), stored in the database.
 * - `order`: 'roster' lists departments in roster order and names in roster order; 'entry' keeps the
 *   order the entries were made in (the printed 2024-07-04 issue does that — see attendanceText.ts).
 */
export interface AttendanceSettings {
  threshold: number;
  /** `{n}` is replaced by the threshold. */
  heading: string;
  none: string;
  order: 'roster' | 'entry';
  visitsNone: string;
}

export const DEFAULT_ATTENDANCE_SETTINGS: AttendanceSettings = {
  threshold: 3,
  heading: '本周累计请假{n}天以上的有：',
  none: '本周无请假{n}天以上人员。',
  order: 'roster',
  visitsNone: '本周无厅（局）长进大厅。',
};

export type { GeneratedKind } from '../document/types';

export const GENERATED_LABELS: Record<GeneratedKind, string> = {
  attendance: '考勤情况',
  leaderVisits: '厅（局）长进大厅',
};
