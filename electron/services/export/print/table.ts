/**
 * A table (statistics) in the print HTML, the same table the DOCX writes (docx/table.ts): the text
 * block's width, the same column widths, text at the table's size on the same grid cells, and every
 * row exactly its grid lines high (layout/table.ts) — set as the row box's height, so the flow measures
 * whole lines and pagination (paginate.ts) breaks only between rows.
 *
 * Rows are flex boxes of cell boxes, not an HTML table: an HTML table's borders take room and would
 * push the rows off the grid. The 0.5 pt rules are outlines, which take none.
 *
 * On a page the table continues to, its header rows are printed again before that page's rows.
 */
import { columnTwips, tableRowLines, type PrintTable } from '../../../../shared/layout/table';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { round } from './geometry';
import { textHtml } from './textRuns';

/** Rows [fromRow, toRow) of a table on a page, after its header rows when `repeatHeader`. */
export interface TableShare {
  fromRow: number;
  toRow: number;
  repeatHeader: boolean;
}

function rowHtml(table: PrintTable, r: number, lines: number, widthsPt: readonly number[]): string {
  const header = r < table.headerRows;
  const cells = (table.rows[r] ?? []).map(
    (cell, c) => `<div class="tc" style="width: ${round(widthsPt[c] ?? 0)}pt">${textHtml(cell)}</div>`,
  );
  return `<div class="tr${header ? ' th' : ''}" style="height: calc(${lines} * var(--pitch))">${cells.join('')}</div>`;
}

/** The table whole (in the flow, with `data-flow`) or a page's share of its rows. */
export function tableHtml(table: PrintTable, layout: LayoutSpec, flowIndex: number | null, share?: TableShare): string {
  const widthsPt = columnTwips(table, layout).map((twips) => twips / 20);
  const lines = tableRowLines(table, layout);
  const indexes: number[] = [];
  if (share) {
    if (share.repeatHeader) for (let r = 0; r < table.headerRows; r++) indexes.push(r);
    for (let r = share.fromRow; r < share.toRow; r++) indexes.push(r);
  } else {
    table.rows.forEach((_, r) => indexes.push(r));
  }
  const rows = indexes.map((r) => rowHtml(table, r, lines[r] ?? 1, widthsPt));
  const flow = flowIndex === null ? '' : ` data-flow="${flowIndex}"`;
  return `<div class="tbl"${flow}>${rows.join('')}</div>`;
}

/** Row range covering the lines [fromLine, toLine) of a table whose rows take `rowLines`. */
export function rowsOfLines(rowLines: readonly number[], fromLine: number, toLine: number): { fromRow: number; toRow: number } {
  let line = 0;
  let fromRow = rowLines.length;
  let toRow = rowLines.length;
  for (let r = 0; r < rowLines.length; r++) {
    if (line === fromLine && fromRow === rowLines.length) fromRow = r;
    if (line >= toLine) {
      toRow = r;
      break;
    }
    line += rowLines[r]!;
  }
  return { fromRow, toRow };
}
