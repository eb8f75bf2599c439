/**
 * What the search index holds of an issue: the masthead as one entry, then each block as printed
 * (generated number + its plain-text lines, as its block module gives them: a table's rows with cells
 * tab-separated, a generated section's lines, a picture's 图注). rawBlockText reads a stored block of
 * unknown shape (version history, before validation) as best it can.
 */
import { computeLabels } from '../document/numbering';
import { CELL_SEPARATOR } from '../document/table';
import { blockLines, type BlockElement, type BriefDocument } from '../document/types';
import { formatChineseDate } from '../issues/dates';
import { formatIssueNumberLine } from '../issues/proposal';
import type { IssueMeta } from '../issues/types';
import { printedPeriodLine, type PrintedSeries } from '../layout/issueView';

export const MASTHEAD_BLOCK = -1;

export interface IndexEntry {
  blockIndex: number;
  text: string;
}

/** Text of a node: a leaf's text, or its children's (elements inside a block, e.g. table cells, on lines). */
function textOfNode(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const text = (node as { text?: unknown }).text;
  if (typeof text === 'string') return text;
  const children = (node as { children?: unknown }).children;
  if (!Array.isArray(children)) return '';
  const nested = children.some((c: unknown) => typeof c === 'object' && c !== null && 'children' in c);
  return children.map(textOfNode).join(nested ? '\n' : '');
}

/** A block's own text, whatever its type: children's text, or the lines of a generated block. */
export function rawBlockText(block: unknown): string {
  if (typeof block !== 'object' || block === null) return '';
  const lines = (block as { lines?: unknown }).lines;
  if (Array.isArray(lines)) return lines.filter((l): l is string => typeof l === 'string').join('\n');
  // A table: one line per row, cells joined as the plain-text export joins them.
  const rows = (block as { rows?: unknown }).rows;
  if (Array.isArray(rows)) {
    return rows
      .filter((row): row is unknown[] => Array.isArray(row))
      .map((row) => row.filter((cell): cell is string => typeof cell === 'string').join(CELL_SEPARATOR))
      .join('\n');
  }
  // A picture: its 图注.
  const caption = (block as { caption?: unknown }).caption;
  if (typeof caption === 'string') return caption;
  return textOfNode(block);
}

function safeLabels(blocks: readonly BlockElement[]): (string | null | undefined)[] {
  try {
    return computeLabels(blocks);
  } catch {
    // A block shape numbering does not know yet must not stop indexing; the text still counts.
    return [];
  }
}

/** Every block as printed: its generated number (if any) followed by its text. */
export function printedBlockTexts(document: BriefDocument): string[] {
  const labels = safeLabels(document.blocks);
  return document.blocks.map((block, i) => `${labels[i] ?? ''}${blockLines(block).join('\n')}`);
}

export function mastheadText(series: PrintedSeries, meta: IssueMeta): string {
  const lines = [series.title, formatIssueNumberLine(meta, series.hasTotal), series.issuer, formatChineseDate(meta.issueDate)];
  if (meta.partTitle) lines.push(meta.partTitle);
  const period = printedPeriodLine(series, meta);
  if (period !== null) lines.push(period);
  return lines.join('\n');
}

export function indexEntries(series: PrintedSeries, meta: IssueMeta, document: BriefDocument): IndexEntry[] {
  const entries: IndexEntry[] = [{ blockIndex: MASTHEAD_BLOCK, text: mastheadText(series, meta) }];
  printedBlockTexts(document).forEach((text, blockIndex) => {
    if (text !== '') entries.push({ blockIndex, text });
  });
  return entries;
}
