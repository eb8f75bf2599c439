/**
 * Pagination on the line grid. Every line of the text block has the same exact height, and nothing
 * between blocks takes space, so where pages break follows from how many lines each block takes:
 * fill each page with `linesPerPage` lines, splitting blocks at line boundaries (no widow or orphan
 * control — the DOCX turns it off too, to keep the 22-line rhythm). Items in `keepWithNext` (headings,
 * the line introducing a table) go to the next page when they and the first line of what follows
 * (a table: its header and first row) do not fit under the text, as the DOCX's `keepNext` makes Word
 * and LibreOffice do; a run of such items (一、 then （一）) moves together.
 *
 * The 报尾 goes at the bottom of the page the text ends on when its lines fit under the text, else
 * alone at the bottom of the next page. With `closingOnEvenPage` (double-sided printing) it moves as
 * shared/layout/closingPlacement.ts decides, the same rule the DOCX serializer follows.
 *
 * Tables (`tables`) break only between rows. A table starts on a new page when its header and first
 * row do not fit under the text (no header alone at a page foot), and on each page it continues to
 * its header rows come first again, taking their lines of that page — as Word and LibreOffice repeat
 * a `tblHeader` row; a table without a header leaves a continued page's last line empty, as LibreOffice
 * does. A row taller than a page is put on a page of its own and runs past its foot.
 *
 * Pure: the line counts come from measuring in a browser (measure.ts), whoever the host is.
 */
import { addedPagesNumbered, planClosingPlacement, type ClosingPlacement } from '../../../../shared/layout/closingPlacement';

export interface PaginateOptions {
  linesPerPage: number;
  /** Lines of the 报尾, or null when the issue has none. */
  closingLines: number | null;
  closingOnEvenPage: boolean;
  /** Items that must not be split across pages (the masthead): moved whole to the next page instead. */
  unbreakable?: ReadonlySet<number>;
  /** Items that are tables: the lines of each row and how many rows at the top are the header. */
  tables?: ReadonlyMap<number, TableLines>;
  /** Items kept on one page with the first line of the next item (moved whole to the next page). */
  keepWithNext?: ReadonlySet<number>;
}

export interface TableLines {
  rowLines: readonly number[];
  headerRows: number;
}

/** Lines [fromLine, toLine) of flow item `item` on a page. */
export interface PageFragment {
  item: number;
  fromLine: number;
  toLine: number;
  /** A table's share on a page it continues to: lines of its header rows, printed again before the share. */
  headerLines?: number;
}

export interface PageSlot {
  /** 1-based physical page number (what counter(page) counts, blank pages included). */
  number: number;
  /** Whether `— N —` is printed on it. */
  numbered: boolean;
  fragments: PageFragment[];
  /** The 报尾 sits at the bottom of this page. */
  closing: boolean;
}

export interface Pagination {
  pages: PageSlot[];
  /** 'none' when the issue has no 报尾. */
  closingPlacement: ClosingPlacement | 'none';
  /** Lines of text (not the 报尾) on each page. */
  linesOnPage: number[];
}

function newPage(pages: PageSlot[]): PageSlot {
  const page: PageSlot = { number: pages.length + 1, numbered: true, fragments: [], closing: false };
  pages.push(page);
  return page;
}

/** Lines used on a page by its fragments. */
function used(page: PageSlot): number {
  return page.fragments.reduce((sum, f) => sum + f.toLine - f.fromLine + (f.headerLines ?? 0), 0);
}

/** Places a table's rows from the current page on; returns the page it ends on and that page's lines. */
function placeTable(
  item: number,
  table: TableLines,
  perPage: number,
  pages: PageSlot[],
  start: PageSlot,
  startFilled: number,
): { page: PageSlot; filled: number } {
  const rows = table.rowLines.map((n) => Math.max(1, Math.round(n)));
  const headerRows = Math.min(Math.max(0, table.headerRows), rows.length);
  const headerLines = rows.slice(0, headerRows).reduce((a, b) => a + b, 0);
  const sum = (from: number, to: number) => rows.slice(from, to).reduce((a, b) => a + b, 0);
  let page = start;
  let filled = startFilled;
  // The header goes with the first row after it.
  if (filled > 0 && filled + sum(0, Math.min(rows.length, headerRows + 1)) > perPage) {
    page = newPage(pages);
    filled = 0;
  }
  let r = 0;
  let line = 0;
  while (r < rows.length) {
    const continued = r > 0;
    if (continued) {
      page = newPage(pages);
      // A continued page starts with the header's lines again. Without a header, one line stays empty:
      // the DOCX's rows give back the room of the table's rules through the header row (docx/table.ts),
      // and LibreOffice, which sets those rules outside the rows on every page, then fits one row less.
      filled = headerRows > 0 ? (r >= headerRows ? headerLines : 0) : 1;
    }
    const from = line;
    // At least one row per page, even one taller than the page.
    do {
      filled += rows[r]!;
      line += rows[r]!;
      r += 1;
    } while (r < rows.length && filled + rows[r]! <= perPage);
    const fragment: PageFragment = { item, fromLine: from, toLine: line };
    if (continued && headerRows > 0 && from >= headerLines) fragment.headerLines = headerLines;
    page.fragments.push(fragment);
  }
  return { page, filled };
}

/** Lines an item needs on a page before the next may follow it: its first line, or a table's header and first row. */
function firstLines(item: number, lineCounts: readonly number[], options: PaginateOptions): number {
  const table = options.tables?.get(item);
  if (table) {
    const rows = table.rowLines.map((n) => Math.max(1, Math.round(n)));
    return rows.slice(0, Math.min(rows.length, Math.max(0, table.headerRows) + 1)).reduce((a, b) => a + b, 0);
  }
  const lines = Math.max(0, Math.round(lineCounts[item] ?? 0));
  // An item that is never split (a picture) needs all its lines.
  return options.unbreakable?.has(item) ? lines : Math.min(1, lines);
}

/** Lines a keep-with-next item needs under it: itself, the keep items after it, the first line of the one after those. */
function keepChainLines(item: number, lineCounts: readonly number[], options: PaginateOptions): number {
  const keep = options.keepWithNext!;
  let lines = 0;
  let i = item;
  for (; i < lineCounts.length && keep.has(i); i++) lines += Math.max(0, Math.round(lineCounts[i] ?? 0));
  // Items that print nothing are skipped, as they take no line.
  while (i < lineCounts.length && !options.tables?.has(i) && Math.round(lineCounts[i] ?? 0) === 0) i++;
  return i < lineCounts.length ? lines + firstLines(i, lineCounts, options) : lines;
}

export function paginate(lineCounts: readonly number[], options: PaginateOptions): Pagination {
  const perPage = Math.max(1, Math.floor(options.linesPerPage));
  const pages: PageSlot[] = [];
  let page = newPage(pages);
  let filled = 0;
  lineCounts.forEach((count, item) => {
    const table = options.tables?.get(item);
    if (table) {
      const placed = placeTable(item, table, perPage, pages, page, filled);
      page = placed.page;
      filled = placed.filled;
      return;
    }
    const lines = Math.max(0, Math.round(count));
    if (lines === 0) return;
    if (options.unbreakable?.has(item) && filled > 0 && filled + lines > perPage) {
      page = newPage(pages);
      filled = 0;
    }
    if (options.keepWithNext?.has(item) && filled > 0) {
      const chain = keepChainLines(item, lineCounts, options);
      // A chain longer than a page cannot be kept: it breaks where it falls.
      if (filled + chain > perPage && chain <= perPage) {
        page = newPage(pages);
        filled = 0;
      }
    }
    let from = 0;
    while (from < lines) {
      if (filled === perPage) {
        page = newPage(pages);
        filled = 0;
      }
      const take = Math.min(lines - from, perPage - filled);
      page.fragments.push({ item, fromLine: from, toLine: from + take });
      from += take;
      filled += take;
    }
  });

  let placement: ClosingPlacement | 'none' = 'none';
  if (options.closingLines !== null) {
    const closingLines = Math.max(0, Math.round(options.closingLines));
    const textEndPage = page;
    const laidOut = filled + closingLines <= perPage ? page : newPage(pages);
    placement = planClosingPlacement({ textEndPage: textEndPage.number, closingPage: laidOut.number }, options.closingOnEvenPage);
    let closingPage = laidOut;
    if (placement !== 'asLaidOut') {
      const numbered = addedPagesNumbered(placement);
      // The page the 报尾 would have fallen on alone is the blank page; a page with text keeps its number.
      if (laidOut !== textEndPage) laidOut.numbered = numbered;
      closingPage = newPage(pages);
      closingPage.numbered = numbered;
    }
    closingPage.closing = true;
  }
  return { pages, closingPlacement: placement, linesOnPage: pages.map(used) };
}
