/** The text of an issue's generated sections (generated.render), from the stored records. */
import { attendanceLines, type AttendanceTextRow } from '../../../shared/attendance/attendanceText';
import { visitLinesFor } from '../../../shared/attendance/visitsText';
import type { GeneratedKind } from '../../../shared/document/types';
import type { Db } from '../db/connection';
import { readAttendanceSettings } from '../db/attendanceTable';
import { listLeaveTypes } from '../db/leaveTypesTable';
import { listVisits } from '../db/visitsTable';
import { requireLive } from '../issues/require';
import { entryViews, loadRoster } from './entries';

export function renderAttendance(db: Db, issueId: number): string[] {
  const settings = readAttendanceSettings(db);
  const roster = loadRoster(db);
  const rows: AttendanceTextRow[] = entryViews(db, issueId).map((e) => {
    const person = roster.people.get(e.personId);
    const department = person ? roster.departments.get(person.departmentId) : undefined;
    return {
      personId: e.personId,
      name: e.personName,
      department: e.departmentName,
      departmentRank: department?.sortOrder ?? Number.MAX_SAFE_INTEGER,
      personRank: person?.sortOrder ?? Number.MAX_SAFE_INTEGER,
      leaveType: e.leaveTypeName,
      days: e.days,
    };
  });
  return attendanceLines(
    rows,
    listLeaveTypes(db).map((t) => t.name),
    settings,
  );
}

export function renderLeaderVisits(db: Db, issueId: number): string[] {
  const issue = requireLive(db, issueId);
  const { visitsNone } = readAttendanceSettings(db);
  return visitLinesFor(listVisits(db, issueId), issue.periodStart, issue.periodEnd, visitsNone);
}

export function renderGenerated(db: Db, issueId: number, kind: GeneratedKind): string[] {
  return kind === 'attendance' ? renderAttendance(db, issueId) : renderLeaderVisits(db, issueId);
}
