/**
 * Leader visits of an issue (厅（局）长进大厅): one row per visit. 姓名 finds the person in the roster
 * (characters or pinyin initials) and fills 职务 and 部门; a name not in the roster is kept as typed.
 */
import { useState } from 'react';
import type { Visit, VisitInput } from '../../../shared/attendance/types';
import type { IssueSummary } from '../../../shared/issues/types';
import { searchPeople } from '../../../shared/roster/search';
import type { Department, Person } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import { completeDate } from './dateInput';
import { PickerCell } from './PickerCell';
import { markRecordsChanged } from './recordsChanged';

interface VisitRow extends VisitInput {
  key: number;
}

let nextKey = 1;
const blank = (date: string): VisitRow => ({ key: nextKey++, personId: null, name: '', title: '', department: '', date, kind: '调研值守' });

export function VisitsEditor({
  issue,
  visits,
  people,
  departments,
}: {
  issue: IssueSummary;
  visits: Visit[];
  people: Person[];
  departments: Department[];
}) {
  const api = useApi();
  const [rows, setRows] = useState<VisitRow[]>(() => visits.map((v) => ({ ...v, key: nextKey++ })));
  const [message, setMessage] = useState<string>('');
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const update = (key: number, patch: Partial<VisitRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    const list = rows.filter((r) => r.name.trim() !== '');
    const bad = list.findIndex((r) => completeDate(r.date, issue.periodStart) === null);
    if (bad >= 0) {
      setMessage(`第${bad + 1}行：日期“${list[bad]!.date}”无效`);
      return;
    }
    const result = await api['attendance.saveVisits']({
      issueId: issue.id,
      visits: list.map(({ personId, name, title, department, date, kind }) => ({
        personId,
        name,
        title,
        department,
        date: completeDate(date, issue.periodStart)!,
        kind,
      })),
    });
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    setRows(result.value.map((v) => ({ ...v, key: nextKey++ })));
    setMessage(`已保存 ${result.value.length} 条`);
    markRecordsChanged(issue.id);
  };

  return (
    <div className="bd-visits">
      <table>
        <thead>
          <tr>
            <th>姓名</th>
            <th>职务</th>
            <th>部门</th>
            <th>日期</th>
            <th>活动</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <td>
                <PickerCell
                  inputRef={null}
                  label={`第${i + 1}行姓名`}
                  testId={`visit-${i + 1}-name`}
                  text={row.name}
                  selectedId={row.personId}
                  options={(q) =>
                    searchPeople(people, departments, q, 8).map((p) => ({ id: p.id, label: `${deptName.get(p.departmentId) ?? ''}${p.name}` }))
                  }
                  onText={(name) => update(row.key, { name, personId: null })}
                  onPick={(o) => {
                    const p = people.find((x) => x.id === o.id);
                    if (p) update(row.key, { personId: p.id, name: p.name, title: p.title, department: deptName.get(p.departmentId) ?? '' });
                  }}
                  onAdvance={() => undefined}
                />
              </td>
              {(['title', 'department', 'date', 'kind'] as const).map((field) => (
                <td key={field}>
                  <input aria-label={`第${i + 1}行${field}`} value={row[field]} onChange={(e) => update(row.key, { [field]: e.target.value })} />
                </td>
              ))}
              <td>
                <button type="button" onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setRows((rs) => [...rs, blank(issue.periodStart ?? '')])}>
        添加一行
      </button>
      <button type="button" onClick={() => void save()}>
        保存进大厅记录
      </button>
      <span role="status">{message}</span>
    </div>
  );
}
