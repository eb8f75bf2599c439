/**
 * The `departments` table: rows ↔ Department objects. Roster order is `sort_order` (ties by id);
 * new departments go to the end. Checks with Chinese messages live in the roster handlers; the
 * table's constraints are the backstop.
 */
import type { Department } from '../../../shared/roster/types';
import type { Db } from './connection';

interface DepartmentRow {
  id: number;
  name: string;
  full_name: string;
  sort_order: number;
  active: number;
}

const COLUMNS = 'id, name, full_name, sort_order, active';

function rowToDepartment(row: DepartmentRow): Department {
  return { id: row.id, name: row.name, fullName: row.full_name, sortOrder: row.sort_order, active: row.active === 1 };
}

/** Every department (active or not) in roster order. */
export function listDepartments(db: Db): Department[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM departments ORDER BY sort_order, id`).all() as DepartmentRow[];
  return rows.map(rowToDepartment);
}

export function findDepartment(db: Db, id: number): Department | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM departments WHERE id = ?`).get(id) as DepartmentRow | undefined;
  return row ? rowToDepartment(row) : undefined;
}

export function findDepartmentByName(db: Db, name: string): Department | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM departments WHERE name = ?`).get(name) as DepartmentRow | undefined;
  return row ? rowToDepartment(row) : undefined;
}

export interface NewDepartment {
  name: string;
  fullName: string;
}

/** Adds a department at the end of the roster order. */
export function insertDepartment(db: Db, department: NewDepartment, now: string): Department {
  const next = db.prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM departments').pluck().get() as number;
  const info = db
    .prepare(
      `INSERT INTO departments (name, full_name, sort_order, active, created_at, updated_at)
       VALUES (?, ?, ?, 1, ?, ?)`,
    )
    .run(department.name, department.fullName, next, now, now);
  return findDepartment(db, Number(info.lastInsertRowid))!;
}

export function updateDepartmentRow(db: Db, id: number, fields: NewDepartment, now: string): void {
  db.prepare('UPDATE departments SET name = ?, full_name = ?, updated_at = ? WHERE id = ?').run(fields.name, fields.fullName, now, id);
}

export function setDepartmentActiveRow(db: Db, id: number, active: boolean, now: string): void {
  db.prepare('UPDATE departments SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, now, id);
}

/** Renumbers the roster order 1, 2, 3, … following `ids` (which must name every department). */
export function setDepartmentOrder(db: Db, ids: readonly number[], now: string): void {
  const update = db.prepare('UPDATE departments SET sort_order = ?, updated_at = ? WHERE id = ? AND sort_order <> ?');
  ids.forEach((id, index) => update.run(index + 1, now, id, index + 1));
}
