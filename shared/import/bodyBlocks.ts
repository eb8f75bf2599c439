/**
 * The body between the masthead and the 报尾: paragraphs become numbered or plain blocks (a .txt's
 * broken lines joined first), tables become table blocks — never text, and a table never changes how
 * the paragraphs around it are read (each run of paragraphs between tables is built on its own).
 */
import type { BlockElement } from '../document/types';
import { MAX_CELL_CHARS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, table, type TableElement } from '../document/table';
import { joinParagraphs, toBlock } from './body';
import { longParagraphWarning, splitLongParagraph } from './longParagraphs';
import { cellText, type IncomingDocument, type IncomingTable } from './incoming';
import type { IncomingLine } from './incomingLines';
import { normalizeText } from './normalize';
import { captionOf, pictureBlockOf } from './pictures';

/** A table block of the cells' cleaned text; rows padded to one width, cut to the editor's limits. */
export function tableBlock(source: IncomingTable, warnings: string[]): TableElement | null {
  let rows = source.rows.map((row) => row.map((cell) => normalizeText(cellText(cell).replace(/\n/g, ' '))));
  rows = rows.filter((row) => row.some((cell) => cell !== ''));
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((row) => row.length));
  if (rows.length > MAX_TABLE_ROWS || width > MAX_TABLE_COLUMNS) {
    warnings.push(
      `表格有 ${rows.length} 行 ${width} 列，超过简报表格的上限（${MAX_TABLE_ROWS} 行、${MAX_TABLE_COLUMNS} 列），多出的部分未导入。`,
    );
  }
  const columns = Math.min(width, MAX_TABLE_COLUMNS);
  let cut = false;
  const cells = rows.slice(0, MAX_TABLE_ROWS).map((row) =>
    Array.from({ length: columns }, (_, i) => {
      const cell = row[i] ?? '';
      if (cell.length > MAX_CELL_CHARS) cut = true;
      return cell.slice(0, MAX_CELL_CHARS);
    }),
  );
  if (cut) warnings.push(`表格中有单元格超过 ${MAX_CELL_CHARS} 字，超出的文字未导入。`);
  return table(cells, cells.length > 1 ? 1 : 0);
}

/** Line index ranges [first, last] of each table block among the lines. */
function tableRanges(incoming: IncomingDocument, lines: readonly IncomingLine[]): Map<number, [number, number]> {
  const ranges = new Map<number, [number, number]>();
  lines.forEach((line, i) => {
    if (incoming.blocks[line.block]?.kind !== 'table') return;
    const range = ranges.get(line.block);
    if (range) range[1] = i;
    else ranges.set(line.block, [i, i]);
  });
  return ranges;
}

export type TableReader = (source: IncomingTable, warnings: string[]) => BlockElement | null;

export function bodyBlocks(
  incoming: IncomingDocument,
  lines: readonly IncomingLine[],
  from: number,
  to: number,
  warnings: string[],
  readTable: TableReader = tableBlock,
): BlockElement[] {
  const blocks: BlockElement[] = [];
  const ranges = tableRanges(incoming, lines);
  let run: IncomingLine[] = [];
  const push = (text: string, hint?: IncomingLine['hint']): void => {
    const pieces = splitLongParagraph(text);
    if (pieces.length > 1) warnings.push(longParagraphWarning(text, pieces.length));
    // A heading's style or face names the first piece only: the rest is its text going on.
    pieces.forEach((piece, i) => blocks.push(i === 0 ? toBlock(piece, hint) : toBlock(piece)));
  };
  const flush = (): void => {
    if (incoming.wholeParagraphs) for (const line of run) push(normalizeText(line.raw), line.hint);
    else for (const text of joinParagraphs(run)) push(text);
    run = [];
  };
  // Pictures have no line: each is placed between the lines of the blocks around it, and takes the
  // caption paragraph right after it (that line is then skipped).
  let skip = -1;
  const placePictures = (after: number, before: number, next: IncomingLine | undefined, at: number): void => {
    for (let b = after + 1; b < before; b++) {
      const source = incoming.blocks[b];
      if (source?.kind !== 'picture') continue;
      flush();
      const caption = next && next.block === b + 1 ? captionOf(incoming.blocks[b + 1]) : null;
      if (caption !== null) skip = at;
      blocks.push(pictureBlockOf(source, caption));
    }
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    placePictures(i === from ? (lines[from - 1]?.block ?? -1) : lines[i - 1]!.block, line.block, line, i);
    if (skip === i) continue;
    const source = incoming.blocks[line.block];
    const range = ranges.get(line.block);
    if (source?.kind === 'table' && range && range[0] >= from && range[1] < to) {
      if (range[0] !== i) continue; // the table was taken at its first line
      flush();
      const block = readTable(source, warnings);
      if (block) blocks.push(block);
    } else run.push(line); // a table cut by the masthead or 报尾: its remaining rows are kept as text
  }
  const last = to > from ? lines[to - 1]!.block : (lines[from - 1]?.block ?? -1);
  placePictures(last, lines[to]?.block ?? incoming.blocks.length, undefined, to);
  flush();
  return blocks;
}
