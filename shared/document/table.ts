/**
 * The table block (statistics): a void block whose cells are plain text, edited in the block's own
 * small grid of inputs (renderer/src/editor/TableBlock.tsx), never through Slate's text nodes. Its
 * first `headerRows` rows are the header, printed bold and repeated on every page the table goes on.
 *
 * Shape and the pure edits of a table's cells live here; its schema, normaliser and outputs are its
 * block module (blocks/table.ts). All edits return new arrays (Slate wants new values
 * through setNodes, and React compares them by identity).
 */
import { REQUEST_LIMITS } from './blocks/limits';
import type { StyledText } from './blocks/text';

export const MAX_TABLE_COLUMNS = REQUEST_LIMITS.tableColumns;
export const MAX_TABLE_ROWS = REQUEST_LIMITS.tableRows;
export const MAX_CELL_CHARS = REQUEST_LIMITS.cellChars;

export interface TableElement {
  type: 'table';
  /** Plain text cells, row by row; every row has the same number of cells. */
  rows: string[][];
  /** Rows at the top that form the header (bold, repeated on a continued page). 0 or 1. */
  headerRows: 0 | 1;
  /** Relative widths of the columns (fractions summing to 1); equal widths when absent. */
  columnWidths?: number[];
  /** The one empty child Slate needs in a void element; it never holds text. */
  children: StyledText[];
}

/** Cells are joined with a tab in plain text (search, 导出文本): copied into a spreadsheet they stay cells. */
export const CELL_SEPARATOR = '\t';

export function table(rows: string[][], headerRows: 0 | 1 = 1, columnWidths?: number[]): TableElement {
  return { type: 'table', rows, headerRows, ...(columnWidths ? { columnWidths } : {}), children: [{ text: '' }] };
}

/** An empty table of `rows` × `columns` (header included). */
export function emptyTable(rows = 3, columns = 3): TableElement {
  return table(Array.from({ length: Math.max(1, rows) }, () => Array.from({ length: Math.max(1, columns) }, () => '')));
}

export function columnCount(element: Pick<TableElement, 'rows'>): number {
  return element.rows[0]?.length ?? 0;
}

/** One line per row, cells joined by CELL_SEPARATOR; a cell's own line breaks become spaces. */
export function tableLines(element: Pick<TableElement, 'rows'>): string[] {
  return element.rows.map((row) => row.map((cell) => cell.replace(/[\r\n\t]+/g, ' ')).join(CELL_SEPARATOR));
}

/** Column widths as fractions summing to 1: the stored ones when they fit the table, else equal. */
export function resolvedColumnWidths(element: Pick<TableElement, 'rows' | 'columnWidths'>): number[] {
  const n = columnCount(element);
  const stored = element.columnWidths;
  if (stored && stored.length === n && stored.every((w) => Number.isFinite(w) && w > 0)) {
    const sum = stored.reduce((a, b) => a + b, 0);
    return stored.map((w) => w / sum);
  }
  return Array.from({ length: n }, () => 1 / n);
}

// ---- Pure edits -------------------------------------------------------------------------------------

export function setCell(rows: readonly string[][], row: number, column: number, text: string): string[][] {
  const clean = text.replace(/[\r\n]+/g, ' ').slice(0, MAX_CELL_CHARS);
  return rows.map((cells, r) => (r === row ? cells.map((cell, c) => (c === column ? clean : cell)) : [...cells]));
}

/** A row of empty cells inserted before `at` (at = rows.length appends). */
export function insertRow(rows: readonly string[][], at: number): string[][] {
  if (rows.length >= MAX_TABLE_ROWS) return rows.map((cells) => [...cells]);
  const width = rows[0]?.length ?? 1;
  const out = rows.map((cells) => [...cells]);
  out.splice(
    Math.max(0, Math.min(at, rows.length)),
    0,
    Array.from({ length: width }, () => ''),
  );
  return out;
}

/** Removes row `at`; the last row stays (a table has at least one row). */
export function removeRow(rows: readonly string[][], at: number): string[][] {
  if (rows.length <= 1) return rows.map((cells) => [...cells]);
  return rows.filter((_, r) => r !== at).map((cells) => [...cells]);
}

/** An empty column inserted before `at` in every row. */
export function insertColumn(rows: readonly string[][], at: number): string[][] {
  if ((rows[0]?.length ?? 0) >= MAX_TABLE_COLUMNS) return rows.map((cells) => [...cells]);
  return rows.map((cells) => {
    const out = [...cells];
    out.splice(Math.max(0, Math.min(at, cells.length)), 0, '');
    return out;
  });
}

/** Removes column `at` from every row; the last column stays. */
export function removeColumn(rows: readonly string[][], at: number): string[][] {
  if ((rows[0]?.length ?? 0) <= 1) return rows.map((cells) => [...cells]);
  return rows.map((cells) => cells.filter((_, c) => c !== at));
}

// ---- Repair ----------------------------------------------------------------------------------------

/**
 * The table's fields brought back to the model (rows a rectangle of strings within the limits,
 * headerRows 0 or 1, column widths matching or dropped), or null when nothing needs changing.
 * The children are the normalizer's business (normalize.ts treats them as for any void block).
 */
export function repairTableFields(raw: Record<string, unknown>): Partial<TableElement> | null {
  const sourceRows = Array.isArray(raw.rows) ? raw.rows : [];
  let rows = sourceRows
    .slice(0, MAX_TABLE_ROWS)
    .map((row) => (Array.isArray(row) ? row : [row]).slice(0, MAX_TABLE_COLUMNS).map((cell) => cellText(cell)));
  if (rows.length === 0) rows = [['']];
  const width = Math.max(1, ...rows.map((row) => row.length));
  rows = rows.map((row) => (row.length < width ? [...row, ...Array.from({ length: width - row.length }, () => '')] : row));
  const patch: Partial<TableElement> = {};
  if (JSON.stringify(rows) !== JSON.stringify(raw.rows)) patch.rows = rows;
  if (raw.headerRows !== 0 && raw.headerRows !== 1) patch.headerRows = raw.headerRows === 0 ? 0 : 1;
  const widths = raw.columnWidths;
  if (
    widths !== undefined &&
    !(Array.isArray(widths) && widths.length === width && widths.every((w) => typeof w === 'number' && Number.isFinite(w) && w > 0))
  ) {
    patch.columnWidths = undefined;
  }
  return Object.keys(patch).length > 0 || 'columnWidths' in patch ? patch : null;
}

function cellText(cell: unknown): string {
  const text = typeof cell === 'string' ? cell : typeof cell === 'number' ? String(cell) : '';
  return text.replace(/[\r\n]+/g, ' ').slice(0, MAX_CELL_CHARS);
}
