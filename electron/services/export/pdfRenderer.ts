/**
 * Making a PDF needs a browser engine, which only the host has: Electron (a hidden window and
 * printToPDF) or Chromium through playwright-core (browser mode, command line: chromiumPdf.ts). The
 * services ask for this capability and answer a clear error without it.
 */
import { flowMeasurementSchema } from '../../../shared/contract/channels';
import { AppError } from '../../../shared/contract/result';
import { buildPrintHtml } from './print/buildPrintHtml';
import { MEASURE_SCRIPT } from '../../../shared/layout/measureFlow';
import { requireChineseFaces } from './fontCheck';
import type { LayoutSpec } from '../../../shared/layout/spec';
import type { PrintJob } from './printJob';

export interface PdfRenderer {
  /** The issue in its layout as PDF bytes. */
  renderPdf(job: PrintJob): Promise<Uint8Array>;
  /** Lets go of what it keeps between PDFs (a warm browser), when the host shuts down. */
  close?(): Promise<void>;
  /**
   * A surface to lay out and print several documents on, in `layout`'s faces (checked first): the
   * 合订本 measures every issue, then prints one document (compile/). The caller closes it.
   */
  openSurface?(layout: LayoutSpec): Promise<OpenedSurface>;
}

export interface OpenedSurface {
  surface: PrintSurface;
  /** Where the print HTML shown on it finds the bundled fonts. */
  fontBaseUrl: string;
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
 * Lays the job out on a surface in the two stages of the print serializer: show the flow, measure it
 * with the serializer's own script, show the pages. Afterwards the surface holds the paginated issue,
 * ready for printToPDF — or for the system print dialog (`webContents.print()`), which is how the
 * Electron host prints the same pages the PDF has.
 */
export async function showPagesOnSurface(surface: PrintSurface, job: PrintJob, fontBaseUrl: string): Promise<void> {
  const { issue, layout } = job;
  await surface.show(buildPrintHtml(issue, layout, { fontBaseUrl, mode: 'print' }));
  const measured = flowMeasurementSchema.safeParse(await surface.evaluate(MEASURE_SCRIPT));
  if (!measured.success) throw new AppError('INTERNAL', '排版测量失败，没有生成 PDF，也没有打印。请重试。');
  const pictures = job.pictures ? { pictures: job.pictures } : {};
  await surface.show(buildPrintHtml(issue, layout, { fontBaseUrl, mode: 'print', measurement: measured.data, ...pictures }));
}

/**
 * A PdfRenderer from a surface the host opens per PDF (and this closes again). With `fontDir` (the
 * bundled faces' folder) each PDF first checks that every face can draw Chinese, as browser mode does.
 */
export function surfacePdfRenderer(fontBaseUrl: string, openSurface: () => Promise<PrintSurface>, fontDir?: string): PdfRenderer {
  return {
    async openSurface(layout) {
      if (fontDir !== undefined) requireChineseFaces(layout, { fontDir });
      return { surface: await openSurface(), fontBaseUrl };
    },
    async renderPdf(job) {
      // Before anything is drawn: a face that can draw no Chinese would give a PDF with blank Chinese.
      if (fontDir !== undefined) requireChineseFaces(job.layout, { fontDir });
      const surface = await openSurface();
      try {
        await showPagesOnSurface(surface, job, fontBaseUrl);
        return await surface.printToPdf();
      } finally {
        await surface.close();
      }
    },
  };
}
