/**
 * The `attendance_entries` table and the one-row `attendance_settings`. An issue's entries are
 * replaced as a whole (the grid saves its rows; an import appends to them): the caller validates the
 * complete list first and runs the replacement in one transaction.
 */
import { AppError } from '../../../shared/contract/result';
import {
  DEFAULT_ATTENDANCE_SETTINGS,
  type AttendanceEntry,
  type AttendanceEntryInput,
  type AttendanceSettings,
} from '../../../shared/attendance/types';
import type { Db } from './connection';
import { parseJsonColumn, serializeJsonColumn } from './jsonColumn';
import { storedAttendanceSettingsShape } from './storedShapes';

interface EntryRow {
  id: number;
  issue_id: number;
  person_id: number;
  leave_type_id: number;
  start_date: string;
  end_date: string;
  note: string;
  position: number;
}

function toEntry(row: EntryRow): AttendanceEntry {
  return {
    id: row.id,
    issueId: row.issue_id,
    personId: row.person_id,
    leaveTypeId: row.leave_type_id,
    start: row.start_date,
    end: row.end_date,
    note: row.note,
    position: row.position,
  };
}

export function listEntries(db: Db, issueId: number): AttendanceEntry[] {
  return (
    db
      .prepare(
        `SELECT id, issue_id, person_id, leave_type_id, start_date, end_date, note, position
         FROM attendance_entries WHERE issue_id = ? ORDER BY position, id`,
      )
      .all(issueId) as EntryRow[]
  ).map(toEntry);
}

export function replaceEntries(db: Db, issueId: number, entries: readonly AttendanceEntryInput[]): void {
  db.prepare('DELETE FROM attendance_entries WHERE issue_id = ?').run(issueId);
  const insert = db.prepare(
    `INSERT INTO attendance_entries (issue_id, person_id, leave_type_id, start_date, end_date, note, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  entries.forEach((e, i) => insert.run(issueId, e.personId, e.leaveTypeId, e.start, e.end, e.note, i));
}

export function readAttendanceSettings(db: Db): AttendanceSettings {
  const row = db.prepare('SELECT settings FROM attendance_settings WHERE id = 1').get() as { settings: string } | undefined;
  if (!row) return DEFAULT_ATTENDANCE_SETTINGS;
  return (
    parseJsonColumn(row.settings, storedAttendanceSettingsShape, () => {
      return new AppError('INTERNAL', '数据库中的考勤设置无法识别。数据库未做任何改动；请联系维护人员检查数据库文件。');
    }) ?? DEFAULT_ATTENDANCE_SETTINGS
  );
}

export function writeAttendanceSettings(db: Db, settings: AttendanceSettings): void {
  db.prepare(
    'INSERT INTO attendance_settings (id, settings) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET settings = excluded.settings',
  ).run(serializeJsonColumn(settings, storedAttendanceSettingsShape, '考勤设置'));
}
