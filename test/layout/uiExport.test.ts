/**
 * The layout check on what the clerk actually gets: the sample issue 2022年第28期 is exported from the real
 * UI in browser mode (导出 Word, 导出 PDF), and those two files pass the same checks as the serializers'
 * own output in samples.test.ts — the DOCX through LibreOffice 25.2, the PDF as the app made it.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { launchBrowser } from '../e2e/browser';
import { exportFromUi, type UiExports } from '../e2e/exportUi';
import { startHost, type RunningHost } from '../e2e/host';
import { callApi, editor } from '../e2e/ui';
import { weekly2022n28 } from '../fixtures/issues';
import { TEXT_BLOCK_BOTTOM_MM } from './fixtures';
import { identicalLineRatioOf, measureText, type TextMeasurements } from './measure';
import { lastRuleOnLastPage, redOnFirstPage } from './raster';
import { closeRenderers, docxToPdf, layoutEnv } from './render';

const layout = DEFAULT_LAYOUT;

describe('export from the UI (browser mode): 2022年第28期', () => {
  let host: RunningHost;
  let browser: Browser;
  let files: UiExports;
  let docxPdf: string;
  let docx: TextMeasurements;
  let pdf: TextMeasurements;

  beforeAll(async () => {
    host = await startHost(undefined, layoutEnv());
    browser = await launchBrowser();
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(host.url);
    const issue = await callApi<{ id: number }>(page, 'issues.create', { seriesId: 1, meta: weekly2022n28.meta });
    await callApi(page, 'issues.saveDocument', { id: issue.id, document: weekly2022n28.document });
    await callApi(page, 'issues.updateClosing', { id: issue.id, closing: weekly2022n28.closing });
    await page.reload();
    await page.getByTestId('issue-row').first().click();
    await editor(page).waitFor();
    files = await exportFromUi(page);
    docxPdf = await docxToPdf(files.docxPath, path.dirname(files.docxPath));
    [docx, pdf] = await Promise.all([measureText(docxPdf), measureText(files.pdfPath)]);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await closeRenderers();
  });

  it('offers the files under the issue’s name', () => {
    expect(files.docxName).toBe('窗口工作周报2022年第28期.docx');
    expect(files.pdfName).toBe('窗口工作周报2022年第28期.pdf');
  });

  it('gives the same page count, and 22 lines on every page between the first and the last', () => {
    expect(pdf.pageCount).toBe(docx.pageCount);
    expect(docx.pageCount).toBeGreaterThanOrEqual(3);
    for (const m of [docx, pdf]) {
      for (let i = 1; i < m.pageCount - 1; i++) expect(m.linesPerPage[i], `page ${i + 1}`).toBe(layout.grid.linesPerPage);
    }
  });

  it('puts page numbers right on odd and left on even pages', () => {
    for (const m of [docx, pdf]) {
      m.pageNumbers.forEach((n, i) => {
        expect(n?.value).toBe(i + 1);
        expect(n?.side).toBe((i + 1) % 2 === 1 ? 'right' : 'left');
      });
    }
  });

  it('has the red masthead on page 1 and the 报尾’s last rule on the bottom of the text block', async () => {
    for (const file of [docxPdf, files.pdfPath]) {
      expect(await redOnFirstPage(file)).toBeGreaterThan(200);
      const rule = await lastRuleOnLastPage(file);
      expect(rule).toBeDefined();
      expect(Math.abs(rule!.bottomMm - TEXT_BLOCK_BOTTOM_MM)).toBeLessThanOrEqual(1);
    }
  });

  it('starts every page with the same line and shares at least 90 % of its lines', () => {
    expect(pdf.firstLines).toEqual(docx.firstLines);
    const ratio = identicalLineRatioOf(docx.pages, pdf.pages);
    console.info(`UI export 2022年第28期: identical lines ${(ratio * 100).toFixed(1)} %`);
    expect(ratio).toBeGreaterThanOrEqual(0.9);
  });
});
