/**
 * 考勤 and 进大厅 inside the open issue: the side panel a generated section (or a 本期待办 line)
 * opens, with the same keyboard grids as the 考勤与进大厅 workbench and the confirmation that the
 * issue has none (本期无请假记录 / 本期无人进大厅, migration 010). Saving marks the issue's records
 * changed, so its generated sections re-render in place while the panel stays open.
 */
import { useEffect, useState } from 'react';
import type { RecordsState } from '../../../shared/checklist/types';
import type { AttendanceEntryView, LeaveType, Visit } from '../../../shared/attendance/types';
import type { GeneratedKind } from '../../../shared/document/types';
import type { IssueSummary } from '../../../shared/issues/types';
import type { Department, Person } from '../../../shared/roster/types';
import { useApi } from '../api/ApiContext';
import { SaveStatus, useSaveStatus } from '../common/SaveStatus';
import './attendance.css';
import { EntryGrid } from './EntryGrid';
import { markRecordsChanged } from './recordsChanged';
import { VisitsEditor } from './VisitsEditor';

const TITLES: Record<GeneratedKind, string> = { attendance: '考勤记录', leaderVisits: '厅（局）长进大厅' };
const NONE_LABELS: Record<GeneratedKind, string> = { attendance: '本期无请假记录', leaderVisits: '本期无人进大厅' };

interface Loaded {
  people: Person[];
  departments: Department[];
  leaveTypes: LeaveType[];
  entries: AttendanceEntryView[];
  visits: Visit[];
  confirmed: Record<GeneratedKind, boolean>;
}

export interface IssueRecordsPanelProps {
  issue: IssueSummary;
  kind: GeneratedKind;
  onKind: (kind: GeneratedKind) => void;
  onClose: () => void;
}

export function IssueRecordsPanel({ issue, kind, onKind, onClose }: IssueRecordsPanelProps) {
  const api = useApi();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirmStatus = useSaveStatus();

  useEffect(() => {
    let live = true;
    void (async () => {
      const [p, d, t, e, v, f] = await Promise.all([
        api['roster.listPeople']({ includeInactive: true }),
        api['roster.listDepartments']({}),
        api['attendance.listLeaveTypes']({}),
        api['attendance.listEntries']({ issueId: issue.id }),
        api['attendance.listVisits']({ issueId: issue.id }),
        api['issues.todoFacts']({ issueId: issue.id }),
      ]);
      if (!live) return;
      for (const r of [p, d, t, e, v, f]) if (!r.ok) return setError(r.error.message);
      if (!p.ok || !d.ok || !t.ok || !e.ok || !v.ok || !f.ok) return;
      setData({
        people: p.value,
        departments: d.value,
        leaveTypes: t.value,
        entries: e.value,
        visits: v.value,
        confirmed: { attendance: f.value.attendance.confirmedNone, leaderVisits: f.value.visits.confirmedNone },
      });
    })();
    return () => {
      live = false;
    };
  }, [api, issue.id]);

  const confirm = async (confirmed: boolean) => {
    confirmStatus.saving();
    const result = await api['records.confirmNone']({ issueId: issue.id, kind, confirmed });
    if (!result.ok) return confirmStatus.failed(result.error.message);
    const state: RecordsState = result.value;
    setData((d) => (d ? { ...d, confirmed: { ...d.confirmed, [kind]: state.confirmedNone } } : d));
    confirmStatus.saved();
    markRecordsChanged(issue.id);
  };

  const count = data ? (kind === 'attendance' ? data.entries.length : data.visits.length) : 0;
  return (
    <aside className="bd-records-panel" aria-label="本期考勤与进大厅" data-testid="records-panel">
      <div className="bd-records-head">
        <div role="tablist">
          {(['attendance', 'leaderVisits'] as const).map((k) => (
            <button key={k} type="button" role="tab" aria-selected={k === kind} onClick={() => onKind(k)}>
              {TITLES[k]}
            </button>
          ))}
        </div>
        <button type="button" data-testid="records-panel-close" onClick={onClose}>
          关闭
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {data && (
        <>
          <label className="bd-records-none">
            <input
              type="checkbox"
              data-testid={`confirm-none-${kind}`}
              checked={data.confirmed[kind]}
              disabled={count > 0}
              onChange={(e) => void confirm(e.target.checked)}
            />
            {NONE_LABELS[kind]}
            {count > 0 && '（已有记录）'}
            <SaveStatus state={confirmStatus.state} testId="confirm-none-status" />
          </label>
          {kind === 'attendance' ? (
            <EntryGrid
              key={`a${issue.id}`}
              issue={issue}
              entries={data.entries}
              people={data.people}
              departments={data.departments}
              leaveTypes={data.leaveTypes}
              autoFocus
              onSaved={(entries) => setData((d) => (d ? { ...d, entries } : d))}
            />
          ) : (
            <VisitsEditor
              key={`v${issue.id}`}
              issue={issue}
              visits={data.visits}
              people={data.people}
              departments={data.departments}
              autoFocus
              onSaved={(visits) => setData((d) => (d ? { ...d, visits } : d))}
            />
          )}
        </>
      )}
    </aside>
  );
}
