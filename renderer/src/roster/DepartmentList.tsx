/**
 * The departments in roster order: choose one to filter the people, move it up or down, rename it,
 * give its full name, deactivate or reactivate it, and add a new one at the end.
 */
import { useState, type FormEvent } from 'react';
import type { Department } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import type { RosterState } from './useRoster';

interface Props {
  roster: RosterState;
  selected: number | null;
  onSelect(id: number | null): void;
}

export function DepartmentList({ roster, selected, onSelect }: Props) {
  const api = useApi();
  const { departments, run } = roster;
  const [editing, setEditing] = useState<Department | null>(null);
  const [name, setName] = useState('');
  const [fullName, setFullName] = useState('');

  const move = (index: number, by: -1 | 1) => {
    const ids = departments.map((d) => d.id);
    const target = index + by;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    void run(() => api['roster.reorderDepartments']({ ids }));
  };

  const startEdit = (department: Department | null) => {
    setEditing(department);
    setName(department?.name ?? '');
    setFullName(department?.fullName ?? '');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = editing
      ? await run(() => api['roster.updateDepartment']({ id: editing.id, name, fullName }), `已保存部门“${name.trim()}”。`)
      : await run(() => api['roster.createDepartment']({ name, fullName }), `已添加部门“${name.trim()}”。`);
    if (saved) startEdit(null);
  };

  return (
    <div className="bd-roster-departments" data-testid="roster-departments">
      <h2>部门（按名册顺序）</h2>
      <ul>
        <li>
          <button type="button" aria-pressed={selected === null} onClick={() => onSelect(null)}>
            全部部门
          </button>
        </li>
        {departments.map((d, index) => (
          <li key={d.id} data-testid={`department-${d.name}`} data-active={d.active}>
            <button type="button" aria-pressed={selected === d.id} title={d.fullName || undefined} onClick={() => onSelect(d.id)}>
              {d.name}
              {d.active ? '' : '（已停用）'}
            </button>
            <button type="button" aria-label={`上移${d.name}`} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button type="button" aria-label={`下移${d.name}`} disabled={index === departments.length - 1} onClick={() => move(index, 1)}>
              ↓
            </button>
            <button type="button" aria-label={`编辑${d.name}`} onClick={() => startEdit(d)}>
              编辑
            </button>
            <button
              type="button"
              aria-label={`${d.active ? '停用' : '启用'}${d.name}`}
              onClick={() => void run(() => api['roster.setDepartmentActive']({ id: d.id, active: !d.active }))}
            >
              {d.active ? '停用' : '启用'}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void submit(e)} aria-label={editing ? '编辑部门' : '添加部门'}>
        <label>
          部门名称（按简报中的写法）
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="如 省市场监管局" />
        </label>
        <label>
          部门全称
          <input value={fullName} onChange={(e) => setFullName(e.target.value)} placeholder="如 四川省市场监督管理局" />
        </label>
        <button type="submit">{editing ? '保存部门' : '添加部门'}</button>
        {editing && (
          <button type="button" onClick={() => startEdit(null)}>
            取消
          </button>
        )}
      </form>
    </div>
  );
}
