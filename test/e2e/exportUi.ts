/**
 * Exporting the open issue from the real UI in browser mode: 导出 Word and 导出 PDF are clicked, the
 * downloads they start are saved into a folder, and their paths come back — for the export UI test
 * and for the layout suite, which checks the same files as its DOCX and PDF renderings.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface UiExports {
  docxPath: string;
  pdfPath: string;
  /** The names the app offered (the service's file names). */
  docxName: string;
  pdfName: string;
}

/** Clicks the button `testId` and saves the download it starts into `dir`; answers its path and name. */
export async function downloadFrom(page: Page, testId: string, dir: string, timeout = 60_000): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), page.getByTestId(testId).click()]);
  const name = download.suggestedFilename();
  const path = join(dir, name);
  await download.saveAs(path);
  return { path, name };
}

/**
 * Exports the issue open in `page` as DOCX and PDF through the UI. The page's context must accept
 * downloads (playwright's default). Files go to `dir`, by default a new temporary folder.
 */
export async function exportFromUi(page: Page, dir = mkdtempSync(join(tmpdir(), 'briefdesk-ui-export-'))): Promise<UiExports> {
  const docx = await downloadFrom(page, 'export-docx', dir);
  const pdf = await downloadFrom(page, 'export-pdf', dir);
  return { docxPath: docx.path, pdfPath: pdf.path, docxName: docx.name, pdfName: pdf.name };
}
