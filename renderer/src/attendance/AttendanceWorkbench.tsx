/**
 * 考勤与进大厅: the records behind the generated sections of one issue of the chosen series —
 * attendance entries (the keyboard grid), leader visits — and the lists they use (leave types,
 * holiday calendar, settings). Saving marks the issue's generated blocks for re-rendering.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AttendanceEntryView, LeaveType, Visit } from '../../../shared/attendance/types';
import type { IssueSummary } from '../../../shared/issues/types';
import type { Department, Person } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import type { ToolProps } from '../app/tools';
import './attendance.css';
import { CalendarEditor } from './CalendarEditor';
import { EntryGrid } from './EntryGrid';
import { LeaveTypesEditor } from './LeaveTypesEditor';
import { SettingsForm } from './SettingsForm';
import { VisitsEditor } from './VisitsEditor';

type Tab = 'entries' | 'visits' | 'types' | 'calendar' | 'settings';
const TABS: [Tab, string][] = [
  ['entries', '考勤记录'],
  ['visits', '厅（局）长进大厅'],
  ['types', '请假类型'],
  ['calendar', '节假日'],
  ['settings', '设置'],
];

interface IssueData {
  entries: AttendanceEntryView[];
  visits: Visit[];
}

const issueLabel = (i: IssueSummary) => `${i.year}年第${i.number}期${i.periodStart ? `（${i.periodStart}—${i.periodEnd}）` : ''}`;

export function AttendanceWorkbench({ series, openIssue }: Pick<ToolProps, 'series' | 'openIssue'>) {
  const api = useApi();
  const [issues, setIssues] = useState<IssueSummary[]>([]);
  const [issueId, setIssueId] = useState<number | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [leaveTypes, setLeaveTypes] = useState<LeaveType[]>([]);
  // Kept with the issue they were read for: another chosen issue shows no grid until its own are read.
  const [loaded, setLoaded] = useState<(IssueData & { issueId: number }) | null>(null);
  const data = loaded?.issueId === issueId ? loaded : null;
  const [tab, setTab] = useState<Tab>('entries');
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string[]>([]);

  useEffect(() => {
    void (async () => {
      const [p, d, t] = await Promise.all([
        api['roster.listPeople']({ includeInactive: true }),
        api['roster.listDepartments']({}),
        api['attendance.listLeaveTypes']({}),
      ]);
      if (!p.ok) return setError(p.error.message);
      if (!d.ok) return setError(d.error.message);
      if (!t.ok) return setError(t.error.message);
      setPeople(p.value);
      setDepartments(d.value);
      setLeaveTypes(t.value);
    })();
  }, [api]);

  useEffect(() => {
    if (!series) return;
    void api['issues.list']({ seriesId: series.id }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setIssues(r.value);
      setIssueId((current) => current ?? r.value[0]?.id ?? null);
    });
  }, [api, series]);

  const refreshPreview = useCallback(
    async (id: number) => {
      const r = await api['generated.render']({ issueId: id, kind: 'attendance' });
      setPreview(r.ok ? r.value : [r.error.message]);
    },
    [api],
  );

  useEffect(() => {
    if (issueId === null) return;
    let live = true;
    void (async () => {
      const [e, v] = await Promise.all([api['attendance.listEntries']({ issueId }), api['attendance.listVisits']({ issueId })]);
      // Another issue chosen meanwhile (or the workbench closed): its own read follows.
      if (!live) return;
      if (!e.ok) return setError(e.error.message);
      if (!v.ok) return setError(v.error.message);
      setLoaded({ issueId, entries: e.value, visits: v.value });
      void refreshPreview(issueId);
    })();
    return () => {
      live = false;
    };
  }, [api, issueId, refreshPreview]);

  const issue = issues.find((i) => i.id === issueId) ?? null;

  return (
    <section className="bd-attendance" aria-label="考勤与进大厅" data-testid="attendance-workbench">
      <h2>考勤与进大厅</h2>
      {error && <p role="alert">{error}</p>}
      <label>
        简报
        <select aria-label="简报期次" value={issueId ?? ''} onChange={(e) => setIssueId(Number(e.target.value))}>
          {issues.map((i) => (
            <option key={i.id} value={i.id}>
              {issueLabel(i)}
            </option>
          ))}
        </select>
      </label>
      {issue && (
        <button type="button" onClick={() => openIssue(issue.id)}>
          打开本期
        </button>
      )}
      <div role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      {tab === 'entries' && issue && data && (
        <>
          <EntryGrid
            key={issue.id}
            issue={issue}
            entries={data.entries}
            people={people}
            departments={departments}
            leaveTypes={leaveTypes}
            onSaved={(entries) => {
              setLoaded((d) => (d ? { ...d, entries } : d));
              void refreshPreview(issue.id);
            }}
          />
          <h3>考勤情况（生成的文字）</h3>
          <div data-testid="attendance-preview">
            {preview.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        </>
      )}
      {tab === 'visits' && issue && data && (
        <VisitsEditor key={issue.id} issue={issue} visits={data.visits} people={people} departments={departments} />
      )}
      {tab === 'types' && leaveTypes.length > 0 && <LeaveTypesEditor types={leaveTypes} onSaved={setLeaveTypes} />}
      {tab === 'calendar' && <CalendarEditor initialYear={issue?.year ?? new Date().getFullYear()} />}
      {tab === 'settings' && <SettingsForm />}
    </section>
  );
}
