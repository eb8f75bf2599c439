/** Roster channels over a real database: lists in roster order, writes, and refusals that change nothing. */
import { describe, expect, it } from 'vitest';
import { seedRoster } from '../../fixtures/roster';
import { harness } from '../services/helpers';
import { dumpDatabase } from './dump';

describe('roster tables and read channels', () => {
  it('lists departments in roster order and people department by department', async () => {
    const h = harness();
    seedRoster(h.db);
    const departments = await h.value('roster.listDepartments', {});
    expect(departments.slice(0, 4).map((d) => d.name)).toEqual(['科技厅', '公安厅', '民政厅', '自然资源厅']);
    expect(departments[0]).toEqual({ id: expect.any(Number), name: '科技厅', fullName: '四川省科学技术厅', sortOrder: 1, active: true });
    const people = await h.value('roster.listPeople', {});
    expect(people.slice(0, 5).map((p) => p.name)).toEqual(['高量', '徐贵强', '杨伟', '游文慧', '黎熹']);
    const shangwu = departments.find((d) => d.name === '商务厅')!;
    const ofShangwu = await h.value('roster.listPeople', { departmentId: shangwu.id });
    expect(ofShangwu.map((p) => [p.name, p.title])).toEqual([
      ['尹奇志', '党组成员、副厅长'],
      ['梁勇', '副厅长'],
    ]);
  });

  it('finds people by characters and pinyin initials, best match first', async () => {
    const h = harness();
    seedRoster(h.db);
    expect((await h.value('roster.listPeople', { query: 'ywh' })).map((p) => p.name)).toEqual(['游文慧']);
    expect((await h.value('roster.listPeople', { query: '文慧' })).map((p) => p.name)).toEqual(['游文慧']);
    expect((await h.value('roster.listPeople', { query: 'zjp' })).map((p) => p.name)).toEqual(['张剑平']);
    // 罗莉, 罗海信, 罗兴炳 start with 罗; initials "l" also match 黎熹, 刘金山, 梁勇 … but by prefix rank after names.
    const luo = (await h.value('roster.listPeople', { query: '罗' })).map((p) => p.name);
    expect(luo).toEqual(['罗海信', '罗兴炳', '罗莉']);
  });

  it('keeps same-name people in different departments apart and refuses a duplicate within one', async () => {
    const h = harness();
    const a = await h.value('roster.createDepartment', { name: '甲厅' });
    const b = await h.value('roster.createDepartment', { name: '乙厅', fullName: '四川省乙厅' });
    const first = await h.value('roster.createPerson', { departmentId: a.id, name: ' 王伟 ', title: '处长' });
    const second = await h.value('roster.createPerson', { departmentId: b.id, name: '王伟' });
    expect(first).toMatchObject({ name: '王伟', title: '处长', departmentId: a.id, active: true });
    expect(second).toMatchObject({ name: '王伟', title: '', departmentId: b.id });
    const before = dumpDatabase(h.db);
    const dup = await h.call('roster.createPerson', { departmentId: a.id, name: '王伟' });
    expect(dup).toEqual({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('甲厅已有一位“王伟”') } });
    // Moving the second 王伟 into 甲厅 would also make two.
    const move = await h.call('roster.updatePerson', { id: second.id, departmentId: a.id });
    expect(move.ok).toBe(false);
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses an unknown department, an empty name and a duplicate department without changing anything', async () => {
    const h = harness();
    const dept = await h.value('roster.createDepartment', { name: '民政厅' });
    const before = dumpDatabase(h.db);
    expect(await h.call('roster.createPerson', { departmentId: 999, name: '张三' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到编号为 999 的部门，请刷新名册后重试。' },
    });
    const empty = await h.call('roster.createPerson', { departmentId: dept.id, name: '   ' });
    expect(empty.ok === false && empty.error.code).toBe('INVALID_INPUT');
    expect(empty.ok === false && empty.error.message).toContain('姓名不能为空');
    const emptyDept = await h.call('roster.createDepartment', { name: '' });
    expect(emptyDept.ok === false && emptyDept.error.message).toContain('部门名称不能为空');
    const dup = await h.call('roster.createDepartment', { name: '民政厅' });
    expect(dup.ok === false && dup.error.message).toBe('名册中已有部门“民政厅”，部门名称不能重复。');
    expect(await h.raw('roster.listPeople', { departmentId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('updates departments and people, deactivates and reactivates them', async () => {
    const h = harness();
    const seeded = seedRoster(h.db);
    const minzheng = seeded.department('民政厅');
    const renamed = await h.value('roster.updateDepartment', { id: minzheng.id, fullName: '四川省民政厅（新）' });
    expect(renamed).toMatchObject({ name: '民政厅', fullName: '四川省民政厅（新）' });
    const you = seeded.person('民政厅', '游文慧');
    expect(await h.value('roster.updatePerson', { id: you.id, title: '二级调研员' })).toMatchObject({ title: '二级调研员' });
    await h.value('roster.setPersonActive', { id: you.id, active: false });
    expect((await h.value('roster.listPeople', { departmentId: minzheng.id })).map((p) => p.name)).toEqual(['杨伟']);
    const all = await h.value('roster.listPeople', { departmentId: minzheng.id, includeInactive: true });
    expect(all.map((p) => [p.name, p.active])).toEqual([
      ['杨伟', true],
      ['游文慧', false],
    ]);
    await h.value('roster.setDepartmentActive', { id: minzheng.id, active: false });
    expect((await h.value('roster.listPeople', {})).some((p) => p.departmentId === minzheng.id)).toBe(false);
    const refused = await h.call('roster.createPerson', { departmentId: minzheng.id, name: '新人' });
    expect(refused.ok === false && refused.error.message).toContain('已停用');
    await h.value('roster.setDepartmentActive', { id: minzheng.id, active: true });
    await h.value('roster.setPersonActive', { id: you.id, active: true });
    expect((await h.value('roster.listPeople', { departmentId: minzheng.id })).map((p) => p.name)).toEqual(['杨伟', '游文慧']);
  });

  it('moves a person to another department at its end', async () => {
    const h = harness();
    const seeded = seedRoster(h.db);
    const moved = await h.value('roster.updatePerson', {
      id: seeded.person('民政厅', '游文慧').id,
      departmentId: seeded.department('商务厅').id,
    });
    expect(moved.departmentId).toBe(seeded.department('商务厅').id);
    const names = (await h.value('roster.listPeople', { departmentId: seeded.department('商务厅').id })).map((p) => p.name);
    expect(names).toEqual(['尹奇志', '梁勇', '游文慧']);
  });

  it('reorders departments and refuses an order that does not list each department once', async () => {
    const h = harness();
    const a = await h.value('roster.createDepartment', { name: '甲' });
    const b = await h.value('roster.createDepartment', { name: '乙' });
    const c = await h.value('roster.createDepartment', { name: '丙' });
    const reordered = await h.value('roster.reorderDepartments', { ids: [c.id, a.id, b.id] });
    expect(reordered.map((d) => [d.name, d.sortOrder])).toEqual([
      ['丙', 1],
      ['甲', 2],
      ['乙', 3],
    ]);
    const before = dumpDatabase(h.db);
    for (const ids of [
      [a.id, b.id],
      [a.id, a.id, b.id],
      [a.id, b.id, c.id, 99],
    ]) {
      const refused = await h.call('roster.reorderDepartments', { ids });
      expect(refused.ok === false && refused.error.code).toBe('INVALID_INPUT');
    }
    expect(dumpDatabase(h.db)).toBe(before);
    // A new department goes to the end.
    expect((await h.value('roster.createDepartment', { name: '丁' })).sortOrder).toBe(4);
  });

  it('the database refuses what the handlers would never store (backstop constraints)', () => {
    const h = harness();
    const now = 'x';
    h.db.prepare(`INSERT INTO departments (name, sort_order, created_at, updated_at) VALUES ('甲', 1, ?, ?)`).run(now, now);
    expect(() =>
      h.db.prepare(`INSERT INTO departments (name, sort_order, created_at, updated_at) VALUES ('甲', 2, ?, ?)`).run(now, now),
    ).toThrow(/UNIQUE/);
    expect(() =>
      h.db.prepare(`INSERT INTO departments (name, sort_order, created_at, updated_at) VALUES ('', 2, ?, ?)`).run(now, now),
    ).toThrow(/CHECK/);
    h.db.prepare(`INSERT INTO people (department_id, name, sort_order, created_at, updated_at) VALUES (1, '王伟', 1, ?, ?)`).run(now, now);
    expect(() =>
      h.db
        .prepare(`INSERT INTO people (department_id, name, sort_order, created_at, updated_at) VALUES (1, '王伟', 2, ?, ?)`)
        .run(now, now),
    ).toThrow(/UNIQUE/);
    expect(() =>
      h.db
        .prepare(`INSERT INTO people (department_id, name, sort_order, created_at, updated_at) VALUES (7, '李四', 2, ?, ?)`)
        .run(now, now),
    ).toThrow(/FOREIGN KEY/);
  });
});
