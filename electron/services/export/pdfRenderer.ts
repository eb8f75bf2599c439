/**
 * Making a PDF needs a browser engine, which only the host has: Electron (printToPDF in a hidden
 * window) or Chromium through playwright-core (browser mode, command line). The services ask for
 * this capability and answer a clear error without it.
 */
import type { PrintJob } from './printJob';

export interface PdfRenderer {
  /** The issue in its layout as PDF bytes. */
  renderPdf(job: PrintJob): Promise<Uint8Array>;
}

/** Builds the print HTML (mode 'print') for a job with fonts under the host's font base URL. */
export type PrintHtmlBuilder = (job: PrintJob, fontBaseUrl: string) => string | Promise<string>;

/**
 * A renderer for a host that turns print HTML into PDF itself (Electron: load it in a hidden window,
 * `webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })`).
 */
export function htmlPdfRenderer(
  buildHtml: PrintHtmlBuilder,
  fontBaseUrl: string,
  htmlToPdf: (html: string) => Promise<Uint8Array>,
): PdfRenderer {
  return {
    async renderPdf(job) {
      return htmlToPdf(await buildHtml(job, fontBaseUrl));
    },
  };
}
