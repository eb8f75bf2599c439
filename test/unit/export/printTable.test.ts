import { describe, expect, it } from 'vitest';
import { blockItem, buildPrintHtml, MASTHEAD_ITEM, paginateIssue } from '../../../electron/services/export/print/buildPrintHtml';
import { paginate } from '../../../electron/services/export/print/paginate';
import { rowsOfLines } from '../../../electron/services/export/print/table';
import { table } from '../../../shared/document/table';
import { paragraph } from '../../../shared/document/types';
import type { FlowMeasurement } from '../../../shared/layout/measureFlow';
import { toPrintableIssue, type PrintableIssue } from '../../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { cellLines, tableCharPt, tableRowLines, toPrintTable } from '../../../shared/layout/table';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';
import { doc } from '../../fixtures/issues/build';

const FONTS = 'file:///opt/briefdesk/resources/fonts/fandol/';
const standard = { linesPerPage: 22, closingLines: null, closingOnEvenPage: false };

describe('paginate: tables', () => {
  it('splits a table only between rows and repeats its header lines on the continued page, 22 lines a page', () => {
    // Item 0: 15 lines of text; item 1: a table, header 1 line, rows of 1, 1, 2, 1… lines.
    const rowLines = [1, ...Array.from({ length: 12 }, (_, i) => (i === 2 ? 2 : 1))];
    const p = paginate([15, 14], { ...standard, tables: new Map([[1, { rowLines, headerRows: 1 }]]) });
    // Page 1: 15 + 7 table lines (header + 5 rows, one of them 2 lines). Page 2: header again + 7 rows.
    expect(p.pages.map((page) => page.fragments)).toEqual([
      [
        { item: 0, fromLine: 0, toLine: 15 },
        { item: 1, fromLine: 0, toLine: 7 },
      ],
      [{ item: 1, fromLine: 7, toLine: 14, headerLines: 1 }],
    ]);
    expect(p.linesOnPage).toEqual([22, 8]);
  });

  it('moves a row that does not fit whole to the next page, leaving the lines unused', () => {
    const p = paginate([21, 3], { ...standard, tables: new Map([[1, { rowLines: [1, 2], headerRows: 1 }]]) });
    // Header and first row need 3 lines; only 1 is left: the table starts on page 2.
    expect(p.pages.map((page) => page.fragments)).toEqual([[{ item: 0, fromLine: 0, toLine: 21 }], [{ item: 1, fromLine: 0, toLine: 3 }]]);
  });

  it('never leaves the header alone at the foot of a page, and fills full pages after the header', () => {
    const rowLines = Array.from({ length: 45 }, () => 1);
    const p = paginate([20, 45], { ...standard, tables: new Map([[1, { rowLines, headerRows: 1 }]]) });
    expect(p.pages[0]!.fragments).toEqual([
      { item: 0, fromLine: 0, toLine: 20 },
      { item: 1, fromLine: 0, toLine: 2 },
    ]);
    expect(p.linesOnPage).toEqual([22, 22, 22, 2]);
    expect(p.pages.slice(1).every((page) => page.fragments[0]!.headerLines === 1)).toBe(true);
  });

  it('a table without a header repeats nothing, and leaves the last line of a continued page empty (as LibreOffice does)', () => {
    const rowLines = Array.from({ length: 50 }, () => 1);
    const p = paginate([50], { ...standard, tables: new Map([[0, { rowLines, headerRows: 0 }]]) });
    expect(p.pages.map((page) => page.fragments)).toEqual([
      [{ item: 0, fromLine: 0, toLine: 22 }],
      [{ item: 0, fromLine: 22, toLine: 43 }],
      [{ item: 0, fromLine: 43, toLine: 50 }],
    ]);
  });

  it('rowsOfLines maps a share of lines back to rows', () => {
    expect(rowsOfLines([1, 1, 2, 1], 2, 5)).toEqual({ fromRow: 2, toRow: 4 });
    expect(rowsOfLines([1, 1, 2, 1], 0, 2)).toEqual({ fromRow: 0, toRow: 2 });
  });
});

describe('row heights (layout/table.ts)', () => {
  it('Chinese at 14 pt plus the grid delta: 13.79 pt a character', () => {
    expect(tableCharPt(DEFAULT_LAYOUT)).toBeCloseTo(14 - 842 / 4096, 6);
  });

  it('counts the lines of a cell: Chinese breaks anywhere, closing marks stay with the character before', () => {
    const cell = 13.79;
    expect(cellLines('', 100, 14, cell)).toBe(1);
    expect(cellLines('一二三四五', 5 * cell + 1, 14, cell)).toBe(1);
    expect(cellLines('一二三四五六', 5 * cell + 1, 14, cell)).toBe(2);
    // `（共五字）` would leave `）` alone at a line start: it goes down with `字`.
    expect(cellLines('一二三四（五）', 6 * cell + 1, 14, cell)).toBe(2);
    expect(cellLines('一二三四五六七八九十一二', 5 * cell + 1, 14, cell)).toBe(3);
  });

  it('a row is as many lines as its tallest cell', () => {
    const t = toPrintTable(
      table(
        [
          ['单位', '数'],
          ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十', '1'],
        ],
        1,
        [0.5, 0.5],
      ),
    );
    expect(tableRowLines(t, DEFAULT_LAYOUT)).toEqual([1, 2]);
  });
});

function issueWith(rows: string[][]): PrintableIssue {
  const fixture = { ...weekly2022n28, document: doc(paragraph('表前的一段话。'), table(rows), paragraph('表后的一段话。')) };
  return toPrintableIssue(fixture.series, fixtureIssue(fixture), null);
}

/** What a browser measures: the masthead 7 lines, each paragraph 1 line, the table its rows' lines. */
function measured(issue: PrintableIssue): FlowMeasurement {
  const items: FlowMeasurement['items'] = [{ lines: 7, lineStarts: null }];
  issue.blocks.forEach((block, i) => {
    items[blockItem(i, issue)] = block.table
      ? { lines: tableRowLines(block.table, DEFAULT_LAYOUT).reduce((a, b) => a + b, 0), lineStarts: null }
      : { lines: 1, lineStarts: [0] };
  });
  return { items };
}

describe('buildPrintHtml: tables', () => {
  const rows = [['单位', '咨询人次'], ...Array.from({ length: 30 }, (_, i) => [`单位${i + 1}`, String(1000 + i)])];
  const issue = issueWith(rows);

  it('puts the table in the flow as one measured item of row boxes, each its lines high, the header marked', () => {
    const html = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'print' });
    const tbl = /<div class="tbl" data-flow="2">(.*?)<\/div><\/div>\n/.exec(html)?.[0] ?? '';
    expect(tbl).not.toBe('');
    expect(tbl.match(/class="tr th"/g)).toHaveLength(1);
    expect(tbl.match(/class="tr"/g)).toHaveLength(30);
    expect(tbl).toContain('style="height: calc(1 * var(--pitch))"');
    expect(html).toMatch(/\.tbl \{ --pitch: 28\.95pt;/);
    expect(html).toMatch(/\.tbl \.th \{ font-weight: bold; \}/);
    expect(html).toMatch(/font-size: 14pt;/);
  });

  it('splits the table between pages and prints the header row again on the continued page', () => {
    const measurement = measured(issue);
    const pagination = paginateIssue(issue, DEFAULT_LAYOUT, measurement);
    // Masthead 7 + paragraph 1 = 8 lines; the table's header + 13 rows fill page 1; the rest go on.
    expect(pagination.linesOnPage).toEqual([22, 1 + 17 + 1]);
    const html = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'print', measurement });
    const pages = html.split('<div class="sheet');
    expect(pages).toHaveLength(3);
    const headers = (page: string) => (page.match(/<div class="tr th"[^>]*>(.*?)<\/div><\/div>/g) ?? []).length;
    expect(headers(pages[1]!)).toBe(1);
    expect(headers(pages[2]!)).toBe(1);
    // Page 2 begins with the header, then row 14 (单位14).
    const text = (page: string) => page.replace(/<[^>]+>/g, '').replace(/ /g, '');
    const page2 = text(pages[2]!);
    expect(page2.indexOf('单位咨询人次')).toBeGreaterThanOrEqual(0);
    expect(page2.indexOf('单位咨询人次')).toBeLessThan(page2.indexOf('单位141013'));
    expect(page2).not.toContain('单位131012');
    expect(text(pages[1]!)).toContain('单位131012');
    expect(pages[2]).toContain('表后的一段话');
    expect(MASTHEAD_ITEM).toBe(0);
  });
});
