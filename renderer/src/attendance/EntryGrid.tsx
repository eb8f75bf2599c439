/**
 * The attendance grid of one issue, made for the keyboard: in 人员 type characters or pinyin
 * initials (ywh → 游文慧) and press Enter; in 类型 the same (ygwc → 因公外出); dates come filled with
 * the issue's period and take short forms (17, 6-17); Enter on 备注 saves and opens the next row.
 * The whole list is saved at once and refused as a whole, every bad row named.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { AttendanceEntryView, LeaveType } from '../../../shared/attendance/types';
import type { IssueSummary } from '../../../shared/issues/types';
import { matchPerson, searchPeople } from '../../../shared/roster/search';
import type { Department, Person } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import { COLUMNS, emptyRow, isBlank, rowFromEntry, toSubmission, withCompletedDates, type Column, type GridRow } from './gridModel';
import { PickerCell, type PickerOption } from './PickerCell';
import { markRecordsChanged } from './recordsChanged';
import { refusalForGrid } from './refusalText';
import { SaveStatus, useSaveStatus } from '../common/SaveStatus';
import { useOneSaveAtATime } from '../common/useOneSaveAtATime';

export interface EntryGridProps {
  issue: IssueSummary;
  entries: AttendanceEntryView[];
  people: Person[];
  departments: Department[];
  leaveTypes: LeaveType[];
  onSaved: (entries: AttendanceEntryView[]) => void;
  /** Put the caret into the empty row's 人员 at once (the side panel opened to enter rows). */
  autoFocus?: boolean;
}

const HEADERS: Record<Column, string> = { person: '人员', type: '类型', start: '开始', end: '结束', note: '备注' };
/** Field names in messages, keyed as the contract names them. */
const FIELD_NAMES: Record<string, string> = { personId: '人员', leaveTypeId: '类型', start: '开始日期', end: '结束日期', note: '备注' };

export function EntryGrid({ issue, entries, people, departments, leaveTypes, onSaved, autoFocus = false }: EntryGridProps) {
  const api = useApi();
  const [rows, setRows] = useState<GridRow[]>(() => [...entries.map(rowFromEntry), emptyRow(issue.periodStart, issue.periodEnd)]);
  const [problems, setProblems] = useState<string | null>(null);
  const status = useSaveStatus();
  // What the service counted: the days shown beside each saved row.
  const [saved, setSaved] = useState(entries);
  const cells = useRef(new Map<string, HTMLInputElement>());
  const days = useMemo(() => new Map(saved.map((e) => [`${e.personId}/${e.leaveTypeId}/${e.start}/${e.end}`, e.days])), [saved]);
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
  // The cell's text is selected, as Tab does: typing 25 into a pre-filled date replaces it.
  const focus = (rowKey: number, column: Column) => {
    const cell = cells.current.get(`${rowKey}:${column}`);
    cell?.focus();
    cell?.select();
  };

  const oneAtATime = useOneSaveAtATime();
  const save = (current: GridRow[]) => oneAtATime(() => saveNow(current));
  const saveNow = async (current: GridRow[]): Promise<boolean> => {
    const submission = toSubmission(current, issue.periodStart);
    if (submission.problems.length > 0) {
      setProblems(submission.problems.join('\n'));
      return false;
    }
    status.saving();
    const result = await api['attendance.saveEntries']({ issueId: issue.id, entries: submission.entries });
    if (!result.ok) {
      status.failed('见下方说明');
      setProblems(refusalForGrid(result.error.message, 'entries', submission.rowNumbers, FIELD_NAMES));
      return false;
    }
    setProblems(null);
    status.saved(`${result.value.length} 条`);
    // The saved rows show the dates as stored (25 → 2026-11-25), so their days appear beside them at once.
    const submitted = new Set(submission.rowNumbers.map((n) => current[n - 1]!.key));
    setRows((rs) => rs.map((r) => (submitted.has(r.key) ? withCompletedDates([r], issue.periodStart)[0]! : r)));
    setSaved(result.value);
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

  // Once, when the grid opens: its last row as it is then.
  const focusLastRow = useEffectEvent(() => {
    if (autoFocus) focus(rows[rows.length - 1]!.key, 'person');
  });
  useEffect(() => {
    focusLastRow();
  }, []);

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
        <SaveStatus state={status.state} />
      </div>
      {problems && (
        <p className="bd-attendance-problems" role="alert">
          {problems}
        </p>
      )}
    </div>
  );
}
