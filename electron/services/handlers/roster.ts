/**
 * Roster channels: departments (create, rename, full name, active, roster order) and people (create,
 * edit, move to another department, active). Every write checks first and runs in one transaction,
 * so a refused request leaves the database as it was.
 */
import type { Handlers } from '../../../shared/contract/api';
import { searchPeople } from '../../../shared/roster/search';
import type { Department, Person } from '../../../shared/roster/types';
import type { Db } from '../db/connection';
import {
  findDepartment,
  findDepartmentByName,
  insertDepartment,
  listDepartments,
  setDepartmentActiveRow,
  setDepartmentOrder,
  updateDepartmentRow,
} from '../db/departmentsTable';
import { findPerson, findPersonByName, insertPerson, listPeople, setPersonActiveRow, updatePersonRow } from '../db/peopleTable';
import type { HandlerContext } from './context';
import { rosterImportHandlers } from './rosterImport';
import { badOrder, departmentInactive, departmentNotFound, duplicateDepartment, duplicatePerson, personNotFound } from './rosterMessages';

export function requireDepartment(db: Db, id: number): Department {
  const department = findDepartment(db, id);
  if (!department) throw departmentNotFound(id);
  return department;
}

export function requirePerson(db: Db, id: number): Person {
  const person = findPerson(db, id);
  if (!person) throw personNotFound(id);
  return person;
}

type RosterChannels = Extract<
  keyof Handlers,
  | 'roster.listDepartments'
  | 'roster.listPeople'
  | 'roster.createDepartment'
  | 'roster.updateDepartment'
  | 'roster.setDepartmentActive'
  | 'roster.reorderDepartments'
  | 'roster.createPerson'
  | 'roster.updatePerson'
  | 'roster.setPersonActive'
>;

type RosterImportChannels = 'roster.previewImport' | 'roster.commitImport' | 'roster.exportXlsx';

export function rosterHandlers(ctx: HandlerContext): Pick<Handlers, RosterChannels | RosterImportChannels> {
  const { db } = ctx;
  return {
    ...rosterImportHandlers(ctx),
    'roster.listDepartments': () => listDepartments(db),

    'roster.listPeople': ({ departmentId, includeInactive, query }) => {
      if (departmentId !== undefined) requireDepartment(db, departmentId);
      const people = listPeople(db, { departmentId, includeInactive });
      if (query === undefined || query.trim() === '') return people;
      return searchPeople(people, listDepartments(db), query);
    },

    'roster.createDepartment': ({ name, fullName }) =>
      db
        .transaction(() => {
          if (findDepartmentByName(db, name)) throw duplicateDepartment(name);
          return insertDepartment(db, { name, fullName: fullName ?? '' }, ctx.now());
        })
        .immediate(),

    'roster.updateDepartment': ({ id, name, fullName }) =>
      db
        .transaction(() => {
          const current = requireDepartment(db, id);
          const next = { name: name ?? current.name, fullName: fullName ?? current.fullName };
          const other = findDepartmentByName(db, next.name);
          if (other && other.id !== id) throw duplicateDepartment(next.name);
          updateDepartmentRow(db, id, next, ctx.now());
          return requireDepartment(db, id);
        })
        .immediate(),

    'roster.setDepartmentActive': ({ id, active }) =>
      db
        .transaction(() => {
          requireDepartment(db, id);
          setDepartmentActiveRow(db, id, active, ctx.now());
          return requireDepartment(db, id);
        })
        .immediate(),

    'roster.reorderDepartments': ({ ids }) =>
      db
        .transaction(() => {
          const stored = listDepartments(db).map((d) => d.id);
          const given = new Set(ids);
          if (given.size !== ids.length || ids.length !== stored.length || !stored.every((id) => given.has(id))) {
            throw badOrder();
          }
          setDepartmentOrder(db, ids, ctx.now());
          return listDepartments(db);
        })
        .immediate(),

    'roster.createPerson': ({ departmentId, name, title }) =>
      db
        .transaction(() => {
          const department = requireDepartment(db, departmentId);
          if (!department.active) throw departmentInactive(department.name);
          if (findPersonByName(db, departmentId, name)) throw duplicatePerson(department.name, name);
          return insertPerson(db, { departmentId, name, title: title ?? '' }, ctx.now());
        })
        .immediate(),

    'roster.updatePerson': ({ id, departmentId, name, title }) =>
      db
        .transaction(() => {
          const current = requirePerson(db, id);
          const next = {
            departmentId: departmentId ?? current.departmentId,
            name: name ?? current.name,
            title: title ?? current.title,
          };
          const department = requireDepartment(db, next.departmentId);
          if (next.departmentId !== current.departmentId && !department.active) throw departmentInactive(department.name);
          const other = findPersonByName(db, next.departmentId, next.name);
          if (other && other.id !== id) throw duplicatePerson(department.name, next.name);
          updatePersonRow(db, id, next, ctx.now());
          return requirePerson(db, id);
        })
        .immediate(),

    'roster.setPersonActive': ({ id, active }) =>
      db
        .transaction(() => {
          requirePerson(db, id);
          setPersonActiveRow(db, id, active, ctx.now());
          return requirePerson(db, id);
        })
        .immediate(),
  };
}
