/**
 * The issues of the chosen series, newest first: 期号 line, issue date, period, a 定稿 mark on the
 * finalized ones; open or delete (a finalized issue must be reopened before it can be deleted).
 */
import { formatChineseDate, formatPeriod } from '../../../shared/issues/dates';
import { formatIssueNumberLine } from '../../../shared/issues/proposal';
import type { IssueSummary, Series } from '../../../shared/issues/types';
import '../issues/finalize.css';
import { newestFirst } from './issueOrder';

export interface IssueListProps {
  series: Series;
  issues: readonly IssueSummary[];
  openIssueId: number | null;
  onOpen: (issue: IssueSummary) => void;
  onDelete: (issue: IssueSummary) => void;
}

export function IssueList({ series, issues, openIssueId, onOpen, onDelete }: IssueListProps) {
  if (issues.length === 0) return <p className="bd-empty">本系列还没有简报，点击“新建一期”开始。</p>;
  return (
    <ul className="bd-issue-list" data-testid="issue-list" aria-label={`${series.title}各期`}>
      {newestFirst(issues).map((issue) => {
        const numberLine = formatIssueNumberLine(issue, series.hasTotal);
        const current = issue.id === openIssueId;
        const final = issue.status === 'final';
        return (
          <li key={issue.id} className="bd-issue-row" data-testid="issue-row" data-issue-id={issue.id}>
            <button type="button" className="bd-issue-open" aria-current={current ? 'page' : undefined} onClick={() => onOpen(issue)}>
              <span className="bd-issue-number">{numberLine}</span>
              <span className="bd-issue-date">{formatChineseDate(issue.issueDate)}</span>
              {issue.periodStart && issue.periodEnd && (
                <span className="bd-issue-period">{formatPeriod(issue.periodStart, issue.periodEnd)}</span>
              )}
              {final && (
                <span className="bd-final-badge" data-testid="issue-final-badge" title="本期已定稿">
                  定稿
                </span>
              )}
            </button>
            <button
              type="button"
              className="bd-issue-delete bd-link"
              aria-label={`删除 ${numberLine}`}
              title={final ? '本期已定稿，如需删除请先重新打开' : '移入回收站'}
              disabled={final}
              onClick={() => onDelete(issue)}
            >
              删除
            </button>
          </li>
        );
      })}
    </ul>
  );
}
