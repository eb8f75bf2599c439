/**
 * The issue as it is printed, independent of the output format: masthead lines already formatted,
 * body blocks with their generated numbers, text normalised for print, the 报尾 lines. The DOCX and
 * print-HTML serializers both consume a PrintableIssue with a LayoutSpec and nothing else, so they
 * cannot disagree about what is printed — only about how. Each block type says what it prints in its
 * module (document/blocks/).
 */
import { moduleOf } from '../document/blocks/registry';
import { computeLabels } from '../document/numbering';
import type { NumberLevel } from '../document/types';
import { formatChineseDate, formatPeriod } from '../issues/dates';
import { formatIssueNumberLine } from '../issues/proposal';
import type { Issue, Series } from '../issues/types';
import { contentsFromBlocks, type ContentsSetting, type PrintableContents } from './contents';
import { normalizePrintText } from './printText';
import type { PrintTable } from './table';

export interface PrintRun {
  text: string;
  bold: boolean;
}

/** A picture as printed (issue 14): the serializers size it to whole grid lines (layout/picture.ts). */
export interface PrintPicture {
  /** The key of the stored image; the serializers get its bytes from a PictureSource. */
  pictureId: string;
  pixelWidth: number;
  pixelHeight: number;
  /** Share of the text width, 0 < share ≤ 1. */
  widthShare: number;
  /** The 图注 printed centred under it, normalised; null: none. */
  caption: string | null;
}

export interface PrintBlock {
  /**
   * 'heading': a numbered title on its own line in its level's face; 'paragraph': body face;
   * 'table': a table (statistics), in `table` — its runs are empty, its label and level null;
   * 'picture': a picture with its caption, in `picture` — runs empty, label and level null.
   */
  kind: 'heading' | 'paragraph' | 'table' | 'picture';
  /** The number level of a numbered block (heading or whole-paragraph item), else null. */
  level: NumberLevel | null;
  /** The generated number (`一、` `（一）` `1.` `（1）`), printed before the runs; null if unnumbered. */
  label: string | null;
  runs: PrintRun[];
  /** The table of a 'table' block. */
  table?: PrintTable;
  /** The picture of a 'picture' block. */
  picture?: PrintPicture;
}

export const CLOSING_LABELS = ['报', '送', '发'] as const;
export type ClosingLabel = (typeof CLOSING_LABELS)[number];

export interface ClosingLine {
  label: ClosingLabel;
  text: string;
}

/** The 报尾: distribution lines in 报/送/发 order and the print run `（共印N份）`. */
export interface PrintableClosing {
  lines: ClosingLine[];
  copies: number | null;
}

export interface PrintableIssue {
  seriesTitle: string;
  /** `2022年第28期（总第403期）` or `第2期`. */
  numberLine: string;
  issuer: string;
  /** `2022年9月27日`. */
  dateLine: string;
  partTitle: string | null;
  /** `（8月22日—8月26日）`. */
  periodLine: string | null;
  /** 本期要目 under the masthead (layout/contents.ts); null or absent: none printed. */
  contents?: PrintableContents | null;
  blocks: PrintBlock[];
  closing: PrintableClosing | null;
}

/** `（共印80份）`. */
export function formatCopies(copies: number): string {
  return `（共印${copies}份）`;
}

/** The 报尾 as printed: lines in 报/送/发 order, normalised, empty ones dropped; null when nothing prints. */
export function toPrintableClosing(closing: PrintableClosing | null): PrintableClosing | null {
  if (!closing) return null;
  const lines = CLOSING_LABELS.flatMap((label) =>
    closing.lines
      .filter((line) => line.label === label)
      .map((line) => ({ label, text: normalizePrintText(line.text) }))
      .filter((line) => line.text !== ''),
  );
  const copies = closing.copies !== null && closing.copies > 0 ? closing.copies : null;
  return lines.length === 0 && copies === null ? null : { lines, copies };
}

/**
 * What of the series shows on an issue. `printPeriod` absent counts as true (callers from before
 * the setting existed: test fixtures, benches).
 */
export type PrintedSeries = Pick<Series, 'title' | 'issuer' | 'hasTotal'> & Partial<Pick<Series, 'printPeriod'>>;

/** `（8月22日—8月26日）`, or null when the issue has no period or its series does not print it. */
export function printedPeriodLine(
  series: Pick<PrintedSeries, 'printPeriod'>,
  issue: Pick<Issue, 'periodStart' | 'periodEnd'>,
): string | null {
  if (series.printPeriod === false || issue.periodStart === null || issue.periodEnd === null) return null;
  return formatPeriod(issue.periodStart, issue.periodEnd);
}

/**
 * What to print for `issue` of `series`. Blocks that print nothing (an empty paragraph the editor
 * keeps, a blank line typed for spacing) are left out: the layout spaces the issue, not blank lines.
 * A numbered block stays even when empty, as it still prints its number. `contents` is the issue's
 * resolved 本期要目 setting (absent: off); its lines come from the very blocks printed below it.
 */
export function toPrintableIssue(
  series: PrintedSeries,
  issue: Pick<Issue, 'year' | 'number' | 'totalNumber' | 'issueDate' | 'periodStart' | 'periodEnd' | 'partTitle' | 'document'>,
  closing: PrintableClosing | null,
  contents?: ContentsSetting,
): PrintableIssue {
  const blocks = issue.document.blocks;
  const labels = computeLabels(blocks);
  const printBlocks = blocks
    .flatMap((block, i) => moduleOf(block).print(block, labels[i] ?? null))
    .filter((block) => block.label !== null || block.runs.length > 0 || block.table !== undefined || block.picture !== undefined);
  const partTitle = issue.partTitle === null ? '' : normalizePrintText(issue.partTitle);
  return {
    seriesTitle: normalizePrintText(series.title),
    numberLine: formatIssueNumberLine(issue, series.hasTotal),
    issuer: normalizePrintText(series.issuer),
    dateLine: formatChineseDate(issue.issueDate),
    partTitle: partTitle === '' ? null : partTitle,
    periodLine: printedPeriodLine(series, issue),
    contents: contents?.enabled ? contentsFromBlocks(printBlocks, contents.level2) : null,
    blocks: printBlocks,
    closing: toPrintableClosing(closing),
  };
}
