/**
 * An issue's attendance entries as the clerk sees them (names resolved, working days counted inside
 * the issue's period with the holiday calendar) and the all-or-nothing replacement of them.
 */
import { checkEntries, type EntryToCheck, type RowProblem } from '../../../shared/attendance/validate';
import type { AttendanceEntryInput, AttendanceEntryView } from '../../../shared/attendance/types';
import { clipRange, toCalendar, workingDays, type HolidayCalendar } from '../../../shared/attendance/workingDays';
import { AppError } from '../../../shared/contract/result';
import type { IssueSummary } from '../../../shared/issues/types';
import type { Department, Person } from '../../../shared/roster/types';
import type { Db } from '../db/connection';
import { listEntries, replaceEntries } from '../db/attendanceTable';
import { listDepartments } from '../db/departmentsTable';
import { calendarDaysBetween } from '../db/holidaysTable';
import { listLeaveTypes } from '../db/leaveTypesTable';
import { listPeople } from '../db/peopleTable';
import { assertDraft, requireLive } from '../issues/require';

export interface Roster {
  people: Map<number, Person>;
  departments: Map<number, Department>;
}

export function loadRoster(db: Db): Roster {
  return {
    people: new Map(listPeople(db, { includeInactive: true }).map((p) => [p.id, p])),
    departments: new Map(listDepartments(db).map((d) => [d.id, d])),
  };
}

/** The calendar covering every date between `start` and `end`. */
export function calendarFor(db: Db, start: string, end: string): HolidayCalendar {
  return toCalendar(calendarDaysBetween(db, start, end));
}

/** Working days of an entry inside the issue's period (the whole entry when the issue has none). */
export function entryDays(
  entry: { start: string; end: string },
  issue: Pick<IssueSummary, 'periodStart' | 'periodEnd'>,
  calendar: HolidayCalendar,
): number {
  const range = clipRange(entry.start, entry.end, issue.periodStart, issue.periodEnd);
  return range ? workingDays(range.start, range.end, calendar) : 0;
}

export function entryViews(db: Db, issueId: number): AttendanceEntryView[] {
  const issue = requireLive(db, issueId);
  const entries = listEntries(db, issueId);
  if (entries.length === 0) return [];
  const roster = loadRoster(db);
  const types = new Map(listLeaveTypes(db).map((t) => [t.id, t]));
  const first = entries.reduce((m, e) => (e.start < m ? e.start : m), entries[0]!.start);
  const last = entries.reduce((m, e) => (e.end > m ? e.end : m), entries[0]!.end);
  const calendar = calendarFor(db, first, last);
  return entries.map((e) => {
    const person = roster.people.get(e.personId);
    return {
      ...e,
      personName: person?.name ?? '',
      departmentName: person ? (roster.departments.get(person.departmentId)?.name ?? '') : '',
      leaveTypeName: types.get(e.leaveTypeId)?.name ?? '',
      days: entryDays(e, issue, calendar),
    };
  });
}

/** An entry outside the issue's period is almost always a typing slip (wrong month): refused. */
function outsidePeriod(
  entries: readonly AttendanceEntryInput[],
  issue: IssueSummary,
  offset: number,
  skip: ReadonlySet<number>,
): RowProblem[] {
  if (issue.periodStart === null || issue.periodEnd === null) return [];
  return entries.flatMap((e, i) => {
    const row = i + 1 + offset;
    if (skip.has(row) || clipRange(e.start, e.end, issue.periodStart, issue.periodEnd)) return [];
    return [{ row, message: `第${row}行：${e.start}—${e.end} 不在本期时段（${issue.periodStart}—${issue.periodEnd}）内` }];
  });
}

/** Problems of a complete list of entries, in row order. */
export function problemsOf(db: Db, issue: IssueSummary, entries: readonly AttendanceEntryInput[]): RowProblem[] {
  const roster = loadRoster(db);
  const types = new Map(listLeaveTypes(db).map((t) => [t.id, t]));
  const toCheck: EntryToCheck[] = entries.map((e) => {
    const person = roster.people.get(e.personId);
    const type = types.get(e.leaveTypeId);
    return {
      personId: person ? person.id : null,
      personLabel: person?.name ?? `编号 ${e.personId} 的人员`,
      leaveTypeId: type ? type.id : null,
      leaveTypeLabel: type?.name ?? `编号 ${e.leaveTypeId}`,
      start: e.start,
      end: e.end,
    };
  });
  const problems = checkEntries(toCheck);
  const bad = new Set(problems.map((p) => p.row));
  return [...problems, ...outsidePeriod(entries, issue, 0, bad)].sort((a, b) => a.row - b.row);
}

export function refusal(problems: readonly RowProblem[]): AppError {
  return new AppError('INVALID_INPUT', `考勤记录有误，未作任何保存：\n${problems.map((p) => p.message).join('\n')}`);
}

export function saveEntries(db: Db, issueId: number, entries: readonly AttendanceEntryInput[]): AttendanceEntryView[] {
  return db
    .transaction(() => {
      const issue = requireLive(db, issueId);
      assertDraft(issue);
      const problems = problemsOf(db, issue, entries);
      if (problems.length > 0) throw refusal(problems);
      replaceEntries(db, issueId, entries);
      return entryViews(db, issueId);
    })
    .immediate();
}
