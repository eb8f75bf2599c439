/**
 * The demo database the guide's screenshots show: the roster of the samples, the three sample issues
 * imported through 导入往期 (as a clerk starts), and a few attendance rows for the newest of them, so every
 * screen has realistic content. Set up through the contract over HTTP, as the page itself would.
 */
import type { Page } from 'playwright-core';
import { ROSTER_FIXTURE } from '../../fixtures/roster';
import { callApi } from '../ui';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

export function rosterCsv(): string {
  const rows = ROSTER_FIXTURE.flatMap((department) =>
    department.people.map((person) => [department.name, department.fullName, person.name, person.title].join(',')),
  );
  return ['部门,部门全称,姓名,职务', ...rows].join('\n');
}

export async function seedRoster(page: Page): Promise<void> {
  await callApi(page, 'roster.commitImport', { fileName: '名册.csv', base64: base64(rosterCsv()) });
}

/** Four rows of the 2024-07-04 issue's week (6月17日—6月21日), two of them over the 3-day threshold. */
export const ATTENDANCE_CSV = [
  '姓名,部门,类型,开始,结束,备注',
  '游文慧,民政厅,因公外出,2024-06-17,2024-06-21,',
  '黎熹,自然资源厅,因公外出,2024-06-17,2024-06-21,',
  '杨伟,民政厅,事假,2024-06-20,2024-06-21,',
  '高量,科技厅,年休假,2024-06-17,2024-06-19,',
].join('\n');

export async function seedAttendance(page: Page, issueId: number): Promise<void> {
  await callApi(page, 'attendance.importCsv', { issueId, fileName: '考勤.csv', base64: base64(ATTENDANCE_CSV) });
}
