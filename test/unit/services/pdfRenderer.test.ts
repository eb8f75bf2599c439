/**
 * PDF renderers: the host-surface one Electron uses (driven here by a fake surface, and by a real
 * Chromium page standing in for Electron's hidden window) and the Chromium one of browser mode and the CLI.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { chromiumPdfRenderer } from '../../../electron/services/export/chromiumPdf';
import { openChromiumSurface, renderPdf } from '../../../electron/services/export/print/pdf';
import { surfacePdfRenderer, type PrintSurface } from '../../../electron/services/export/pdfRenderer';
import type { PrintJob } from '../../../electron/services/export/printJob';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FONT_DIR = path.resolve('resources/fonts/fandol');

function job(): PrintJob {
  return { issue: toPrintableIssue(weekly2022n28.series, fixtureIssue(weekly2022n28), weekly2022n28.closing), layout: DEFAULT_LAYOUT };
}

/** Chromium processes this test process started (children of this pid). */
async function chromiumProcesses(): Promise<number> {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(process.pid)]).toString();
  return out.split('\n').filter((l) => l.trim() !== '').length;
}

function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?!s)/g) ?? []
  ).length;
}

describe('surfacePdfRenderer (what the Electron host plugs its hidden window into)', () => {
  it('shows the flow, measures it, shows the pages, prints, and closes the surface', async () => {
    const steps: string[] = [];
    const surface: PrintSurface = {
      show: async (html) => {
        steps.push(html.includes('data-flow=') ? 'show flow' : 'show pages');
      },
      evaluate: async () => {
        steps.push('measure');
        return { items: Array.from({ length: job().issue.blocks.length + 2 }, () => ({ lines: 3, lineStarts: null })) };
      },
      printToPdf: async () => {
        steps.push('print');
        return new TextEncoder().encode('%PDF-fake');
      },
      close: () => {
        steps.push('close');
      },
    };
    const pdf = await surfacePdfRenderer('app://briefdesk/fonts/', async () => surface).renderPdf(job());
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-fake');
    expect(steps).toEqual(['show flow', 'measure', 'show pages', 'print', 'close']);
  });

  it('refuses a measurement that is not one, and still closes the surface', async () => {
    let closed = false;
    const surface: PrintSurface = {
      show: async () => {},
      evaluate: async () => ({ items: 'nonsense' }),
      printToPdf: async () => new Uint8Array(),
      close: () => {
        closed = true;
      },
    };
    await expect(surfacePdfRenderer('/fonts/', async () => surface).renderPdf(job())).rejects.toThrow('排版测量失败');
    expect(closed).toBe(true);
  });
});

describe.skipIf(!existsSync(CHROMIUM) || !existsSync(FONT_DIR))('PDFs from Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--disable-gpu', '--no-first-run'] });
    folder = await mkdtemp(path.join(tmpdir(), 'briefdesk-surface-'));
  });
  afterAll(async () => {
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('a real page as the surface gives the same pages as the CLI renderer', async () => {
    const blank = path.join(folder, 'print.html');
    await writeFile(blank, '<!doctype html><meta charset="utf-8">');
    const open = async (): Promise<PrintSurface> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(pathToFileURL(blank).href);
      return {
        show: async (html) => {
          await page.setContent(html, { waitUntil: 'load' });
          await page.evaluate('document.fonts.ready.then(() => true)');
        },
        evaluate: (expression) => page.evaluate(expression),
        printToPdf: async () => new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
        close: () => context.close(),
      };
    };
    const viaSurface = await surfacePdfRenderer(pathToFileURL(FONT_DIR).href, open).renderPdf(job());
    const viaCli = await chromiumPdfRenderer().renderPdf(job());
    expect(Buffer.from(viaSurface.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(viaCli.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(viaSurface)).toBeGreaterThan(1);
    expect(pageCount(viaSurface)).toBe(pageCount(viaCli));
  });

  it('keeps one warm print page per browser: PDFs after the first reuse it, one at a time, each whole', async () => {
    const own = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--disable-gpu', '--no-first-run'] });
    try {
      const first = await renderPdf(job().issue, job().layout, { browser: own, fontDir: FONT_DIR });
      expect(own.contexts()).toHaveLength(1);
      // Two at once on the same browser: queued on the one page, neither sees the other's document.
      const [a, b] = await Promise.all([
        renderPdf(job().issue, job().layout, { browser: own, fontDir: FONT_DIR }),
        renderPdf(job().issue, job().layout, { browser: own, fontDir: FONT_DIR }),
      ]);
      expect(own.contexts()).toHaveLength(1);
      expect([pageCount(a.pdf), pageCount(b.pdf)]).toEqual([first.pages, first.pages]);
      // A page that went away is not reused: the next PDF opens a fresh one.
      await own.contexts()[0]!.close();
      const again = await renderPdf(job().issue, job().layout, { browser: own, fontDir: FONT_DIR });
      expect(again.pages).toBe(first.pages);
      expect(own.contexts()).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  it('a 合订本 surface on a browser is its warm print page: held while open, a PDF waits, the page stays warm', async () => {
    const own = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--disable-gpu', '--no-first-run'] });
    try {
      const first = await renderPdf(job().issue, job().layout, { browser: own, fontDir: FONT_DIR });
      const warmPage = own.contexts()[0]!.pages()[0]!;
      const { surface } = await openChromiumSurface({ browser: own, fontDir: FONT_DIR });
      // No page of its own: the faces loaded for the first PDF are used again.
      expect(own.contexts()).toHaveLength(1);
      await surface.show('<!doctype html><meta charset="utf-8"><p id="volume">合订本</p>');
      let pdfDone = false;
      const waiting = renderPdf(job().issue, job().layout, { browser: own, fontDir: FONT_DIR }).then((r) => ((pdfDone = true), r));
      // The PDF queues behind the held page: the surface's document is still the one it showed.
      expect(await surface.evaluate('document.getElementById("volume")?.textContent')).toBe('合订本');
      expect(pdfDone).toBe(false);
      await surface.close();
      expect((await waiting).pages).toBe(first.pages);
      expect(own.contexts()).toHaveLength(1);
      expect(own.contexts()[0]!.pages()[0]).toBe(warmPage);
    } finally {
      await own.close();
    }
  });

  it('browser mode keeps Chromium open between PDFs and closes it with the host', async () => {
    const renderer = chromiumPdfRenderer({ keepWarmMs: 60_000, fontDir: FONT_DIR });
    const before = await chromiumProcesses();
    expect(pageCount(await renderer.renderPdf(job()))).toBeGreaterThan(1);
    const during = await chromiumProcesses();
    expect(pageCount(await renderer.renderPdf(job()))).toBeGreaterThan(1);
    expect(await chromiumProcesses()).toBe(during); // the same browser, not a second one
    expect(during).toBeGreaterThan(before);
    await renderer.close!();
    await expect.poll(chromiumProcesses, { timeout: 10_000 }).toBe(before);
  });

  it('names a missing Chromium in Chinese instead of failing obscurely', async () => {
    const renderer = chromiumPdfRenderer({ chromiumPath: path.join(folder, 'no-chromium') });
    await expect(renderer.renderPdf(job())).rejects.toThrow('找不到用于生成 PDF 的 Chromium 浏览器');
  });
});
