/**
 * The `people` table: rows ↔ Person objects. Lists come in roster order: the department's order,
 * then the person's order within the department (import/creation order), then id.
 */
import type { Person } from '../../../shared/roster/types';
import type { Db } from './connection';

interface PersonRow {
  id: number;
  department_id: number;
  name: string;
  title: string;
  sort_order: number;
  active: number;
}

const COLUMNS = 'p.id, p.department_id, p.name, p.title, p.sort_order, p.active';
const ROSTER_ORDER = 'd.sort_order, d.id, p.sort_order, p.id';

function rowToPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    departmentId: row.department_id,
    title: row.title,
    sortOrder: row.sort_order,
    active: row.active === 1,
  };
}

export interface PeopleFilter {
  departmentId?: number;
  /** Deactivated people too (and people of deactivated departments); default: active ones only. */
  includeInactive?: boolean;
}

export function listPeople(db: Db, filter: PeopleFilter = {}): Person[] {
  const where: string[] = [];
  const params: number[] = [];
  if (filter.departmentId !== undefined) {
    where.push('p.department_id = ?');
    params.push(filter.departmentId);
  }
  if (!filter.includeInactive) where.push('p.active = 1 AND d.active = 1');
  const sql =
    `SELECT ${COLUMNS} FROM people p JOIN departments d ON d.id = p.department_id` +
    (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
    ` ORDER BY ${ROSTER_ORDER}`;
  return (db.prepare(sql).all(...params) as PersonRow[]).map(rowToPerson);
}

export function findPerson(db: Db, id: number): Person | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM people p WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row ? rowToPerson(row) : undefined;
}

export function findPersonByName(db: Db, departmentId: number, name: string): Person | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM people p WHERE p.department_id = ? AND p.name = ?`).get(departmentId, name) as
    PersonRow | undefined;
  return row ? rowToPerson(row) : undefined;
}

export interface NewPerson {
  departmentId: number;
  name: string;
  title: string;
}

/** Adds a person at the end of their department. */
export function insertPerson(db: Db, person: NewPerson, now: string): Person {
  const next = db
    .prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM people WHERE department_id = ?')
    .pluck()
    .get(person.departmentId) as number;
  const info = db
    .prepare(
      `INSERT INTO people (department_id, name, title, sort_order, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
    )
    .run(person.departmentId, person.name, person.title, next, now, now);
  return findPerson(db, Number(info.lastInsertRowid))!;
}

/** Changes name, title and department; moving to another department puts the person at its end. */
export function updatePersonRow(db: Db, id: number, fields: NewPerson, now: string): void {
  const current = findPerson(db, id);
  if (!current) return;
  const sortOrder =
    current.departmentId === fields.departmentId
      ? current.sortOrder
      : (db
          .prepare('SELECT coalesce(max(sort_order), 0) + 1 FROM people WHERE department_id = ?')
          .pluck()
          .get(fields.departmentId) as number);
  db.prepare('UPDATE people SET department_id = ?, name = ?, title = ?, sort_order = ?, updated_at = ? WHERE id = ?').run(
    fields.departmentId,
    fields.name,
    fields.title,
    sortOrder,
    now,
    id,
  );
}

export function setPersonActiveRow(db: Db, id: number, active: boolean, now: string): void {
  db.prepare('UPDATE people SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, now, id);
}
