/**
 * An issue as plain text — the first of the export serializers (DOCX and print sit beside it). Pure:
 * it takes the series and the issue and returns lines, so it is tested without a database.
 */
import { blocksToPlainText } from '../../shared/document/plainText';
import { formatChineseDate } from '../../shared/issues/dates';
import { formatIssueNumberLine } from '../../shared/issues/proposal';
import type { Issue, Series } from '../../shared/issues/types';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { CONTENTS_OFF, type ContentsSetting } from '../../shared/layout/contents';
import {
  formatCopies,
  printedPeriodLine,
  toPrintableClosing,
  toPrintableIssue,
  type PrintableClosing,
} from '../../shared/layout/issueView';

/** The box's title line (the layout spec's default; plain text has no series layout to read). */
const CONTENTS_TITLE = DEFAULT_LAYOUT.contents.title;

/** Between the issuer (left on the masthead) and the issue date (right). */
export const ISSUER_DATE_SEPARATOR = '    ';

/**
 * `closingOverride` is the issue's own 报尾 (null: the series' default), as for the print job: the text
 * ends with the same 报/送/发 lines and `（共印N份）` the DOCX and the PDF print, after an empty line.
 * With 本期要目 on (`contents`), its title and lines follow the masthead, as printed, after an empty line.
 */
export function issueToPlainTextLines(
  series: Series,
  issue: Issue,
  closingOverride: PrintableClosing | null = null,
  contents: ContentsSetting = CONTENTS_OFF,
): string[] {
  const lines = [
    series.title,
    formatIssueNumberLine(issue, series.hasTotal),
    `${series.issuer}${ISSUER_DATE_SEPARATOR}${formatChineseDate(issue.issueDate)}`,
  ];
  if (issue.partTitle) lines.push(issue.partTitle);
  const period = printedPeriodLine(series, issue);
  if (period !== null) lines.push(period);
  // The lines as printed: the same printable view (numbers, normalised text) the DOCX draws them from.
  const box = contents.enabled ? toPrintableIssue(series, issue, null, contents).contents : null;
  if (box) lines.push('', CONTENTS_TITLE, ...box.lines.map((line) => (line.level === 2 ? `  ${line.text}` : line.text)));
  lines.push('', ...blocksToPlainText(issue.document.blocks));
  const closing = toPrintableClosing(closingOverride ?? series.closing);
  if (closing) {
    lines.push('', ...closing.lines.map((line) => `${line.label}：${line.text}`));
    if (closing.copies !== null) lines.push(formatCopies(closing.copies));
  }
  return lines;
}

/** The lines joined by `\n`, without a final newline (a file writer adds one). */
export function issueToPlainText(
  series: Series,
  issue: Issue,
  closingOverride: PrintableClosing | null = null,
  contents: ContentsSetting = CONTENTS_OFF,
): string {
  return issueToPlainTextLines(series, issue, closingOverride, contents).join('\n');
}
