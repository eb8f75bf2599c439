/**
 * Proves the layout harness on documents with a known layout (fixtures.ts): the Chromium print HTML and
 * the LibreOffice-converted DOCX must both measure as 22 lines × 28 characters, odd/even page numbers,
 * a red masthead, the Fandol faces; the rules on the HTML's last page where they were drawn; and a DOCX
 * with a broken grid must measure as broken.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridDocx, gridHtml, MIDDLE_RULE_MM, TEXT_BLOCK_BOTTOM_MM, TITLE } from './fixtures';
import { identicalLineRatio, measureText, mmToPt, type TextMeasurements } from './measure';
import { fontNamesUsed } from './pdfFonts';
import { lastRuleOnLastPage, pxToMm, redInTopThird, redOnFirstPage, rulesOnPage } from './raster';
import { closeRenderers, docxToPdf, htmlToPdf } from './render';

// The text block: left margin 28 mm, width 156 mm; the page number sits one 14 pt character inside it.
const TEXT_LEFT_PT = mmToPt(28);
const TEXT_RIGHT_PT = mmToPt(28 + 156);
const ONE_CHAR_14PT = 14;
/** pdftoppm snaps thin lines to whole pixels: at 200 dpi a rule's edge is known to one pixel. */
const RULE_TOLERANCE_MM = pxToMm(1, 200) + 0.01;

let dir: string;
let htmlPdf: string;
let docxPdf: string;
let brokenPdf: string;
let html: TextMeasurements;
let docx: TextMeasurements;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-layout-harness-'));
  const docxPath = path.join(dir, 'grid.docx');
  const brokenPath = path.join(dir, 'broken-grid.docx');
  await writeFile(docxPath, await gridDocx());
  await writeFile(brokenPath, await gridDocx({ brokenGrid: true }));
  htmlPdf = await htmlToPdf(gridHtml(), path.join(dir, 'grid-html.pdf'));
  const started = performance.now();
  docxPdf = await docxToPdf(docxPath, dir);
  const first = performance.now() - started;
  const again = performance.now();
  brokenPdf = await docxToPdf(brokenPath, dir);
  // Reported, not asserted (no timed assertions): the first conversion also creates the profile.
  console.info(`LibreOffice DOCX → PDF: ${first.toFixed(0)} ms (first, new profile), ${(performance.now() - again).toFixed(0)} ms (next)`);
  [html, docx] = await Promise.all([measureText(htmlPdf), measureText(docxPdf)]);
});

afterAll(async () => {
  await closeRenderers();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each([
  // The HTML has one more page: the last one carries only the rules.
  { name: 'Chromium print HTML', get: () => html, pages: 5 },
  { name: 'LibreOffice DOCX', get: () => docx, pages: 4 },
])('$name', ({ get, pages }) => {
  it('has 22 body lines on every full page, the title counted as one', () => {
    const m = get();
    expect(m.pageCount).toBe(pages);
    expect(m.linesPerPage.slice(0, 3)).toEqual([22, 22, 22]);
    expect(m.pages[0]!.lines[0]!.text).toBe(TITLE);
  });

  it('has 28 characters on every full pure-Chinese line', () => {
    const counts = get().fullLineCharCounts;
    // 68 body lines of which the paragraphs' first and last lines are not full.
    expect(counts.length).toBeGreaterThan(40);
    expect(new Set(counts)).toEqual(new Set([28]));
  });

  it('numbers odd pages at the right and even pages at the left, one character in', () => {
    const numbers = get().pageNumbers;
    expect(numbers.map((n) => n?.value)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    for (const n of numbers) {
      if (n!.value % 2 === 1) {
        expect(n!.side).toBe('right');
        expect(Math.abs(n!.xMax - (TEXT_RIGHT_PT - ONE_CHAR_14PT))).toBeLessThan(1.5);
      } else {
        expect(n!.side).toBe('left');
        expect(Math.abs(n!.xMin - (TEXT_LEFT_PT + ONE_CHAR_14PT))).toBeLessThan(1.5);
      }
    }
  });
});

describe('both renderings', () => {
  it('start every page with the same line and share nearly all lines', async () => {
    expect(docx.firstLines).toEqual(html.firstLines.slice(0, docx.pageCount));
    // Every DOCX line is in the HTML, which has the rules page's two lines more (68 of 70).
    expect(await identicalLineRatio(docxPdf, htmlPdf)).toBeCloseTo(68 / 70, 5);
  });

  it('show red in the top third of page 1 (the title) and none on page 2', async () => {
    for (const pdf of [htmlPdf, docxPdf]) {
      expect(await redOnFirstPage(pdf)).toBeGreaterThan(200);
      expect(await redInTopThird(pdf, 2)).toBe(0);
    }
  });

  it('use the Fandol faces for 仿宋_GB2312, 方正小标宋简体 and 宋体', async () => {
    const expected = ['FandolFang-Regular', 'FandolSong-Bold', 'FandolSong-Regular'];
    expect(await fontNamesUsed(htmlPdf)).toEqual(expected);
    expect(await fontNamesUsed(docxPdf)).toEqual(expected);
  });
});

describe('rules (HTML)', () => {
  it('finds the red rule under the masthead on page 1', async () => {
    const rules = await rulesOnPage(htmlPdf, 1);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.red).toBe(true);
    expect(rules[0]!.xEndMm - rules[0]!.xStartMm).toBeCloseTo(156, 0);
  });

  it('puts the last rule of the last page on the bottom edge of the text block', async () => {
    const rules = await rulesOnPage(htmlPdf, html.pageCount);
    expect(rules).toHaveLength(2);
    expect(Math.abs(rules[0]!.yMm - MIDDLE_RULE_MM)).toBeLessThanOrEqual(RULE_TOLERANCE_MM);
    expect(Math.abs(rules[1]!.bottomMm - TEXT_BLOCK_BOTTOM_MM)).toBeLessThanOrEqual(RULE_TOLERANCE_MM);
    expect(rules[1]!.red).toBe(false);
    expect(rules[1]!.thicknessMm).toBeGreaterThan(rules[0]!.thicknessMm);
    expect(await lastRuleOnLastPage(htmlPdf)).toEqual(rules[1]);
    // The DOCX fixture has no rules at all.
    expect(await lastRuleOnLastPage(docxPdf)).toBeUndefined();
  });
});

describe('a broken grid', () => {
  it('is measured as broken: without 16 pt in the Normal style LibreOffice sets 37 characters per line', async () => {
    const broken = await measureText(brokenPdf);
    expect(new Set(broken.fullLineCharCounts)).toEqual(new Set([37]));
    expect(broken.pageCount).toBeLessThan(docx.pageCount);
  });
});
