/**
 * The attendance the component tests build on, stored through main's channels: a roster of 民政厅
 * (游文慧, 杨伟) and 农业农村厅 (王毓), the default leave types, and 2024年第25期 of the weekly,
 * 6月17日—6月21日 (Monday to Friday).
 */
import type { LeaveType } from '../../shared/attendance/types';
import type { IssueSummary } from '../../shared/issues/types';
import type { Department, Person } from '../../shared/roster/types';
import type { RealApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

export interface SeededAttendance {
  departments: Department[];
  people: Person[];
  leaveTypes: LeaveType[];
  issue: IssueSummary;
  person(name: string): Person;
  typeId(name: string): number;
}

export async function seedAttendance(real: RealApi): Promise<SeededAttendance> {
  await seedWeekly(real);
  const minzheng = await real.value('roster.createDepartment', { name: '民政厅' });
  const nongye = await real.value('roster.createDepartment', { name: '农业农村厅' });
  await real.value('roster.createPerson', { departmentId: minzheng.id, name: '游文慧' });
  await real.value('roster.createPerson', { departmentId: minzheng.id, name: '杨伟' });
  await real.value('roster.createPerson', { departmentId: nongye.id, name: '王毓' });
  const { document: _body, ...issue } = await addIssue(real, weekMeta(25));
  void _body;
  const people = await real.value('roster.listPeople', {});
  const leaveTypes = await real.value('attendance.listLeaveTypes', {});
  return {
    departments: await real.value('roster.listDepartments', {}),
    people,
    leaveTypes,
    issue,
    person: (name) => people.find((p) => p.name === name)!,
    typeId: (name) => leaveTypes.find((t) => t.name === name)!.id,
  };
}
