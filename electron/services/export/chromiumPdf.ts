/**
 * The PDF renderer of the hosts outside Electron (browser mode, the command line): Chromium through
 * playwright-core, as the print serializer drives it (print/pdf.ts). Loaded only by those hosts, so
 * the Electron bundle never pulls in playwright.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import { requireChineseFaces } from './fontCheck';
import type { LayoutSpec } from '../../../shared/layout/spec';
import { DEFAULT_CHROMIUM_PATH, defaultFontDir, openChromiumSurface, renderPdf, type PdfOptions } from './print/pdf';
import type { PdfRenderer } from './pdfRenderer';

function chromiumMissing(file: string): AppError {
  return new AppError(
    'INTERNAL',
    `找不到用于生成 PDF 的 Chromium 浏览器（${file}），没有生成 PDF。请安装 Chromium（Debian：apt-get install chromium），` +
      '或用环境变量 CHROMIUM_PATH 指明它的位置；也可以改用“导出 DOCX”。',
  );
}

/** Each PDF checks the faces, then launches Chromium and closes it again (a PDF is a deliberate, occasional act). */
export function chromiumPdfRenderer(options: Omit<PdfOptions, 'browser'> = {}): PdfRenderer {
  const ready = (layout: LayoutSpec): string => {
    const chromiumPath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
    if (!existsSync(chromiumPath)) throw chromiumMissing(chromiumPath);
    // Before anything is drawn: a face that can draw no Chinese would give a PDF with blank Chinese.
    requireChineseFaces(layout, { fontDir: options.fontDir ?? defaultFontDir() });
    return chromiumPath;
  };
  return {
    async renderPdf(job) {
      const chromiumPath = ready(job.layout);
      return (await renderPdf(job.issue, job.layout, { ...options, chromiumPath })).pdf;
    },
    async openSurface(layout) {
      const chromiumPath = ready(layout);
      return openChromiumSurface({ ...options, chromiumPath });
    },
  };
}
