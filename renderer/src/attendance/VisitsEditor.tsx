/**
 * Leader visits of an issue (厅（局）长进大厅): one row per visit, made for the keyboard like the
 * attendance grid. 姓名 finds the person in the roster (characters or pinyin initials) and fills 职务
 * and 部门; a name not in the roster is kept as typed. Enter moves to the next cell (its text
 * selected, so a typed date replaces the pre-filled one); Enter on 活动 saves and opens a new row.
 * The sentence the section will print is previewed live from the rows as typed.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { DEFAULT_ATTENDANCE_SETTINGS, type Visit, type VisitInput } from '../../../shared/attendance/types';
import { visitLinesFor } from '../../../shared/attendance/visitsText';
import type { IssueSummary } from '../../../shared/issues/types';
import { searchPeople } from '../../../shared/roster/search';
import type { Department, Person } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import { SaveStatus, useSaveStatus } from '../common/SaveStatus';
import { completeDate } from './dateInput';
import { PickerCell } from './PickerCell';
import { markRecordsChanged } from './recordsChanged';
import { useOneSaveAtATime } from '../common/useOneSaveAtATime';
import { refusalForGrid } from './refusalText';

interface VisitRow extends VisitInput {
  key: number;
}

const FIELDS = ['name', 'title', 'department', 'date', 'kind'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_NAMES: Record<Field, string> = { name: '姓名', title: '职务', department: '部门', date: '日期', kind: '活动' };

let nextKey = 1;
const blank = (date: string): VisitRow => ({ key: nextKey++, personId: null, name: '', title: '', department: '', date, kind: '调研值守' });
const isBlank = (r: VisitRow) => r.name.trim() === '';

export interface VisitsEditorProps {
  issue: IssueSummary;
  visits: Visit[];
  people: Person[];
  departments: Department[];
  onSaved?: (visits: Visit[]) => void;
  /** Put the caret into the empty row's 姓名 at once (the side panel opened to enter rows). */
  autoFocus?: boolean;
}

export function VisitsEditor({ issue, visits, people, departments, onSaved, autoFocus = false }: VisitsEditorProps) {
  const api = useApi();
  const [rows, setRows] = useState<VisitRow[]>(() => [...visits.map((v) => ({ ...v, key: nextKey++ })), blank(issue.periodStart ?? '')]);
  const [problems, setProblems] = useState<string | null>(null);
  const [none, setNone] = useState(DEFAULT_ATTENDANCE_SETTINGS.visitsNone);
  const status = useSaveStatus();
  const cells = useRef(new Map<string, HTMLInputElement>());
  // The row whose 姓名 was just picked from the roster (its state updates after the key's event).
  const picked = useRef<number | null>(null);
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const update = (key: number, patch: Partial<VisitRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  useEffect(() => {
    void api['attendance.getSettings']({}).then((r) => {
      if (r.ok) setNone(r.value.visitsNone);
    });
  }, [api]);

  const focus = (key: number, field: Field) => {
    const cell = cells.current.get(`${key}:${field}`);
    cell?.focus();
    cell?.select();
  };
  const ref = (row: VisitRow, field: Field) => (el: HTMLInputElement | null) => {
    if (el) cells.current.set(`${row.key}:${field}`, el);
    else cells.current.delete(`${row.key}:${field}`);
  };

  // Once, when the editor opens: its last row as it is then.
  const focusLastRow = useEffectEvent(() => {
    if (autoFocus) focus(rows[rows.length - 1]!.key, 'name');
  });
  useEffect(() => {
    focusLastRow();
  }, []);

  const oneAtATime = useOneSaveAtATime();
  const save = (current: VisitRow[]) => oneAtATime(() => saveNow(current));
  const saveNow = async (current: VisitRow[]) => {
    const list: { row: VisitRow; n: number }[] = [];
    const bad: string[] = [];
    current.forEach((row, i) => {
      if (isBlank(row)) return;
      if (completeDate(row.date, issue.periodStart) === null) {
        bad.push(`第${i + 1}行日期：“${row.date}”不是有效日期（可写 25、11-25 或 2026-11-25）`);
      }
      list.push({ row, n: i + 1 });
    });
    if (bad.length > 0) {
      setProblems(bad.join('\n'));
      status.failed('见下方说明');
      return;
    }
    status.saving();
    const result = await api['attendance.saveVisits']({
      issueId: issue.id,
      visits: list.map(({ row: { personId, name, title, department, date, kind } }) => ({
        personId,
        name,
        title,
        department,
        date: completeDate(date, issue.periodStart)!,
        kind,
      })),
    });
    if (!result.ok) {
      setProblems(
        refusalForGrid(
          result.error.message,
          'visits',
          list.map((x) => x.n),
          FIELD_NAMES,
        ),
      );
      status.failed('见下方说明');
      return;
    }
    setProblems(null);
    // The saved rows show their dates as stored; a row being typed meanwhile stays as it is.
    const saved = new Set(list.map((x) => x.row.key));
    setRows((rs) => rs.map((r) => (saved.has(r.key) ? { ...r, date: completeDate(r.date, issue.periodStart) ?? r.date } : r)));
    status.saved(`${result.value.length} 条`);
    markRecordsChanged(issue.id);
    onSaved?.(result.value);
  };

  const finishRow = (row: VisitRow) => {
    const last = rows[rows.length - 1]!;
    let next = rows;
    let target = last.key;
    if (last.key === row.key || !isBlank(last)) {
      const fresh = blank(issue.periodStart ?? '');
      next = [...rows, fresh];
      target = fresh.key;
      flushSync(() => setRows(next));
    }
    focus(target, 'name');
    void save(next);
  };

  const advance = (row: VisitRow, field: Field) => {
    const i = FIELDS.indexOf(field);
    if (i < FIELDS.length - 1) focus(row.key, FIELDS[i + 1]!);
    else finishRow(row);
  };

  const draft = rows.filter((r) => !isBlank(r)).map((r) => ({ ...r, date: completeDate(r.date, issue.periodStart) ?? r.date }));
  const sentence = visitLinesFor(draft, issue.periodStart, issue.periodEnd, none);

  return (
    <div className="bd-visits">
      <table>
        <thead>
          <tr>
            <th>序号</th>
            {FIELDS.map((f) => (
              <th key={f}>{FIELD_NAMES[f]}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key} data-testid={`visit-row-${i + 1}`}>
              <td>{i + 1}</td>
              <td>
                <PickerCell
                  inputRef={ref(row, 'name')}
                  label={`第${i + 1}行姓名`}
                  testId={`visit-${i + 1}-name`}
                  text={row.name}
                  selectedId={row.personId}
                  options={(q) =>
                    searchPeople(
                      people.filter((p) => p.active),
                      departments,
                      q,
                      8,
                    ).map((p) => ({
                      id: p.id,
                      label: `${deptName.get(p.departmentId) ?? ''}${p.name}`,
                    }))
                  }
                  onText={(name) => {
                    picked.current = null;
                    update(row.key, { name, personId: null });
                  }}
                  onPick={(o) => {
                    const p = people.find((x) => x.id === o.id);
                    if (!p) return;
                    picked.current = row.key;
                    update(row.key, { personId: p.id, name: p.name, title: p.title, department: deptName.get(p.departmentId) ?? '' });
                  }}
                  // A picked person brings 职务 and 部门: go straight on to the date.
                  onAdvance={() => (row.personId !== null || picked.current === row.key ? focus(row.key, 'date') : advance(row, 'name'))}
                />
              </td>
              {(['title', 'department', 'date', 'kind'] as const).map((field) => (
                <td key={field}>
                  <input
                    ref={ref(row, field)}
                    aria-label={`第${i + 1}行${FIELD_NAMES[field]}`}
                    data-testid={`visit-${i + 1}-${field}`}
                    value={row[field]}
                    onChange={(e) => update(row.key, { [field]: e.target.value })}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
                      event.preventDefault();
                      advance(row, field);
                    }}
                  />
                </td>
              ))}
              <td>
                <button type="button" aria-label={`删除第${i + 1}行`} onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>
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
      <button type="button" data-testid="save-visits" onClick={() => void save(rows)}>
        保存进大厅记录
      </button>
      <SaveStatus state={status.state} testId="visits-status" />
      {problems && (
        <p className="bd-attendance-problems" role="alert">
          {problems}
        </p>
      )}
      <h3>厅（局）长进大厅（将生成的文字）</h3>
      <div data-testid="visits-preview">
        {sentence.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </div>
  );
}
