/**
 * PDF from the print HTML under plain Node: playwright-core drives Chromium (/usr/bin/chromium, or
 * CHROMIUM_PATH). No network: the documents are files in a temporary folder and the fonts are
 * file: URLs of resources/fonts/fandol.
 *
 * One page does both stages (buildPrintHtml.ts): it loads the flow, runs the measuring script, then
 * swaps in the paginated pages (same URL, so the fonts loaded for measuring stay loaded) and prints
 * with the document's own @page size and margins.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// Types only at load time: playwright-core takes about a second to load, and most commands of the
// command line never make a PDF. The module is imported when a browser is launched.
import type { Browser, Page } from 'playwright-core';
import type { PrintableIssue } from '../../../../shared/layout/issueView';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { buildPrintHtml, paginateIssue } from './buildPrintHtml';
import { MEASURE_SCRIPT, type FlowMeasurement } from '../../../../shared/layout/measureFlow';
import type { Pagination } from './paginate';
import type { PrintSurface } from '../pdfRenderer';
import type { PictureSource } from '../pictureSource';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** resources/fonts/fandol of this checkout (or BRIEFDESK_FONT_DIR). */
export function defaultFontDir(): string {
  if (process.env.BRIEFDESK_FONT_DIR) return process.env.BRIEFDESK_FONT_DIR;
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../resources/fonts/fandol');
}

export interface PdfOptions {
  /** A running browser to open a page in (kept open); otherwise one is launched and closed. */
  browser?: Browser;
  chromiumPath?: string;
  fontDir?: string;
  /** Where the pictures' bytes come from; without it every picture prints as 图片缺失. */
  pictures?: PictureSource;
}

export interface PagedDocument {
  html: string;
  measurement: FlowMeasurement;
  pagination: Pagination;
}

/** Milliseconds per step, for reports (not asserted anywhere). */
export type PdfTimings = Record<'launch' | 'measure' | 'pdf' | 'total', number>;

export interface PdfResult {
  pdf: Uint8Array;
  pages: number;
  timings: PdfTimings;
}

/**
 * Measures `issue` in `page` (which must be on a file: URL or an origin that may load the fonts) and
 * shows its pages there; the page is then ready to print or screenshot.
 */
export async function layOutInPage(
  page: Page,
  issue: PrintableIssue,
  layout: LayoutSpec,
  options: { fontBaseUrl: string; mode: 'print' | 'preview'; pictures?: PictureSource },
): Promise<PagedDocument> {
  const { pictures, ...flowOptions } = options;
  await page.setContent(buildPrintHtml(issue, layout, flowOptions), { waitUntil: 'load' });
  // Web fonts load when text first asks for them; measuring before they are ready measures a fallback.
  await page.evaluate('document.fonts.ready.then(() => true)');
  const measurement = (await page.evaluate(MEASURE_SCRIPT)) as FlowMeasurement;
  const html = buildPrintHtml(issue, layout, { ...flowOptions, measurement, ...(pictures ? { pictures } : {}) });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready.then(() => true)');
  return { html, measurement, pagination: paginateIssue(issue, layout, measurement) };
}

export async function launchChromium(chromiumPath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/**
 * A print page kept open on a browser: the Fandol faces (several MB each, checked by Chromium's font
 * sanitizer on every load) stay decoded between PDFs, so a second PDF on the same browser does not
 * pay for them again (30 pages: measuring about 5 s in a fresh page, under 1 s in a warm one). One
 * PDF at a time per browser: the page holds one document.
 */
const warmPages = new WeakMap<Browser, Promise<Page>>();
const queues = new WeakMap<Browser, Promise<unknown>>();

async function openPrintPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Print media from the start, so the lines are measured as they will print.
  await page.emulateMedia({ media: 'print' });
  // A file: page may load file: fonts; each document is swapped in with setContent, keeping the URL.
  const dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-pdf-'));
  try {
    const blank = path.join(dir, 'print.html');
    await writeFile(blank, '<!doctype html><meta charset="utf-8">', 'utf8');
    await page.goto(pathToFileURL(blank).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return page;
}

function forgetPage(browser: Browser, page: Page | null): void {
  warmPages.delete(browser);
  if (page)
    void page
      .context()
      .close()
      .catch(() => undefined);
}

/** Runs `work` on the browser's warm print page, after any PDF already under way on it. */
function onWarmPage<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  const run = (queues.get(browser) ?? Promise.resolve()).then(async () => {
    const open = (): Promise<Page> => {
      const opening = openPrintPage(browser);
      warmPages.set(browser, opening);
      return opening;
    };
    let page: Page | null = null;
    try {
      page = await (warmPages.get(browser) ?? open());
      // Closed since the last PDF (its context closed, the page crashed): open a fresh one.
      if (page.isClosed()) page = await open();
      return await work(page);
    } catch (error) {
      // A crashed or closed page is not reused: the next PDF opens a fresh one.
      forgetPage(browser, page);
      throw error;
    }
  });
  queues.set(
    browser,
    run.catch(() => undefined),
  );
  return run;
}

/** The issue as PDF bytes, paginated with the 报尾 at the bottom of the last page. */
export async function renderPdf(issue: PrintableIssue, layout: LayoutSpec, options: PdfOptions = {}): Promise<PdfResult> {
  const started = performance.now();
  const browser = options.browser ?? (await launchChromium(options.chromiumPath));
  const launched = performance.now();
  try {
    return await onWarmPage(browser, async (page) => {
      const fontBaseUrl = pathToFileURL(options.fontDir ?? defaultFontDir()).href;
      const measureStart = performance.now();
      const pictures = options.pictures ? { pictures: options.pictures } : {};
      const paged = await layOutInPage(page, issue, layout, { fontBaseUrl, mode: 'print', ...pictures });
      const measured = performance.now();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const done = performance.now();
      return {
        pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength),
        pages: paged.pagination.pages.length,
        timings: { launch: launched - started, measure: measured - measureStart, pdf: done - measured, total: done - started },
      };
    });
  } finally {
    if (!options.browser) await browser.close();
  }
}

/** Writes the issue's PDF to `pdfPath`. */
export async function exportPdf(issue: PrintableIssue, layout: LayoutSpec, pdfPath: string, options: PdfOptions = {}): Promise<PdfResult> {
  const result = await renderPdf(issue, layout, options);
  await writeFile(pdfPath, result.pdf);
  return result;
}

/**
 * Holds the browser's warm print page (after any PDF under way on it) until `release` is called:
 * the 合订本 measures and prints on it, so it does not load the faces again in a fresh page (≈2 s).
 */
function holdWarmPage(browser: Browser): Promise<{ page: Page; release: () => void }> {
  return new Promise((resolve, reject) => {
    onWarmPage(browser, (page) => new Promise<void>((release) => resolve({ page, release }))).catch(reject);
  });
}

/**
 * A print surface (pdfRenderer.ts) on a Chromium page, for hosts outside Electron: the 合订本 shows
 * each issue's flow on it to measure, then the whole volume, and prints that. On a browser it is
 * given, the surface is that browser's warm print page, held until the surface closes (single PDFs
 * wait meanwhile); on one it launches, a page of its own, closed with the browser.
 */
export async function openChromiumSurface(options: PdfOptions = {}): Promise<{ surface: PrintSurface; fontBaseUrl: string }> {
  const browser = options.browser ?? (await launchChromium(options.chromiumPath));
  let close: () => Promise<void> = () => browser.close();
  try {
    let page: Page;
    if (options.browser) {
      const held = await holdWarmPage(browser);
      page = held.page;
      close = async () => held.release();
    } else {
      page = await openPrintPage(browser);
    }
    const shown = page;
    const surface: PrintSurface = {
      async show(html) {
        await shown.setContent(html, { waitUntil: 'load' });
        await shown.evaluate('document.fonts.ready.then(() => true)');
      },
      evaluate: (expression) => shown.evaluate(expression),
      async printToPdf() {
        const pdf = await shown.pdf({ preferCSSPageSize: true, printBackground: true });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      },
      close,
    };
    return { surface, fontBaseUrl: pathToFileURL(options.fontDir ?? defaultFontDir()).href };
  } catch (error) {
    await close();
    throw error;
  }
}
