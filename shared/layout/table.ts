/**
 * A table as it is printed, and how many grid lines each of its rows takes.
 *
 * Both serializers must give every row the same height — the DOCX as an exact row height (Word and
 * LibreOffice lay it out when they open the file, we cannot ask them), the print HTML as the height of
 * its row box — so the row heights are decided here, once, from the text: a row is as many grid lines
 * high as its tallest cell needs. The estimate is deliberately generous (a cell's line is taken one
 * character shorter than it is, Latin letters wider than they are), so that no renderer ever needs a
 * line more than the row has; at worst a row has an empty line at its foot.
 *
 * Table text is set at `layout.table.sizePt`, Chinese characters tableCharPt apart (LibreOffice sets
 * text of another size than Normal on the docGrid so; Latin keeps its own advance),
 * with `cellPaddingPt` on both sides of every cell.
 */
import { resolvedColumnWidths, type TableElement } from '../document/table';
import type { LayoutSpec } from './spec';
import { normalizePrintText } from './printText';
import { textBlockTwips } from './spec';
import { CHAR_SPACE_UNITS_PER_PT } from './units';

export interface PrintTable {
  /** Cells as printed (print-normalised text), every row the same length. */
  rows: string[][];
  /** The first `headerRows` rows are the header: bold, repeated on every page the table goes on to. */
  headerRows: number;
  /** Column widths as fractions of the text block's width, summing to 1. */
  columnWidths: number[];
}

export function toPrintTable(element: Pick<TableElement, 'rows' | 'headerRows' | 'columnWidths'>): PrintTable {
  return {
    rows: element.rows.map((row) => row.map((cell) => normalizePrintText(cell))),
    headerRows: Math.min(element.headerRows, element.rows.length),
    columnWidths: resolvedColumnWidths(element),
  };
}

/**
 * Advance of a Chinese character in a table: its size plus the docGrid's `charSpace` delta — what
 * LibreOffice does with text of another size than Normal's on the grid (measured: 13.79 pt at 14 pt).
 */
export function tableCharPt(layout: LayoutSpec): number {
  return layout.table.sizePt + layout.grid.charSpace / CHAR_SPACE_UNITS_PER_PT;
}

/** Widths of the columns in twips: the text block's width shared out, the last column takes the rest. */
export function columnTwips(table: Pick<PrintTable, 'columnWidths'>, layout: LayoutSpec): number[] {
  const total = textBlockTwips(layout).width;
  const widths = table.columnWidths.map((fraction) => Math.floor(total * fraction));
  const used = widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1]! += total - used;
  return widths;
}

/**
 * Advance of one character in points: Chinese `cellPt` (tableCharPt), digits half an em, other Latin
 * generously 0.6 em, anything else a whole Chinese character.
 */
function advancePt(char: string, sizePt: number, cellPt: number): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) {
    if (char === ' ') return 0.25 * sizePt;
    return (/[0-9.,:;%+\-()/]/.test(char) ? 0.5 : 0.6) * sizePt;
  }
  return cellPt;
}

/**
 * Lines a cell's text needs in a column `widthPt` wide (padding already taken off), at `sizePt` with
 * Chinese characters `cellPt` apart. Chinese breaks between any two characters, except that opening
 * marks stay with what follows and closing marks and commas with what precedes (they never start a
 * line); a run of Latin letters and digits stays together unless it alone is wider than a line, and is
 * set a fifth of the size apart from Chinese on either side.
 */
export function cellLines(text: string, widthPt: number, sizePt: number, cellPt = sizePt): number {
  if (text === '') return 1;
  const advance = (char: string) => advancePt(char, sizePt, cellPt);
  const room = Math.max(cellPt, widthPt - ROUNDING_PT);
  const tokens = text.match(TOKEN) ?? [];
  let lines = 1;
  let x = 0;
  for (const token of tokens) {
    const latin = /[A-Za-z0-9]/.test(token);
    const width = [...token].reduce((sum, c) => sum + advance(c), 0) + (latin ? 2 * AUTOSPACE_EM * sizePt : 0);
    if (x + width <= room) {
      x += width;
      continue;
    }
    if (width <= room) {
      lines += 1;
      x = width;
      continue;
    }
    // A token wider than a line is broken character by character.
    for (const char of token) {
      const w = advance(char);
      if (x + w > room && x > 0) {
        lines += 1;
        x = 0;
      }
      x += w;
    }
  }
  return lines;
}

/** A little less than the column: renderers round advances (Chromium to 1/64 px). */
const ROUNDING_PT = 0.5;
const AUTOSPACE_EM = 0.2;
/** What never breaks inside: opening marks, then one character or one Latin run, then closing marks. */
const TOKEN = /[（《“‘【〔]*(?:[A-Za-z0-9.,:;%+\-()/]+ ?|.)[）》”’】〕、。，．：；！？]*/gsu;

/** Grid lines of every row: the most any of its cells needs. */
export function tableRowLines(table: PrintTable, layout: LayoutSpec): number[] {
  const columns = columnTwips(table, layout).map((twips) => twips / 20 - 2 * layout.table.cellPaddingPt);
  const cellPt = tableCharPt(layout);
  return table.rows.map((row) =>
    row.reduce((most, cell, c) => Math.max(most, cellLines(cell, columns[c] ?? 0, layout.table.sizePt, cellPt)), 1),
  );
}
