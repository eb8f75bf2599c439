/**
 * The 合订本 of the three samples in both engines: the PDF (Chromium, the print paginator) and the
 * DOCX through LibreOffice 25.2 (keeping the blank pages it inserts for oddPage sections). In each:
 * the page count is the plan's, every issue's masthead is on an odd page, the page number printed
 * there is what the contents say, and the contents' numbers are where each issue really starts.
 * Continuous page numbers and numbers restarting per issue.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileVolume, type CompiledVolume } from '../../electron/services/compile/compileVolume';
import { measureIssues } from '../../electron/services/compile/measure';
import { loadVolume } from '../../electron/services/compile/selection';
import { chromiumPdfRenderer } from '../../electron/services/export/chromiumPdf';
import { harness, tempFolder } from '../unit/services/helpers';
import { storeThreeSamples } from '../unit/compile/volumeFixture';
import { pageNumberLine, readPages, type TextPage } from './measure';
import { closeRenderers, docxToPdf, PDF_WITH_BLANK_PAGES } from './render';

afterAll(closeRenderers);

const compact = (text: string) => text.replace(/\s+/g, '');
const pageText = (page: TextPage) => compact(page.lines.map((l) => l.text).join(''));

interface Engines {
  volume: CompiledVolume;
  pdf: TextPage[];
  docx: TextPage[];
}

async function bothEngines(perIssuePages: boolean): Promise<Engines> {
  const h = harness();
  await storeThreeSamples(h);
  const info = { pdf: chromiumPdfRenderer() };
  const request = { seriesId: 1, year: 2024, all: false, perIssuePages };
  const pdf = await compileVolume({ db: h.db, info }, { ...request, format: 'pdf' });
  const docx = await compileVolume({ db: h.db, info }, { ...request, format: 'docx' });
  expect(docx.plan).toEqual(pdf.plan);
  const dir = tempFolder();
  const pdfFile = path.join(dir, 'volume-html.pdf');
  const docxFile = path.join(dir, 'volume.docx');
  await writeFile(pdfFile, pdf.bytes);
  await writeFile(docxFile, docx.bytes);
  const fromDocx = await docxToPdf(docxFile, dir, PDF_WITH_BLANK_PAGES);
  return { volume: pdf, pdf: await readPages(pdfFile), docx: await readPages(fromDocx) };
}

/** Physical page (1-based) of each issue's masthead: the first page with its 期号 line `2024年第N期`. */
function mastheadPages(pages: readonly TextPage[], issues: number): number[] {
  return Array.from({ length: issues }, (_, i) => pages.findIndex((page) => pageText(page).includes(`2024年第${i + 1}期`)) + 1);
}

/** The contents' page number per issue, read off the contents page(s). */
function contentsNumbers(pages: readonly TextPage[], frontPages: number): number[] {
  const numbers: number[] = [];
  for (const page of pages.slice(2, frontPages)) {
    for (const line of page.lines) {
      const match = /^第\d+期.*日(\d+)$/.exec(compact(line.text));
      if (match) numbers.push(Number(match[1]));
    }
  }
  return numbers;
}

function checkEngine(name: string, pages: readonly TextPage[], volume: CompiledVolume, perIssuePages: boolean): void {
  const { plan } = volume;
  expect(pages.length, `${name}: pages`).toBe(plan.totalPages);
  const starts = mastheadPages(pages, plan.issues.length);
  expect(starts, `${name}: where the issues start`).toEqual(plan.issues.map((i) => i.firstPhysical));
  for (const start of starts) expect(start % 2, `${name}: issue on page ${start}`).toBe(1);
  const printed = starts.map((start) => pageNumberLine(pages[start - 1]!)?.value);
  const contents = contentsNumbers(pages, plan.frontPages);
  if (perIssuePages) {
    expect(printed, `${name}: numbers restart`).toEqual(plan.issues.map(() => 1));
    // The contents count from the first issue's first page, blank pages included.
    expect(contents, `${name}: contents`).toEqual(starts.map((start) => start - plan.frontPages));
  } else {
    expect(contents, `${name}: contents = numbers printed where the issues start`).toEqual(printed);
  }
  // The blank pages between issues print nothing.
  for (const placed of plan.issues) {
    for (let pad = 0; pad < placed.padAfter; pad++)
      expect(pages[placed.firstPhysical - 1 + placed.folios.length + pad]!.lines, `${name}: blank page`).toEqual([]);
  }
}

describe('合订本 of the three samples', () => {
  it('measures issues together exactly as one at a time', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const jobs = loadVolume(h.db, { seriesId: 1, year: 2024, all: false, perIssuePages: false }).issues.map((i) => i.job);
    const opened = await chromiumPdfRenderer().openSurface!(jobs[0]!.layout);
    const { surface } = opened;
    try {
      // No shared cache: each call measures in the browser.
      const together = await measureIssues(async () => opened, jobs);
      const alone = [];
      for (const job of jobs) alone.push(...(await measureIssues(async () => opened, [job])));
      expect(together).toEqual(alone);
      expect(together.map((m) => m.pagination.pages.length).every((n) => n > 1)).toBe(true);
    } finally {
      await surface.close();
    }
  });

  it('agrees with its plan in both engines, page numbers running on', async () => {
    const { volume, pdf, docx } = await bothEngines(false);
    console.log(`合订本: ${volume.plan.totalPages} pages, issues start on ${volume.plan.issues.map((i) => i.firstPhysical).join(', ')}`);
    expect(volume.plan.issues.length).toBe(3);
    checkEngine('Chromium', pdf, volume, false);
    checkEngine('LibreOffice', docx, volume, false);
    // The folios run on through the volume: the last issue's first page is numbered past the first's pages.
    expect(volume.plan.issues[2]!.start).toBeGreaterThan(volume.plan.issues[0]!.folios.length);
  });

  it('agrees with its plan in both engines, page numbers restarting per issue', async () => {
    const { volume, pdf, docx } = await bothEngines(true);
    checkEngine('Chromium', pdf, volume, true);
    checkEngine('LibreOffice', docx, volume, true);
  });
});
