/**
 * The roster as an XLSX file in the import format (部门, 姓名, 职务, 部门全称) plus a 状态 column that
 * the import ignores. Departments without people get one row without a name, which the import reads
 * as "this department exists", so exporting and importing into an empty database gives the same roster.
 */
import type { Department, Person } from '../../../shared/roster/types';
import { FORMULA_GUARD, FORMULA_LIKE } from './formulaGuard';

export const EXPORT_HEADER = ['部门', '姓名', '职务', '部门全称', '状态'] as const;

/** A cell that starts like a formula is written with an apostrophe before it (see formulaGuard.ts). */
function safe(text: string): string {
  return FORMULA_LIKE.test(text) ? `${FORMULA_GUARD}${text}` : text;
}

function state(active: boolean): string {
  return active ? '在用' : '停用';
}

export async function buildRosterXlsx(departments: readonly Department[], people: readonly Person[]): Promise<Uint8Array> {
  // exceljs takes about a second to load: imported when a roster is exported, so every other
  // command of the command line starts without it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = '简报台';
  const sheet = workbook.addWorksheet('人员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: EXPORT_HEADER[0], width: 18 },
    { header: EXPORT_HEADER[1], width: 12 },
    { header: EXPORT_HEADER[2], width: 28 },
    { header: EXPORT_HEADER[3], width: 32 },
    { header: EXPORT_HEADER[4], width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const department of departments) {
    const members = people.filter((p) => p.departmentId === department.id);
    if (members.length === 0) {
      sheet.addRow([safe(department.name), '', '', safe(department.fullName), state(department.active)]);
      continue;
    }
    for (const person of members) {
      const active = department.active && person.active;
      sheet.addRow([safe(department.name), safe(person.name), safe(person.title), safe(department.fullName), state(active)]);
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function rosterExportFileName(today: string): string {
  return `人员名册-${today}.xlsx`;
}
