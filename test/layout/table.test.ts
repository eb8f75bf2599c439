/**
 * The layout check for tables (issue 3: "Tables (statistics) keep their own line height and repeat
 * their header row"): an issue with a 40-row statistics table between body paragraphs, rendered as
 * DOCX through LibreOffice 25.2 and as print HTML through Chromium, measured on the PDFs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/services/export/docx/buildDocx';
import { table } from '../../shared/document/table';
import { paragraph } from '../../shared/document/types';
import { toPrintableIssue } from '../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { weekly2022n28, fixtureIssue } from '../fixtures/issues';
import { doc, h } from '../fixtures/issues/build';
import { bodyLines, identicalLineRatioOf, measureText, type TextMeasurements, overprintedLines } from './measure';
import { closePrintBrowser, printPdf } from './printPdf';
import { closeRenderers, docxToPdf } from './render';

const layout = DEFAULT_LAYOUT;
const FIRST_PAGE_TEXT_LINES = layout.grid.linesPerPage - (layout.masthead.titleLines - 1) - layout.masthead.linesAfterRule;
const HEADER = ['序号', '单位', '咨询人次', '受理件数', '办结件数'];
const UNITS = ['民政厅', '自然资源厅', '生态环境厅', '商务厅', '科技厅', '住房城乡建设厅', '交通运输厅', '水利厅'];

function rows(): string[][] {
  const body = Array.from({ length: 39 }, (_, i) => [
    String(i + 1),
    // Row 12 has a unit name two lines long in its column: that row is two grid lines high.
    i === 11 ? '省政务服务和公共资源交易服务中心综合窗口' : UNITS[i % UNITS.length]!,
    String(1200 + i * 37),
    String(300 + i * 11),
    String(2900 + i * 53),
  ]);
  return [HEADER, ...body];
}

const BEFORE =
  '本周，各窗口单位业务办理情况统计如下表。表中数据由各窗口单位报送，经省中心汇总核对，咨询人次含现场咨询和电话咨询，受理件数和办结件数为本周新增数。';
const AFTER = '以上数据截至本周五下午五时。下一步，省中心将继续做好窗口业务数据的统计分析工作，为优化服务提供参考。';

const issue = toPrintableIssue(
  weekly2022n28.series,
  fixtureIssue({
    ...weekly2022n28,
    document: doc(h(1, '窗口业务办理情况'), paragraph(BEFORE), table(rows(), 1, [0.1, 0.36, 0.18, 0.18, 0.18]), paragraph(AFTER)),
  }),
  weekly2022n28.closing,
);

/**
 * The same table after a paragraph that leaves exactly one line on page 1 (masthead 7 lines, heading 1,
 * paragraph 13: 26 + 12 × 28 plain characters): the header alone would fit there, but it goes to page 2
 * with the first row (keepNext on the header's paragraphs in the DOCX; paginate's rule in print).
 */
const edgeIssue = toPrintableIssue(
  weekly2022n28.series,
  fixtureIssue({
    ...weekly2022n28,
    document: doc(
      h(1, '窗口业务办理情况'),
      paragraph('政务服务'.repeat(100).slice(0, 26 + 28 * 12)),
      table(rows().slice(0, 11), 1, [0.1, 0.36, 0.18, 0.18, 0.18]),
      paragraph(AFTER),
    ),
  }),
  null,
);

/** A 60-row table without a header row: nothing repeats, and the pages break at the same rows in both. */
const headerlessIssue = toPrintableIssue(
  weekly2022n28.series,
  fixtureIssue({
    ...weekly2022n28,
    document: doc(h(1, '窗口业务办理情况'), table([...rows(), ...rows().slice(1, 22)].slice(1), 0), paragraph(AFTER)),
  }),
  null,
);

let dir: string;
let headerlessDocx: TextMeasurements;
let headerlessHtml: TextMeasurements;
let docx: TextMeasurements;
let html: TextMeasurements;
let edgeDocx: TextMeasurements;
let edgeHtml: TextMeasurements;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-table-'));
  const docxPath = path.join(dir, 'table.docx');
  await writeFile(docxPath, await buildDocx(issue, layout));
  const docxPdf = await docxToPdf(docxPath, dir);
  const htmlPdf = path.join(dir, 'table-print.pdf');
  await writeFile(htmlPdf, (await printPdf(issue, layout)).pdf);
  [docx, html] = await Promise.all([measureText(docxPdf), measureText(htmlPdf)]);
  const edgeDocxPath = path.join(dir, 'edge.docx');
  await writeFile(edgeDocxPath, await buildDocx(edgeIssue, layout));
  const edgeDocxPdf = await docxToPdf(edgeDocxPath, dir);
  const edgeHtmlPdf = path.join(dir, 'edge-print.pdf');
  await writeFile(edgeHtmlPdf, (await printPdf(edgeIssue, layout)).pdf);
  [edgeDocx, edgeHtml] = await Promise.all([measureText(edgeDocxPdf), measureText(edgeHtmlPdf)]);
  const plainDocxPath = path.join(dir, 'headerless.docx');
  await writeFile(plainDocxPath, await buildDocx(headerlessIssue, layout));
  const plainDocxPdf = await docxToPdf(plainDocxPath, dir);
  const plainHtmlPdf = path.join(dir, 'headerless-print.pdf');
  await writeFile(plainHtmlPdf, (await printPdf(headerlessIssue, layout)).pdf);
  [headerlessDocx, headerlessHtml] = await Promise.all([measureText(plainDocxPdf), measureText(plainHtmlPdf)]);
  if (process.env.TABLE_DUMP) {
    console.info(`table PDFs in ${dir}`);
    for (const [name, m] of [
      ['docx', docx],
      ['html', html],
    ] as const)
      m.pages.forEach((p) =>
        bodyLines(p).forEach((l) =>
          console.info(`${name} p${p.number} y=${l.yMin.toFixed(1)}-${l.yMax.toFixed(1)} x=${l.xMin.toFixed(1)} ${l.text}`),
        ),
      );
  }
});

afterAll(async () => {
  await Promise.all([closeRenderers(), closePrintBrowser()]);
  if (dir && !process.env.TABLE_DUMP) await rm(dir, { recursive: true, force: true });
});

const clean = (text: string) => text.replace(/\s+/g, '');
const HEADER_LINE = HEADER.join('');

/** Pages whose body lines include the table's header row, and where on the page it is. */
function headerPositions(m: TextMeasurements): { page: number; index: number }[] {
  return m.pages.flatMap((page, p) => {
    const index = bodyLines(page).findIndex((l) => clean(l.text) === HEADER_LINE);
    return index >= 0 ? [{ page: p + 1, index }] : [];
  });
}

describe('a 40-row table across a page break', () => {
  it('has the same page count in the DOCX and the print PDF, more than one page', () => {
    console.info(
      `table issue: DOCX ${docx.pageCount} pages, print ${html.pageCount} pages; lines per page DOCX ${docx.linesPerPage.join(',')} print ${html.linesPerPage.join(',')}`,
    );
    expect(docx.pageCount).toBeGreaterThanOrEqual(2);
    expect(html.pageCount).toBe(docx.pageCount);
  });

  it.each(['docx', 'html'] as const)('%s: the header row is printed again at the top of the page the table continues to', (side) => {
    const m = side === 'docx' ? docx : html;
    const positions = headerPositions(m);
    expect(positions.length).toBeGreaterThanOrEqual(2);
    // Its first appearance is where the table starts; every later one is the page's first line.
    for (const later of positions.slice(1)) expect(later.index, `page ${later.page}`).toBe(0);
    expect(new Set(positions.map((p) => p.page)).size).toBe(positions.length);
  });

  it('repeats the header on the same pages in both', () => {
    expect(headerPositions(html)).toEqual(headerPositions(docx));
  });

  it.each(['docx', 'html'] as const)('%s: 22 grid lines on every full page, table rows counted as their lines', (side) => {
    const m = side === 'docx' ? docx : html;
    // Every page but the last is full: the table fills them row by row.
    for (let i = 0; i < m.pageCount - 1; i++) {
      expect(m.linesPerPage[i], `page ${i + 1}`).toBe(i === 0 ? FIRST_PAGE_TEXT_LINES : layout.grid.linesPerPage);
    }
  });

  it('starts every page with the same line in both, and keeps the text after the table', () => {
    expect(html.firstLines).toEqual(docx.firstLines);
    const last = (m: TextMeasurements) => m.pages.flatMap((p) => bodyLines(p).map((l) => clean(l.text)));
    expect(last(docx).some((l) => l.startsWith('以上数据截至本周五'))).toBe(true);
    expect(last(html).some((l) => l.startsWith('以上数据截至本周五'))).toBe(true);
  });

  it('shares at least 90 % identical lines (figure printed)', () => {
    const ratio = identicalLineRatioOf(docx.pages, html.pages);
    console.info(`table issue: identical lines ${(ratio * 100).toFixed(1)} %`);
    expect(ratio).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a table that starts with one line left on the page', () => {
  it.each(['docx', 'html'] as const)('%s: the header goes to the next page with the first row, not alone at the foot', (side) => {
    const m = side === 'docx' ? edgeDocx : edgeHtml;
    expect(headerPositions(m)).toEqual([{ page: 2, index: 0 }]);
    // Page 1 keeps its last grid line empty.
    expect(m.linesPerPage[0]).toBe(FIRST_PAGE_TEXT_LINES - 1);
  });

  it('breaks the pages at the same lines in both', () => {
    expect(edgeHtml.firstLines).toEqual(edgeDocx.firstLines);
    expect(edgeHtml.linesPerPage).toEqual(edgeDocx.linesPerPage);
  });
});

describe('a long table without a header row', () => {
  it('breaks the pages at the same rows in both, repeating nothing', () => {
    console.info(
      `headerless table: lines per page DOCX ${headerlessDocx.linesPerPage.join(',')} print ${headerlessHtml.linesPerPage.join(',')}`,
    );
    expect(headerlessDocx.pageCount).toBeGreaterThanOrEqual(3);
    expect(headerlessHtml.pageCount).toBe(headerlessDocx.pageCount);
    expect(headerlessHtml.firstLines).toEqual(headerlessDocx.firstLines);
    expect(headerlessHtml.linesPerPage).toEqual(headerlessDocx.linesPerPage);
    expect(headerPositions(headerlessDocx)).toEqual([]);
  });
});

describe('every table PDF', () => {
  it('draws no text over other text and none off the sheet, on any page of either engine', () => {
    const all = { docx, html, edgeDocx, edgeHtml, headerlessDocx, headerlessHtml };
    for (const [name, m] of Object.entries(all)) {
      for (const page of m.pages) expect(overprintedLines(page, layout.grid.linePitchPt), `${name} page ${page.number}`).toEqual([]);
    }
  });
});
