/** The ordered list of leave types: rename, move up/down, add, remove (a type in use is refused). */
import { useState } from 'react';
import type { LeaveType } from '../../../shared/attendance/types';
import { useApi } from '../api/ApiContext';
import { SaveStatus, useSaveStatus } from '../common/SaveStatus';

export function LeaveTypesEditor({ types, onSaved }: { types: LeaveType[]; onSaved: (types: LeaveType[]) => void }) {
  const api = useApi();
  const [list, setList] = useState(() => types.map((t) => ({ id: t.id as number | null, name: t.name })));
  const status = useSaveStatus();
  const move = (i: number, step: number) =>
    setList((l) => {
      const j = i + step;
      if (j < 0 || j >= l.length) return l;
      const next = [...l];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  const save = async () => {
    status.saving();
    const result = await api['attendance.saveLeaveTypes']({ types: list });
    if (!result.ok) return status.failed(result.error.message);
    setList(result.value.map((t) => ({ id: t.id, name: t.name })));
    status.saved();
    onSaved(result.value);
  };
  return (
    <div className="bd-leave-types">
      <ol>
        {list.map((t, i) => (
          <li key={`${t.id ?? 'new'}-${i}`}>
            <input
              aria-label={`请假类型${i + 1}`}
              value={t.name}
              onChange={(e) => setList((l) => l.map((x, k) => (k === i ? { ...x, name: e.target.value } : x)))}
            />
            <button type="button" onClick={() => move(i, -1)}>
              上移
            </button>
            <button type="button" onClick={() => move(i, 1)}>
              下移
            </button>
            <button type="button" onClick={() => setList((l) => l.filter((_, k) => k !== i))}>
              删除
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setList((l) => [...l, { id: null, name: '' }])}>
        添加类型
      </button>
      <button type="button" onClick={() => void save()}>
        保存类型
      </button>
      <SaveStatus state={status.state} />
    </div>
  );
}
