/**
 * The attendance grid of one issue, made for the keyboard: in 人员 type characters or pinyin
 * initials (ywh → 游文慧) and press Enter; in 类型 the same (ygwc → 因公外出); dates come filled with
 * the issue's period and take short forms (17, 6-17); Enter on 备注 saves and opens the next row.
 * The whole list is saved at once and refused as a whole, every bad row named.
 */
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { AttendanceEntryView, LeaveType } from '../../../shared/attendance/types';
import type { IssueSummary } from '../../../shared/issues/types';
import { matchPerson, searchPeople } from '../../../shared/roster/search';
import type { Department, Person } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import { COLUMNS, emptyRow, isBlank, rowFromEntry, toSubmission, type Column, type GridRow } from './gridModel';
import { PickerCell, type PickerOption } from './PickerCell';
import { markRecordsChanged } from './recordsChanged';

export interface EntryGridProps {
  issue: IssueSummary;
  entries: AttendanceEntryView[];
  people: Person[];
  departments: Department[];
  leaveTypes: LeaveType[];
  onSaved: (entries: AttendanceEntryView[]) => void;
}

const HEADERS: Record<Column, string> = { person: '人员', type: '类型', start: '开始', end: '结束', note: '备注' };

export function EntryGrid({ issue, entries, people, departments, leaveTypes, onSaved }: EntryGridProps) {
  const api = useApi();
  const [rows, setRows] = useState<GridRow[]>(() => [
    ...entries.map(rowFromEntry),
    emptyRow(issue.periodStart, issue.periodEnd),
  ]);
  const [problems, setProblems] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');
  const cells = useRef(new Map<string, HTMLInputElement>());
  const days = useMemo(() => new Map(entries.map((e) => [`${e.personId}/${e.leaveTypeId}/${e.start}/${e.end}`, e.days])), [entries]);
  const departmentName = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);
  const active = useMemo(() => people.filter((p) => p.active), [people]);

  const personOptions = (query: string): PickerOption[] =>
    searchPeople(active, departments, query, 8).map((p) => ({ id: p.id, label: `${departmentName.get(p.departmentId) ?? ''}${p.name}` }));
  const typeOptions = (query: string): PickerOption[] =>
    leaveTypes
      .map((t, index) => ({ t, index, match: matchPerson({ name: t.name }, undefined, query) }))
      .filter((x) => x.match !== null)
      .sort((a, b) => a.match!.rank - b.match!.rank || a.index - b.index)
      .map(({ t }) => ({ id: t.id, label: t.name }));

  const update = (key: number, patch: Partial<GridRow>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  // Synchronously, inside the key's own event: a fast typist's next keys must land in the new cell.
  const focus = (rowKey: number, column: Column) => cells.current.get(`${rowKey}:${column}`)?.focus();

  const save = async (current: GridRow[]): Promise<boolean> => {
    const submission = toSubmission(current, issue.periodStart);
    if (submission.problems.length > 0) {
      setProblems(submission.problems.join('\n'));
      return false;
    }
    setStatus('正在保存…');
    const result = await api['attendance.saveEntries']({ issueId: issue.id, entries: submission.entries });
    if (!result.ok) {
      setStatus('');
      setProblems(result.error.message);
      return false;
    }
    setProblems(null);
    setStatus(`已保存 ${result.value.length} 条`);
    markRecordsChanged(issue.id);
    onSaved(result.value);
    return true;
  };

  /** Enter on a row's last cell: save, then go on in a new empty row. */
  const finishRow = async (row: GridRow) => {
    const last = rows[rows.length - 1]!;
    let next = rows;
    let target = last.key;
    if (last.key === row.key || !isBlank(last)) {
      const fresh = emptyRow(issue.periodStart, issue.periodEnd);
      next = [...rows, fresh];
      target = fresh.key;
      // The new row's inputs must exist before the focus moves there.
      flushSync(() => setRows(next));
    }
    focus(target, 'person');
    await save(next);
  };

  const advance = (row: GridRow, column: Column) => {
    const i = COLUMNS.indexOf(column);
    if (i < COLUMNS.length - 1) focus(row.key, COLUMNS[i + 1]!);
    else void finishRow(row);
  };

  const remove = (key: number) => {
    const next = rows.filter((r) => r.key !== key);
    setRows(next.length > 0 ? next : [emptyRow(issue.periodStart, issue.periodEnd)]);
  };

  const ref = (row: GridRow, column: Column) => (el: HTMLInputElement | null) => {
    if (el) cells.current.set(`${row.key}:${column}`, el);
    else cells.current.delete(`${row.key}:${column}`);
  };

  const plain = (row: GridRow, column: 'start' | 'end' | 'note', n: number) => (
    <input
      ref={ref(row, column)}
      aria-label={`第${n}行${HEADERS[column]}`}
      data-testid={`cell-${n}-${column}`}
      value={row[column]}
      onChange={(event) => update(row.key, { [column]: event.target.value })}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
        event.preventDefault();
        advance(row, column);
      }}
    />
  );

  return (
    <div className="bd-entry-grid">
      <table>
        <thead>
          <tr>
            <th>序号</th>
            {COLUMNS.map((c) => (
              <th key={c}>{HEADERS[c]}</th>
            ))}
            <th>天数</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const n = i + 1;
            return (
              <tr key={row.key} data-testid={`entry-row-${n}`}>
                <td>{n}</td>
                <td>
                  <PickerCell
                    inputRef={ref(row, 'person')}
                    label={`第${n}行人员`}
                    testId={`cell-${n}-person`}
                    text={row.personText}
                    selectedId={row.personId}
                    options={personOptions}
                    onText={(text) => update(row.key, { personText: text, personId: null })}
                    onPick={(o) => update(row.key, { personId: o.id, personText: o.label })}
                    onAdvance={() => advance(row, 'person')}
                  />
                </td>
                <td>
                  <PickerCell
                    inputRef={ref(row, 'type')}
                    label={`第${n}行类型`}
                    testId={`cell-${n}-type`}
                    text={row.typeText}
                    selectedId={row.leaveTypeId}
                    options={typeOptions}
                    onText={(text) => update(row.key, { typeText: text, leaveTypeId: null })}
                    onPick={(o) => update(row.key, { leaveTypeId: o.id, typeText: o.label })}
                    onAdvance={() => advance(row, 'type')}
                  />
                </td>
                <td>{plain(row, 'start', n)}</td>
                <td>{plain(row, 'end', n)}</td>
                <td>{plain(row, 'note', n)}</td>
                <td data-testid={`days-${n}`}>{days.get(`${row.personId}/${row.leaveTypeId}/${row.start}/${row.end}`) ?? ''}</td>
                <td>
                  <button type="button" aria-label={`删除第${n}行`} onClick={() => remove(row.key)}>
                    删除
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="bd-entry-actions">
        <button type="button" onClick={() => void save(rows)}>
          保存考勤
        </button>
        <span role="status">{status}</span>
      </div>
      {problems && (
        <p className="bd-attendance-problems" role="alert">
          {problems}
        </p>
      )}
    </div>
  );
}
