/**
 * 从往期补充名册 against the database: the people of the 考勤情况 and 厅（局）长进大厅 sections of every
 * live stored issue (shared/roster/fromIssues.ts), compared with the roster; and storing what the
 * clerk confirmed, in one transaction, creating the departments it needs.
 */
import { AppError } from '../../../shared/contract/result';
import { scanSections } from '../../../shared/roster/fromIssues';
import type { RosterProposal, RosterProposalPerson, RosterProposalResult } from '../../../shared/roster/types';
import type { Db } from '../db/connection';
import { findDepartmentByName, insertDepartment, listDepartments } from '../db/departmentsTable';
import { parseStoredDocument } from '../db/issuesTable';
import { findPersonByName, insertPerson, updatePersonRow } from '../db/peopleTable';

interface StoredBody {
  id: number;
  year: number;
  number: number;
  document: string;
}

export function proposeFromIssues(db: Db): RosterProposal {
  const departments = listDepartments(db);
  const known = new Set(departments.map((d) => d.name));
  // Oldest first, so a later issue's title wins (a promotion shows in the newest briefing).
  const issues = db
    .prepare('SELECT id, year, number, document FROM issues WHERE deleted_at IS NULL ORDER BY year, number, id')
    .iterate() as IterableIterator<StoredBody>;
  const found = new Map<string, RosterProposalPerson>();
  const newDepartments: string[] = [];
  const unread: RosterProposal['unread'] = [];
  let issuesRead = 0;
  for (const row of issues) {
    issuesRead += 1;
    const source = `${row.year}年第${row.number}期`;
    const scan = scanSections(parseStoredDocument(row.id, row.document).blocks, [...known]);
    for (const text of scan.unread) unread.push({ source, text });
    for (const p of scan.people) {
      if (!known.has(p.department)) {
        known.add(p.department);
        newDepartments.push(p.department);
      }
      const key = `${p.department}\u0000${p.name}`;
      const before = found.get(key);
      const title = p.title !== '' ? p.title : (before?.title ?? '');
      found.set(key, { department: p.department, name: p.name, title, status: 'known', source });
    }
  }
  const people = [...found.values()].map((p): RosterProposalPerson => {
    const department = departments.find((d) => d.name === p.department);
    const stored = department ? findPersonByName(db, department.id, p.name) : undefined;
    if (!stored) return { ...p, status: 'newPerson' };
    if (p.title !== '' && p.title !== stored.title) return { ...p, status: 'newTitle', previousTitle: stored.title };
    return { ...p, status: 'known' };
  });
  return { newDepartments, people, unread, issuesRead };
}

export interface ConfirmedPerson {
  department: string;
  name: string;
  title: string;
}

/** Stores the confirmed people (call inside a transaction): departments created, titles updated. */
export function applyFromIssues(db: Db, people: readonly ConfirmedPerson[], now: string): RosterProposalResult {
  const result: RosterProposalResult = { newDepartments: 0, newPeople: 0, updatedTitles: 0 };
  const seen = new Set<string>();
  for (const p of people) {
    const key = `${p.department}\u0000${p.name}`;
    if (seen.has(key)) throw new AppError('INVALID_INPUT', `${p.department}${p.name}提交了两次，名册未做改动。`);
    seen.add(key);
    let department = findDepartmentByName(db, p.department);
    if (department && !department.active) {
      throw new AppError('INVALID_INPUT', `部门“${p.department}”已停用，不能补充其人员；请先在名册中启用，名册未做改动。`);
    }
    if (!department) {
      department = insertDepartment(db, { name: p.department, fullName: '' }, now);
      result.newDepartments += 1;
    }
    const stored = findPersonByName(db, department.id, p.name);
    if (!stored) {
      insertPerson(db, { departmentId: department.id, name: p.name, title: p.title }, now);
      result.newPeople += 1;
    } else if (p.title !== '' && p.title !== stored.title) {
      updatePersonRow(db, stored.id, { departmentId: department.id, name: stored.name, title: p.title }, now);
      result.updatedTitles += 1;
    }
  }
  return result;
}
