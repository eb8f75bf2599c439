/**
 * The people of the chosen department (or all), filtered and ranked by the search box with the same
 * matching as the attendance entry (shared/roster/search.ts), with forms to add and edit a person.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { searchPeople } from '../../../shared/roster/search';
import type { Person } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import type { RosterState } from './useRoster';

interface Props {
  roster: RosterState;
  departmentId: number | null;
  query: string;
}

/** More rows than a clerk scans; the search narrows it. */
const MAX_ROWS = 500;

export function PeopleTable({ roster, departmentId, query }: Props) {
  const api = useApi();
  const { departments, people, run } = roster;
  const [editing, setEditing] = useState<Person | null>(null);
  const [form, setForm] = useState({ departmentId: '', name: '', title: '' });

  const shown = useMemo(() => {
    const inDepartment = departmentId === null ? people : people.filter((p) => p.departmentId === departmentId);
    return searchPeople(inDepartment, departments, query, MAX_ROWS);
  }, [people, departments, departmentId, query]);
  const departmentName = (id: number) => departments.find((d) => d.id === id)?.name ?? '';

  const startEdit = (person: Person | null) => {
    setEditing(person);
    setForm({
      departmentId: String(person?.departmentId ?? departmentId ?? ''),
      name: person?.name ?? '',
      title: person?.title ?? '',
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = Number(form.departmentId || departmentId || 0);
    if (!chosen) {
      roster.setNotice('请先选择部门。');
      return;
    }
    const input = { departmentId: chosen, name: form.name, title: form.title };
    const saved = editing
      ? await run(() => api['roster.updatePerson']({ id: editing.id, ...input }), `已保存“${form.name.trim()}”。`)
      : await run(() => api['roster.createPerson'](input), `已添加“${form.name.trim()}”。`);
    if (saved) startEdit(null);
  };

  return (
    <div className="bd-roster-people">
      <table data-testid="roster-people">
        <thead>
          <tr>
            <th>姓名</th>
            <th>部门</th>
            <th>职务</th>
            <th>状态</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id} data-testid="roster-person" data-active={p.active}>
              <td>{p.name}</td>
              <td>{departmentName(p.departmentId)}</td>
              <td>{p.title}</td>
              <td>{p.active ? '在用' : '已停用'}</td>
              <td>
                <button type="button" aria-label={`编辑${departmentName(p.departmentId)}${p.name}`} onClick={() => startEdit(p)}>
                  编辑
                </button>
                <button
                  type="button"
                  aria-label={`${p.active ? '停用' : '启用'}${departmentName(p.departmentId)}${p.name}`}
                  onClick={() => void run(() => api['roster.setPersonActive']({ id: p.id, active: !p.active }))}
                >
                  {p.active ? '停用' : '启用'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && (
        <p className="bd-empty">
          {query.trim() ? `没有找到与“${query.trim()}”相符的人员。` : '名册中还没有人员。可导入名册，或在下方添加。'}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} aria-label={editing ? '编辑人员' : '添加人员'}>
        <label>
          部门
          <select
            value={form.departmentId || String(departmentId ?? '')}
            onChange={(e) => setForm({ ...form, departmentId: e.target.value })}
          >
            <option value="">请选择部门</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id} disabled={!d.active}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          姓名
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label>
          职务
          <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} placeholder="如 二级巡视员" />
        </label>
        <button type="submit">{editing ? '保存人员' : '添加人员'}</button>
        {editing && (
          <button type="button" onClick={() => startEdit(null)}>
            取消
          </button>
        )}
      </form>
    </div>
  );
}
