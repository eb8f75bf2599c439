/** The `leave_types` table: the ordered list of leave types (考勤情况 prints one line per type, in order). */
import type { LeaveType } from '../../../shared/attendance/types';
import type { Db } from './connection';

interface LeaveTypeRow {
  id: number;
  name: string;
  position: number;
}

const toLeaveType = (row: LeaveTypeRow): LeaveType => ({ id: row.id, name: row.name, position: row.position });

export function listLeaveTypes(db: Db): LeaveType[] {
  return (db.prepare('SELECT id, name, position FROM leave_types ORDER BY position, id').all() as LeaveTypeRow[]).map(toLeaveType);
}

export function countEntriesOfLeaveType(db: Db, id: number): number {
  return (db.prepare('SELECT count(*) AS n FROM attendance_entries WHERE leave_type_id = ?').get(id) as { n: number }).n;
}

/**
 * Makes the table exactly `types`, in order: known ids are renamed and moved, null ids are added,
 * ids not listed are deleted. Names are moved out of the way first so a swap of two names does not
 * trip the UNIQUE constraint. The caller runs it in a transaction and checks usage first.
 */
export function replaceLeaveTypes(db: Db, types: readonly { id: number | null; name: string }[]): void {
  const keep = new Set(types.flatMap((t) => (t.id === null ? [] : [t.id])));
  for (const { id } of listLeaveTypes(db)) {
    if (!keep.has(id)) db.prepare('DELETE FROM leave_types WHERE id = ?').run(id);
  }
  db.prepare("UPDATE leave_types SET name = '#' || id").run();
  const update = db.prepare('UPDATE leave_types SET name = ?, position = ? WHERE id = ?');
  const insert = db.prepare('INSERT INTO leave_types (name, position) VALUES (?, ?)');
  types.forEach((t, position) => {
    if (t.id === null) insert.run(t.name, position);
    else update.run(t.name, position, t.id);
  });
}
