/**
 * An issue as plain text — the first of the export serializers (DOCX and print sit beside it). Pure:
 * it takes the series and the issue and returns lines, so it is tested without a database.
 */
import { blocksToPlainText } from '../../shared/document/plainText';
import { formatChineseDate } from '../../shared/issues/dates';
import { formatIssueNumberLine } from '../../shared/issues/proposal';
import type { Issue, Series } from '../../shared/issues/types';
import { printedPeriodLine } from '../../shared/layout/issueView';

/** Between the issuer (left on the masthead) and the issue date (right). */
export const ISSUER_DATE_SEPARATOR = '    ';

export function issueToPlainTextLines(series: Series, issue: Issue): string[] {
  const lines = [
    series.title,
    formatIssueNumberLine(issue, series.hasTotal),
    `${series.issuer}${ISSUER_DATE_SEPARATOR}${formatChineseDate(issue.issueDate)}`,
  ];
  if (issue.partTitle) lines.push(issue.partTitle);
  const period = printedPeriodLine(series, issue);
  if (period !== null) lines.push(period);
  lines.push('', ...blocksToPlainText(issue.document.blocks));
  return lines;
}

/** The lines joined by `\n`, without a final newline (a file writer adds one). */
export function issueToPlainText(series: Series, issue: Issue): string {
  return issueToPlainTextLines(series, issue).join('\n');
}
