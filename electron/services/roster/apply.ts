/** Storing an import plan. Call inside the transaction that computed the plan (see importRoster.ts). */
import type { Db } from '../db/connection';
import { findDepartmentByName, insertDepartment, updateDepartmentRow } from '../db/departmentsTable';
import { findPerson, insertPerson, setPersonActiveRow, updatePersonRow } from '../db/peopleTable';
import type { ImportPlan } from './plan';

export function applyPlan(db: Db, { writes }: ImportPlan, now: string): void {
  for (const d of writes.newDepartments) insertDepartment(db, d, now);
  for (const u of writes.fullNameUpdates) {
    const name = db.prepare('SELECT name FROM departments WHERE id = ?').pluck().get(u.id) as string;
    updateDepartmentRow(db, u.id, { name, fullName: u.fullName }, now);
  }
  for (const p of writes.newPeople) {
    // The plan only lists people of departments that exist or were created just above.
    const department = findDepartmentByName(db, p.department)!;
    insertPerson(db, { departmentId: department.id, name: p.name, title: p.title }, now);
  }
  for (const u of writes.personUpdates) {
    const person = findPerson(db, u.id)!;
    updatePersonRow(db, u.id, { departmentId: person.departmentId, name: person.name, title: u.title }, now);
    if (u.reactivate) setPersonActiveRow(db, u.id, true, now);
  }
}
