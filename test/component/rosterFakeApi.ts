/** An in-memory roster behind the fake API, enough for the workbench: lists, writes, a canned import. */
import type { AppErrorData, Result } from '../../shared/contract/result';
import type { Department, Person, RosterImportPreview } from '../../shared/roster/types';
import { fakeApi, ok, type FakeApi } from './fakeApi';

const refuse = (code: AppErrorData['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

export interface RosterFake {
  api: FakeApi;
  departments: Department[];
  people: Person[];
  addDepartment(name: string, fullName?: string): Department;
  addPerson(departmentId: number, name: string, title?: string): Person;
}

export function rosterFake(preview?: RosterImportPreview, imported: { department: string; name: string }[] = []): RosterFake {
  const state = { api: fakeApi(), departments: [] as Department[], people: [] as Person[] };
  let nextId = 100;
  const sorted = () => [...state.departments].sort((a, b) => a.sortOrder - b.sortOrder);
  const addDepartment = (name: string, fullName = '') => {
    const d: Department = { id: nextId++, name, fullName, sortOrder: state.departments.length + 1, active: true };
    state.departments.push(d);
    return d;
  };
  const addPerson = (departmentId: number, name: string, title = '') => {
    const p: Person = { id: nextId++, departmentId, name, title, sortOrder: state.people.length + 1, active: true };
    state.people.push(p);
    return p;
  };
  const api = fakeApi({
    'roster.listDepartments': async () => ok(sorted()),
    'roster.listPeople': async () => {
      const order = new Map(sorted().map((d, i) => [d.id, i]));
      return ok([...state.people].sort((a, b) => order.get(a.departmentId)! - order.get(b.departmentId)! || a.sortOrder - b.sortOrder));
    },
    'roster.createDepartment': async ({ name, fullName }) => {
      if (name.trim() === '') return refuse('INVALID_INPUT', '部门名称不能为空');
      if (state.departments.some((d) => d.name === name.trim())) return refuse('CONFLICT', `名册中已有部门“${name.trim()}”，部门名称不能重复。`);
      return ok(addDepartment(name.trim(), fullName?.trim()));
    },
    'roster.updateDepartment': async ({ id, name, fullName }) => {
      const d = state.departments.find((x) => x.id === id)!;
      Object.assign(d, { name: name?.trim() ?? d.name, fullName: fullName?.trim() ?? d.fullName });
      return ok(d);
    },
    'roster.setDepartmentActive': async ({ id, active }) => {
      const d = state.departments.find((x) => x.id === id)!;
      d.active = active;
      return ok(d);
    },
    'roster.reorderDepartments': async ({ ids }) => {
      ids.forEach((id, i) => (state.departments.find((d) => d.id === id)!.sortOrder = i + 1));
      return ok(sorted());
    },
    'roster.createPerson': async ({ departmentId, name, title }) => {
      if (name.trim() === '') return refuse('INVALID_INPUT', '姓名不能为空');
      const d = state.departments.find((x) => x.id === departmentId)!;
      if (state.people.some((p) => p.departmentId === departmentId && p.name === name.trim())) {
        return refuse('CONFLICT', `${d.name}已有一位“${name.trim()}”，同一部门内姓名不能重复。如确为同名，请在姓名后加以区分。`);
      }
      return ok(addPerson(departmentId, name.trim(), title?.trim()));
    },
    'roster.updatePerson': async ({ id, departmentId, name, title }) => {
      const p = state.people.find((x) => x.id === id)!;
      Object.assign(p, { departmentId: departmentId ?? p.departmentId, name: name?.trim() ?? p.name, title: title?.trim() ?? p.title });
      return ok(p);
    },
    'roster.setPersonActive': async ({ id, active }) => {
      const p = state.people.find((x) => x.id === id)!;
      p.active = active;
      return ok(p);
    },
    'roster.previewImport': async () => (preview ? ok(preview) : refuse('INVALID_INPUT', '只能导入 CSV 或 XLSX 文件')),
    'roster.commitImport': async () => {
      for (const row of imported) {
        const d = state.departments.find((x) => x.name === row.department) ?? addDepartment(row.department);
        addPerson(d.id, row.name);
      }
      return ok({ fileName: preview!.fileName, counts: preview!.counts, badRows: preview!.badRows });
    },
  });
  state.api = api;
  return Object.assign(state, { addDepartment, addPerson });
}
