/**
 * Making a PDF needs a browser engine, which only the host has: Electron (a hidden window and
 * printToPDF) or Chromium through playwright-core (browser mode, command line: chromiumPdf.ts). The
 * services ask for this capability and answer a clear error without it.
 */
import { flowMeasurementSchema } from '../../../shared/contract/channels';
import { AppError } from '../../../shared/contract/result';
import { buildPrintHtml } from './print/buildPrintHtml';
import { MEASURE_SCRIPT } from './print/measure';
import type { PrintJob } from './printJob';

export interface PdfRenderer {
  /** The issue in its layout as PDF bytes. */
  renderPdf(job: PrintJob): Promise<Uint8Array>;
}

/**
 * A page a host can show print HTML in — for Electron, a hidden, sandboxed BrowserWindow on the
 * app:// origin (so the fonts under app://briefdesk/fonts/ load).
 */
export interface PrintSurface {
  /** Shows `html` in place of what was there; resolves once it and its web fonts have loaded. */
  show(html: string): Promise<void>;
  /** Evaluates a script expression in the shown document (`webContents.executeJavaScript`). */
  evaluate(expression: string): Promise<unknown>;
  /** Prints what is shown with the document's own @page size (`printToPDF({ preferCSSPageSize: true, printBackground: true })`). */
  printToPdf(): Promise<Uint8Array>;
  close(): void | Promise<void>;
}

/**
 * A PdfRenderer from a surface the host opens per PDF: the same two stages as print/pdf.ts — show the
 * flow, measure it with the print serializer's script, show the pages, print.
 */
export function surfacePdfRenderer(fontBaseUrl: string, openSurface: () => Promise<PrintSurface>): PdfRenderer {
  return {
    async renderPdf({ issue, layout }) {
      const surface = await openSurface();
      try {
        await surface.show(buildPrintHtml(issue, layout, { fontBaseUrl, mode: 'print' }));
        const measured = flowMeasurementSchema.safeParse(await surface.evaluate(MEASURE_SCRIPT));
        if (!measured.success) throw new AppError('INTERNAL', '排版测量失败，没有生成 PDF。请重试。');
        await surface.show(buildPrintHtml(issue, layout, { fontBaseUrl, mode: 'print', measurement: measured.data }));
        return await surface.printToPdf();
      } finally {
        await surface.close();
      }
    },
  };
}
