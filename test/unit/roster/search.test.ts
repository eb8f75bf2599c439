/** shared/roster/search.ts: what the clerk types finds the person, best match first. */
import { describe, expect, it } from 'vitest';
import { matchPerson, normalizeQuery, searchPeople } from '../../../shared/roster/search';
import type { Department, Person } from '../../../shared/roster/types';

const departments: Department[] = [
  { id: 1, name: '民政厅', fullName: '四川省民政厅', sortOrder: 1, active: true },
  { id: 2, name: '生态环境厅', fullName: '四川省生态环境厅', sortOrder: 2, active: true },
  { id: 3, name: '商务厅', fullName: '', sortOrder: 3, active: true },
];
let nextId = 1;
const person = (departmentId: number, name: string): Person => ({
  id: nextId++,
  name,
  departmentId,
  title: '',
  sortOrder: nextId,
  active: true,
});
const people = [
  person(1, '游文慧'),
  person(1, '杨伟'),
  person(2, '张剑平'),
  person(2, '杨康年'),
  person(3, '曾强'),
  person(3, '杨伟'), // same name, other department
];
const names = (query: string) => searchPeople(people, departments, query).map((p) => `${p.departmentId}${p.name}`);

describe('matchPerson', () => {
  it('matches characters, initials and full pinyin with their kind', () => {
    expect(matchPerson({ name: '游文慧' }, departments[0], '游文慧')).toEqual({ kind: 'exactName', rank: 0 });
    expect(matchPerson({ name: '游文慧' }, departments[0], '游')?.kind).toBe('namePrefix');
    expect(matchPerson({ name: '游文慧' }, departments[0], 'ywh')?.kind).toBe('exactInitials');
    expect(matchPerson({ name: '游文慧' }, departments[0], 'YW')?.kind).toBe('initialsPrefix');
    expect(matchPerson({ name: '游文慧' }, departments[0], '文慧')?.kind).toBe('nameContains');
    expect(matchPerson({ name: '游文慧' }, departments[0], 'youwen')?.kind).toBe('pinyinPrefix');
    expect(matchPerson({ name: '游文慧' }, departments[0], '民政')?.kind).toBe('department');
    expect(matchPerson({ name: '游文慧' }, departments[0], 'yxh')).toBeNull();
    expect(matchPerson({ name: '游文慧' }, departments[0], '张')).toBeNull();
    expect(matchPerson({ name: '游文慧' }, departments[0], 'whu')).toBeNull();
  });

  it('accepts either reading of a polyphonic surname (曾: zeng as a surname, ceng otherwise)', () => {
    expect(matchPerson({ name: '曾强' }, undefined, 'zq')?.kind).toBe('exactInitials');
    expect(matchPerson({ name: '曾强' }, undefined, 'cq')?.kind).toBe('exactInitials');
    expect(matchPerson({ name: '曾强' }, undefined, 'zengq')?.kind).toBe('pinyinPrefix');
  });

  it('ignores spaces and case in what was typed; an empty query matches everyone', () => {
    expect(normalizeQuery(' Y w H ')).toBe('ywh');
    expect(matchPerson({ name: '游文慧' }, undefined, ' Y W H ')?.kind).toBe('exactInitials');
    expect(matchPerson({ name: '游文慧' }, undefined, '   ')).not.toBeNull();
  });
});

describe('searchPeople', () => {
  it('ranks exact names and initials before partial matches, ties in roster order', () => {
    expect(names('ywh')).toEqual(['1游文慧']);
    // 杨: both 杨伟 (same name, two departments) and 杨康年 by name prefix, in the given order.
    expect(names('杨')).toEqual(['1杨伟', '2杨康年', '3杨伟']);
    // "y": initials prefix of 游文慧, 杨伟, 杨康年, 杨伟.
    expect(names('y')).toEqual(['1游文慧', '1杨伟', '2杨康年', '3杨伟']);
    // "yw" is the exact initials of 杨伟 and only a prefix of 游文慧's.
    expect(names('yw')).toEqual(['1杨伟', '3杨伟', '1游文慧']);
    expect(names('生态')).toEqual(['2张剑平', '2杨康年']);
  });

  it('cuts the ranked list at the limit', () => {
    expect(searchPeople(people, departments, 'y', 2).map((p) => p.name)).toEqual(['游文慧', '杨伟']);
  });
});
