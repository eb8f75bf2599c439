/** The open issue's 期号 line and meta fields, editable, saved through issues.updateMeta. */
import { useMemo, useState } from 'react';
import { formatChineseDate, formatPeriod } from '../../../shared/issues/dates';
import { formatIssueNumberLine } from '../../../shared/issues/proposal';
import type { DateQuestionCode } from '../../../shared/issues/dateQuestions';
import type { Issue, IssueMeta, Series } from '../../../shared/issues/types';
import { useApi } from '../api/ApiContext';
import { IssueMetaForm } from './IssueMetaForm';

export interface IssueHeaderProps {
  issue: Issue;
  series: Series;
  onUpdated: (issue: Issue) => void;
  /** A finalized issue: the 期号 information is shown but cannot be changed. */
  readOnly?: boolean;
}

export function IssueHeader({ issue, series, onUpdated, readOnly = false }: IssueHeaderProps) {
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const meta = useMemo<IssueMeta>(
    () => ({
      year: issue.year,
      supplement: issue.supplement,
      number: issue.number,
      totalNumber: issue.totalNumber,
      issueDate: issue.issueDate,
      periodStart: issue.periodStart,
      periodEnd: issue.periodEnd,
      partTitle: issue.partTitle,
    }),
    [issue.year, issue.supplement, issue.number, issue.totalNumber, issue.issueDate, issue.periodStart, issue.periodEnd, issue.partTitle],
  );

  const save = async (next: IssueMeta, confirm: DateQuestionCode[]): Promise<string | null> => {
    const result = await api['issues.updateMeta']({ id: issue.id, meta: next, confirm });
    if (!result.ok) return result.error.message;
    onUpdated(result.value);
    setEditing(false);
    return null;
  };

  return (
    <header className="bd-issue-header">
      <div className="bd-masthead">
        <div className="bd-masthead-title">{series.title}</div>
        <div className="bd-masthead-number" data-testid="issue-number-line">
          {formatIssueNumberLine(meta, series.hasTotal)}
        </div>
        <div className="bd-masthead-line">
          <span>{series.issuer}</span>
          <span>{formatChineseDate(meta.issueDate)}</span>
        </div>
        {meta.partTitle && <div className="bd-part-title">{meta.partTitle}</div>}
        {meta.periodStart && meta.periodEnd && <div className="bd-period">{formatPeriod(meta.periodStart, meta.periodEnd)}</div>}
      </div>
      {!readOnly && (
        <button type="button" className="bd-link" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {editing ? '收起期号信息' : '修改期号信息'}
        </button>
      )}
      {editing && !readOnly && (
        <IssueMetaForm
          initial={meta}
          hasTotal={series.hasTotal}
          submitLabel="保存期号信息"
          busyLabel="正在保存…"
          onSubmit={save}
          formTestId="meta-form"
          submitTestId="save-meta"
          ariaLabel="期号信息"
        />
      )}
    </header>
  );
}
