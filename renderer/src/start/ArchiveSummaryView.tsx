/**
 * What BriefDesk learned from the archive (after 从往期导入): per series its last 期号 and 总期号, the
 * year's figures per metric as the last issue printed them, and what 新建一期 will propose; the
 * departments and people found in 考勤情况 and 厅（局）长进大厅 (confirmed into the roster here);
 * and the files that could not be read.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatPeriod } from '../../../shared/issues/dates';
import { formatIssueNumberLine } from '../../../shared/issues/proposal';
import type { RosterProposal } from '../../../shared/roster/types';
import { clockBehindNotice, newYearNotice, type ArchiveSummary, type SeriesStanding } from '../../../shared/start/summary';
import { useApi } from '../api/ApiContext';
import type { FolderImportReport } from './importFolder';

function SeriesCard({ s, onManual }: { s: SeriesStanding; onManual: ((seriesId: number) => void) | undefined }) {
  const last = s.last ?? (s.start && { ...s.start, periodStart: null });
  const newYear = newYearNotice(s);
  const clockBehind = clockBehindNotice(s);
  return (
    <li className="bd-start-series" data-testid={`summary-series-${s.seriesId}`}>
      <h3>{s.title}</h3>
      <p data-testid="summary-last">
        {last ? `最后一期：${formatIssueNumberLine(last, s.hasTotal)}，印发日期 ${last.issueDate}` : '尚无往期'}
        {s.issueCount > 0 ? `（已导入 ${s.issueCount} 期）` : ''}
      </p>
      {s.groups.map((g) => (
        <div key={g.groupId} data-testid="summary-group">
          <p>
            {g.groupName}（{g.source}印发的今年以来数字）：
            {g.figures.map((f) => `${f.category}${f.label}${f.total ?? '（未填）'}${f.total === null ? '' : f.unit}`).join('，')}
          </p>
          {g.errors.map((e) => (
            <p key={e} className="bd-form-error">
              {e}
            </p>
          ))}
        </div>
      ))}
      <p data-testid="summary-next">
        新建一期将建议：{formatIssueNumberLine(s.next, s.hasTotal)}
        {s.next.periodStart && s.next.periodEnd ? ` ${formatPeriod(s.next.periodStart, s.next.periodEnd)}` : ''}
      </p>
      {clockBehind && (
        <p className="bd-form-error" data-testid="summary-clock-behind">
          {clockBehind}
        </p>
      )}
      {newYear && (
        <div className="bd-start-new-year" data-testid="summary-new-year">
          <p>{newYear}</p>
          {onManual && (
            <button type="button" data-testid="summary-set-start" onClick={() => onManual(s.seriesId)}>
              手动设定起点
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function RosterFound({ proposal, onApplied }: { proposal: RosterProposal; onApplied: (message: string) => void }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const pending = proposal.people.filter((p) => p.status !== 'known');
  const apply = async () => {
    const result = await api['roster.applyFromIssues']({
      people: pending.map((p) => ({ department: p.department, name: p.name, title: p.title })),
    });
    if (!result.ok) setError(result.error.message);
    else {
      const r = result.value;
      onApplied(`名册已补充：新建部门 ${r.newDepartments} 个，新增人员 ${r.newPeople} 人，更新职务 ${r.updatedTitles} 人。`);
    }
  };
  if (proposal.people.length === 0) return <p>往期的考勤情况和厅（局）长进大厅中没有找到人员。</p>;
  return (
    <div data-testid="summary-roster">
      <p>
        考勤情况与厅（局）长进大厅中找到 {proposal.people.length} 人
        {proposal.newDepartments.length > 0 ? `，新部门：${proposal.newDepartments.join('、')}` : ''}。
      </p>
      <ul className="bd-start-people">
        {proposal.people.map((p) => (
          <li key={`${p.department}-${p.name}`}>
            {p.department} {p.name}
            {p.title ? `（${p.title}）` : ''}
            {p.status === 'newPerson'
              ? ' · 新增'
              : p.status === 'newTitle'
                ? ` · 职务 ${p.previousTitle || '（无）'} → ${p.title}`
                : ' · 已在名册'}
          </li>
        ))}
      </ul>
      {proposal.unread.length > 0 && <p className="bd-hint">未能识别：{proposal.unread.map((u) => `${u.source}“${u.text}”`).join('；')}</p>}
      {pending.length > 0 && (
        <button type="button" data-testid="summary-roster-apply" onClick={() => void apply()}>
          补充到名册（{pending.length} 人）
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

export interface ArchiveSummaryViewProps {
  report: FolderImportReport | null;
  onConfirm: (seriesId: number | null) => void;
  /** The clerk chooses to set a series' starting point instead (the archive stops in an earlier year). */
  onManual?: (seriesId: number) => void;
}

export function ArchiveSummaryView({ report, onConfirm, onManual }: ArchiveSummaryViewProps) {
  const api = useApi();
  const [summary, setSummary] = useState<ArchiveSummary | null>(null);
  const [proposal, setProposal] = useState<RosterProposal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Set in `.then`, not after `await`: the hooks lint takes the latter for a setState in the effect (react#34905).
  const load = useCallback(
    () =>
      Promise.all([api['start.summary']({}), api['roster.proposeFromIssues']({})]).then(([s, r]) => {
        if (s.ok) setSummary(s.value);
        else setError(s.error.message);
        if (r.ok) setProposal(r.value);
        else setError(r.error.message);
      }),
    [api],
  );
  // Loaded once per summary (the api does not change): the clerk's roster confirmation reloads it explicitly.
  useEffect(() => {
    void load();
  }, [load]);

  const withIssues = summary?.series.filter((s) => s.issueCount > 0 || s.start) ?? [];
  const main = [...withIssues].sort((a, b) => b.issueCount - a.issueCount)[0];
  return (
    <div className="bd-start-summary" data-testid="archive-summary">
      <h2>从往期中了解到的情况</h2>
      {report && (
        <p data-testid="summary-imported">
          已导入 {report.imported.length} 个文件{report.pending.length > 0 ? `，${report.pending.length} 个待补填` : ''}
          {report.failed.length > 0 ? `，${report.failed.length} 个未能导入` : ''}。
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <ul>
        {withIssues.map((s) => (
          <SeriesCard key={s.seriesId} s={s} onManual={onManual} />
        ))}
      </ul>
      <h3>人员名册</h3>
      {proposal && (
        <RosterFound
          proposal={proposal}
          onApplied={(message) => {
            setNotice(message);
            void load();
          }}
        />
      )}
      {notice && <p role="status">{notice}</p>}
      {report && report.failed.length > 0 && (
        <>
          <h3>未能导入的文件</h3>
          <ul data-testid="summary-failed">
            {report.failed.map((f) => (
              <li key={f.name}>
                {f.name}：{f.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report && report.warnings.length > 0 && (
        <details>
          <summary>导入提示（{report.warnings.length} 条）</summary>
          <ul>
            {report.warnings.map((w, i) => (
              <li key={i}>
                {w.name}：{w.warning}
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="bd-primary" data-testid="summary-confirm" onClick={() => onConfirm(main?.seriesId ?? null)}>
        确认，新建一期
      </button>
    </div>
  );
}
