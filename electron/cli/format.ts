/** What the command line prints: human lines in Chinese, and the JSON shape of `list --json`. */
import type { Issue, IssueSummary, Series } from '../../shared/issues/types';
import { formatChineseDate, formatPeriod } from '../../shared/issues/dates';
import { formatIssueNumberLine } from '../../shared/issues/proposal';

export interface ListedIssue {
  id: number;
  seriesTitle: string;
  /** `2024年第12期（总第460期）` */
  numberLine: string;
  year: number;
  number: number;
  totalNumber: number | null;
  issueDate: string;
  periodStart: string | null;
  periodEnd: string | null;
  /** `（3月25日—3月29日）`, or null without a period. */
  period: string | null;
}

export interface ListedSeries extends Series {
  issues: ListedIssue[];
}

export function periodText(issue: Pick<IssueSummary, 'periodStart' | 'periodEnd'>): string | null {
  return issue.periodStart !== null && issue.periodEnd !== null ? formatPeriod(issue.periodStart, issue.periodEnd) : null;
}

export function listedIssue(series: Series, issue: IssueSummary): ListedIssue {
  return {
    id: issue.id,
    seriesTitle: series.title,
    numberLine: formatIssueNumberLine(issue, series.hasTotal),
    year: issue.year,
    number: issue.number,
    totalNumber: issue.totalNumber,
    issueDate: issue.issueDate,
    periodStart: issue.periodStart,
    periodEnd: issue.periodEnd,
    period: periodText(issue),
  };
}

export function formatList(list: readonly ListedSeries[]): string[] {
  if (list.length === 0) return ['数据库中还没有简报系列。'];
  const lines: string[] = [];
  for (const series of list) {
    lines.push(`${series.title}（系列编号 ${series.id}，共 ${series.issues.length} 期）`);
    if (series.issues.length === 0) lines.push('  （暂无简报）');
    for (const issue of series.issues) {
      const parts = [`编号 ${issue.id}`, issue.numberLine, formatChineseDate(issue.issueDate)];
      if (issue.period) parts.push(issue.period);
      lines.push(`  ${parts.join('  ')}`);
    }
  }
  return lines;
}

export function formatShow(series: Series, issue: Issue, text: string): string[] {
  const lines = [
    `编号：${issue.id}`,
    `系列：${series.title}`,
    `期号：${formatIssueNumberLine(issue, series.hasTotal)}`,
    `印发日期：${formatChineseDate(issue.issueDate)}`,
  ];
  const period = periodText(issue);
  if (period) lines.push(`时段：${period}`);
  if (issue.partTitle) lines.push(`分标题：${issue.partTitle}`);
  lines.push(`修订次数：${issue.revision}`, `最后修改：${issue.updatedAt}`);
  if (issue.deletedAt !== null) lines.push(`状态：在回收站中（删除于 ${issue.deletedAt}）`);
  lines.push('', '——— 正文 ———', text);
  return lines;
}
