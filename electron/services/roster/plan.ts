/**
 * What importing a roster file would do, worked out against the stored roster without writing:
 * each good row's status, each bad row's reason, and the writes to make. The same plan is computed
 * for the preview and again inside the commit's transaction, so the commit stores exactly what the
 * stored roster and the file say at that moment.
 *
 * Rules (README, 人员名册):
 * - a department not yet in the roster is created by the file (at the end of the roster order, in
 *   file order), with the 部门全称 a row gives it, else none: the first natural roster file
 *   (部门,姓名,职务) must not be refused row by row. The preview lists the new departments, so a
 *   mistyped name shows there before anything is stored;
 * - a row with 部门 and 部门全称 but no 姓名 only declares the department (creates it or updates its full name);
 * - a department's full name must agree across the file; a deactivated department takes no rows;
 * - the same 部门 + 姓名 twice in the file: the later row is bad;
 * - with a 职务 column, the file's title replaces the stored one (an empty cell clears it);
 * - a deactivated person named by the file is made active again.
 */
import type { Department, RosterBadRow, RosterImportCounts, RosterImportDepartment, RosterImportRow } from '../../../shared/roster/types';
import type { Db } from '../db/connection';
import { listDepartments } from '../db/departmentsTable';
import { findPersonByName } from '../db/peopleTable';
import type { RosterRecord, RosterRecords } from './records';

export const MAX_IMPORT_ROWS = 5000;

export interface ImportPlan {
  rows: RosterImportRow[];
  badRows: RosterBadRow[];
  departments: RosterImportDepartment[];
  counts: RosterImportCounts;
  writes: {
    /** In file order; people refer to them by name. */
    newDepartments: { name: string; fullName: string }[];
    fullNameUpdates: { id: number; fullName: string }[];
    newPeople: { department: string; name: string; title: string }[];
    personUpdates: { id: number; title: string; reactivate: boolean }[];
  };
}

const LIMITS = { department: 50, name: 50, title: 200, fullName: 200 };

function tooLong(record: RosterRecord): string | null {
  if (record.department.length > LIMITS.department) return `部门名称超过 ${LIMITS.department} 个字`;
  if (record.name.length > LIMITS.name) return `姓名超过 ${LIMITS.name} 个字`;
  if ((record.title ?? '').length > LIMITS.title) return `职务超过 ${LIMITS.title} 个字`;
  if ((record.fullName ?? '').length > LIMITS.fullName) return `部门全称超过 ${LIMITS.fullName} 个字`;
  return null;
}

interface DepartmentInFile {
  stored: Department | undefined;
  /** The first full name the file gives, and its row. */
  fullName: string | undefined;
  fullNameRow: number;
  entry: RosterImportDepartment;
}

export function planImport(db: Db, { records }: RosterRecords): ImportPlan {
  const storedByName = new Map(listDepartments(db).map((d) => [d.name, d]));
  const badRows: RosterBadRow[] = [];
  const bad = (row: number, reason: string) => badRows.push({ row, reason });

  // Pass 1: the departments the file names and the full name it gives each (conflicts are bad rows).
  const inFile = new Map<string, DepartmentInFile>();
  const conflicting = new Set<number>();
  for (const record of records) {
    if (record.department === '' || tooLong(record)) continue;
    let d = inFile.get(record.department);
    if (!d) {
      const stored = storedByName.get(record.department);
      d = {
        stored,
        fullName: undefined,
        fullNameRow: 0,
        entry: { name: record.department, fullName: stored?.fullName ?? '', status: 'unchanged' },
      };
      inFile.set(record.department, d);
    }
    if (record.fullName === undefined) continue;
    if (d.fullName === undefined) {
      d.fullName = record.fullName;
      d.fullNameRow = record.row;
    } else if (d.fullName !== record.fullName) {
      conflicting.add(record.row);
    }
  }

  const departments: RosterImportDepartment[] = [];
  const newDepartments: ImportPlan['writes']['newDepartments'] = [];
  const fullNameUpdates: ImportPlan['writes']['fullNameUpdates'] = [];
  for (const [name, d] of inFile) {
    if (!d.stored) {
      d.entry = { name, fullName: d.fullName ?? '', status: 'newDepartment' };
      newDepartments.push({ name, fullName: d.fullName ?? '' });
    } else if (d.fullName !== undefined && d.fullName !== d.stored.fullName) {
      d.entry = { name, fullName: d.fullName, status: 'updatedFullName' };
      fullNameUpdates.push({ id: d.stored.id, fullName: d.fullName });
    }
    departments.push(d.entry);
  }

  // Pass 2: every row.
  const rows: RosterImportRow[] = [];
  const seen = new Map<string, number>();
  const newPeople: ImportPlan['writes']['newPeople'] = [];
  const personUpdates: ImportPlan['writes']['personUpdates'] = [];
  for (const record of records) {
    const long = tooLong(record);
    if (long) {
      bad(record.row, long);
      continue;
    }
    if (record.department === '') {
      bad(record.row, record.name === '' ? '部门和姓名都为空' : `姓名“${record.name}”没有填写部门`);
      continue;
    }
    const d = inFile.get(record.department)!;
    if (conflicting.has(record.row)) {
      bad(record.row, `部门“${record.department}”的全称“${record.fullName}”与第 ${d.fullNameRow} 行的“${d.fullName}”不一致`);
      continue;
    }
    if (record.name === '') {
      // A department row (部门 + 部门全称) is fine; otherwise the name is missing.
      if (record.fullName === undefined) bad(record.row, `${record.department}的这一行姓名为空`);
      continue;
    }
    if (d.stored && !d.stored.active) {
      bad(record.row, `部门“${record.department}”已停用，不能导入其人员；请先在名册中启用该部门`);
      continue;
    }
    const key = `${record.department}\u0000${record.name}`;
    const first = seen.get(key);
    if (first !== undefined) {
      bad(record.row, `与第 ${first} 行重复（${record.department}${record.name}）`);
      continue;
    }
    seen.set(key, record.row);

    const base = { row: record.row, department: record.department, name: record.name, newDepartment: !d.stored };
    const person = d.stored ? findPersonByName(db, d.stored.id, record.name) : undefined;
    if (!person) {
      const title = record.title ?? '';
      rows.push({ ...base, title, status: 'newPerson' });
      newPeople.push({ department: record.department, name: record.name, title });
      continue;
    }
    const title = record.title ?? person.title;
    if (!person.active) {
      rows.push({ ...base, title, status: 'reactivated', ...(title !== person.title ? { previousTitle: person.title } : {}) });
      personUpdates.push({ id: person.id, title, reactivate: true });
    } else if (title !== person.title) {
      rows.push({ ...base, title, status: 'updatedTitle', previousTitle: person.title });
      personUpdates.push({ id: person.id, title, reactivate: false });
    } else {
      rows.push({ ...base, title, status: 'unchanged' });
    }
  }
  badRows.sort((a, b) => a.row - b.row);

  const count = (status: RosterImportRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    rows,
    badRows,
    departments,
    counts: {
      newDepartments: newDepartments.length,
      updatedDepartments: fullNameUpdates.length,
      newPeople: count('newPerson'),
      updatedTitles: count('updatedTitle'),
      reactivated: count('reactivated'),
      unchanged: count('unchanged'),
      bad: badRows.length,
    },
    writes: { newDepartments, fullNameUpdates, newPeople, personUpdates },
  };
}
