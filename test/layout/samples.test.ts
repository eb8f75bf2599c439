/**
 * The layout check of issue 3 on the three sample issues: each rendered (a) as DOCX (buildDocx) through
 * LibreOffice 25.2 and (b) as print HTML through Chromium (the serializer's own measure-and-paginate
 * path), both with the Fandol faces, and measured on the PDFs. Timings for a 30-page issue are printed,
 * not asserted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/services/export/docx/buildDocx';
import { layOutInPage } from '../../electron/services/export/print/pdf';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { SAMPLE_ISSUES } from '../fixtures/issues';
import { TEXT_BLOCK_BOTTOM_MM } from './fixtures';
import {
  allBodyLines,
  bodyLines,
  identicalLineRatioOf,
  measureText,
  mmToPt,
  overprintedLines,
  type TextMeasurements,
  type TextPage,
} from './measure';
import { closePrintBrowser, longIssue, printableFixture, printBrowser, printPdf } from './printPdf';
import { lastRuleOnLastPage, redOnFirstPage } from './raster';
import { closeRenderers, docxToPdf, FANDOL_DIR } from './render';

const layout = DEFAULT_LAYOUT;
const TEXT_LEFT_PT = mmToPt(layout.margins.leftMm);
const TEXT_RIGHT_PT = mmToPt(layout.page.widthMm - layout.margins.rightMm);
const INSET_PT = layout.pageNumber.insetChars * layout.body.sizePt;
/** Page 1 has the masthead: its title takes titleLines grid lines as one text line, and empty lines follow the rule. */
const FIRST_PAGE_TEXT_LINES = layout.grid.linesPerPage - (layout.masthead.titleLines - 1) - layout.masthead.linesAfterRule;
const CLOSING_LINE = /^(报：|送：|发：|（共印)/;

interface Rendered {
  name: string;
  docxPdf: string;
  htmlPdf: string;
  docx: TextMeasurements;
  html: TextMeasurements;
}

let dir: string;
const rendered: Rendered[] = [];

/** Pages before the one the text (not the 报尾) ends on: the pages that must be full. */
function fullPages(pages: readonly TextPage[]): number[] {
  let lastText = 0;
  pages.forEach((page, i) => {
    const first = bodyLines(page)[0];
    if (first && !CLOSING_LINE.test(first.text.replace(/\s+/g, ''))) lastText = i;
  });
  return Array.from({ length: lastText }, (_, i) => i);
}

const CJK_ONLY = /^[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E“”‘’—…·]+$/u;
const HANGS = /[、。，．：；！？]$/;

/**
 * Full body lines of Chinese text and Chinese punctuation only (no Latin or digits), as character counts:
 * on the 22 × 28 grid each is 28 characters; 29 when its last one is a mark hanging in the margin, 26–27
 * when line-breaking rules moved characters on (a line cannot end in “ or start with ”; `推进“` stays together).
 * (Lines of Chinese characters alone, the harness's fullLineCharCounts, are rare in real issues.)
 */
function fullChineseLineCounts(pages: readonly TextPage[]): { count: number; hangs: boolean }[] {
  const out: { count: number; hangs: boolean }[] = [];
  for (const page of pages) {
    const lines = bodyLines(page);
    const left = Math.min(...lines.map((l) => l.xMin));
    const right = mmToPt(layout.page.widthMm - layout.margins.rightMm);
    for (let i = 0; i < lines.length - 1; i++) {
      const line = lines[i]!;
      const text = line.text.replace(/\s+/g, '');
      // Full: from the left edge to the right edge of the text block (a justified line, not a paragraph's last).
      const full = Math.abs(line.xMin - left) < 2 && line.xMax > right - 3;
      if (full && Math.abs(lines[i + 1]!.xMin - left) < 2 && CJK_ONLY.test(text) && !CLOSING_LINE.test(text)) {
        out.push({ count: [...text].length, hangs: HANGS.test(text) });
      }
    }
  }
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-samples-'));
  for (const fixture of SAMPLE_ISSUES) {
    const name = path.basename(fixture.source, '.txt');
    const issue = printableFixture(fixture);
    const docxPath = path.join(dir, `${name}.docx`);
    await writeFile(docxPath, await buildDocx(issue, layout));
    const docxPdf = await docxToPdf(docxPath, dir);
    const htmlPdf = path.join(dir, `${name}-print.pdf`);
    const result = await printPdf(issue, layout);
    await writeFile(htmlPdf, result.pdf);
    console.info(
      `${name}: print PDF ${result.pages} pages in ${result.timings.total.toFixed(0)} ms (${JSON.stringify(roundAll(result.timings))})`,
    );
    const [docx, html] = await Promise.all([measureText(docxPdf), measureText(htmlPdf)]);
    rendered.push({ name, docxPdf, htmlPdf, docx, html });
  }
});

afterAll(async () => {
  await Promise.all([closeRenderers(), closePrintBrowser()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

function roundAll(timings: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]));
}

describe.each(SAMPLE_ISSUES.map((f) => path.basename(f.source, '.txt')))('%s', (name) => {
  const get = (): Rendered => rendered.find((r) => r.name === name)!;

  it('has the same page count in the DOCX and the print PDF', () => {
    const { docx, html } = get();
    expect(html.pageCount).toBe(docx.pageCount);
  });

  it.each(['docx', 'html'] as const)('%s: 22 lines on every full page (the masthead page: its text lines)', (side) => {
    const m = get()[side];
    const full = fullPages(m.pages);
    expect(full.length).toBeGreaterThan(1);
    for (const i of full) expect(m.linesPerPage[i], `page ${i + 1}`).toBe(i === 0 ? FIRST_PAGE_TEXT_LINES : layout.grid.linesPerPage);
  });

  it.each(['docx', 'html'] as const)('%s: 28 characters on every full Chinese body line (29 with a hanging mark)', (side) => {
    const m = get()[side];
    // Lines of Chinese characters only, where there are any, are exactly 28.
    for (const count of m.fullLineCharCounts) expect(count).toBe(layout.grid.charsPerLine);
    const lines = fullChineseLineCounts(m.pages);
    expect(lines.length).toBeGreaterThan(20);
    const chars = layout.grid.charsPerLine;
    for (const line of lines) {
      expect(line.count).toBeGreaterThanOrEqual(chars - 2);
      expect(line.count).toBeLessThanOrEqual(line.hangs ? chars + 1 : chars);
    }
    const exact = lines.filter((l) => l.count === chars || (l.hangs && l.count === chars + 1)).length;
    expect(exact / lines.length).toBeGreaterThan(0.8);
  });

  it.each(['docx', 'html'] as const)(
    '%s: page numbers at the right on odd pages and at the left on even pages, one character in',
    (side) => {
      const numbers = get()[side].pageNumbers;
      numbers.forEach((n, i) => {
        expect(n, `page ${i + 1}`).toBeDefined();
        expect(n!.value).toBe(i + 1);
        if (n!.value % 2 === 1) {
          expect(n!.side).toBe('right');
          expect(Math.abs(n!.xMax - (TEXT_RIGHT_PT - INSET_PT))).toBeLessThan(1.5);
        } else {
          expect(n!.side).toBe('left');
          expect(Math.abs(n!.xMin - (TEXT_LEFT_PT + INSET_PT))).toBeLessThan(1.5);
        }
      });
    },
  );

  it.each(['docx', 'html'] as const)('%s: no heading is the last line of a page (keep with next)', (side) => {
    const fixture = SAMPLE_ISSUES.find((f) => path.basename(f.source, '.txt') === name)!;
    const headings = new Set(
      printableFixture(fixture)
        .blocks.filter((b) => b.kind === 'heading')
        .map((b) => `${b.label ?? ''}${b.runs.map((r) => r.text).join('')}`.replace(/\s+/g, '')),
    );
    expect(headings.size).toBeGreaterThan(2);
    for (const page of get()[side].pages) {
      const last = bodyLines(page).at(-1);
      if (last) expect(headings.has(last.text.replace(/\s+/g, '')), `page ${page.number}: ${last.text}`).toBe(false);
    }
  });

  it.each(['docx', 'html'] as const)('%s: no text is drawn over other text or off the sheet, on any page', (side) => {
    for (const page of get()[side].pages) expect(overprintedLines(page, layout.grid.linePitchPt), `page ${page.number}`).toEqual([]);
  });

  it.each(['docxPdf', 'htmlPdf'] as const)('%s: the masthead is red on page 1', async (side) => {
    expect(await redOnFirstPage(get()[side])).toBeGreaterThan(200);
  });

  it.each(['docxPdf', 'htmlPdf'] as const)(
    '%s: the 报尾 ends with its last rule on the bottom edge of the text block of the last page',
    async (side) => {
      const rule = await lastRuleOnLastPage(get()[side]);
      expect(rule).toBeDefined();
      expect(rule!.red).toBe(false);
      expect(Math.abs(rule!.bottomMm - TEXT_BLOCK_BOTTOM_MM)).toBeLessThanOrEqual(1);
    },
  );

  it('starts every page with the same line in both', () => {
    const { docx, html } = get();
    expect(html.firstLines).toEqual(docx.firstLines);
  });
});

describe('identical lines', () => {
  it('share at least 98 % of their lines in every sample (figures printed per sample)', () => {
    let same = 0;
    let total = 0;
    for (const r of rendered) {
      const ratio = identicalLineRatioOf(r.docx.pages, r.html.pages);
      const longest = Math.max(allBodyLines(r.docx.pages).length, allBodyLines(r.html.pages).length);
      console.info(`${r.name}: identical lines ${(ratio * 100).toFixed(1)} % of ${longest}`);
      expect(ratio, r.name).toBeGreaterThanOrEqual(0.98);
      same += ratio * longest;
      total += longest;
    }
    console.info(`all samples: identical lines ${((same / total) * 100).toFixed(1)} % of ${total}`);
    expect(same / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('timings (printed, not asserted)', () => {
  it('a 30-page issue: PDF, and repagination after an edit in a warm page', async () => {
    const issue = longIssue(SAMPLE_ISSUES, 2);
    const cold = await printPdf(issue, layout);
    const warm = await printPdf(issue, layout);
    console.info(
      `30-page issue: ${cold.pages} pages; PDF ${cold.timings.total.toFixed(0)} ms, again ${warm.timings.total.toFixed(0)} ms (${JSON.stringify(roundAll(warm.timings))})`,
    );
    expect(cold.pages).toBeGreaterThanOrEqual(25);

    const context = await (await printBrowser()).newContext();
    try {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      const blank = path.join(dir, 'blank.html');
      await writeFile(blank, '<!doctype html><meta charset="utf-8">');
      await page.goto(pathToFileURL(blank).href);
      const options = { fontBaseUrl: pathToFileURL(FANDOL_DIR).href, mode: 'preview' as const };
      await layOutInPage(page, issue, layout, options);
      const edited = {
        ...issue,
        blocks: issue.blocks.map((b, i) => (i === 3 ? { ...b, runs: [...b.runs, { text: '补充一句。', bold: false }] } : b)),
      };
      const started = performance.now();
      const again = await layOutInPage(page, edited, layout, options);
      console.info(
        `30-page issue: repagination after an edit ${(performance.now() - started).toFixed(0)} ms (${again.pagination.pages.length} pages)`,
      );
    } finally {
      await context.close();
    }
  });
});
