/**
 * The PDF renderer of the hosts outside Electron (browser mode, the command line): Chromium through
 * playwright-core, as the print serializer drives it (print/pdf.ts). Loaded only by those hosts, so
 * the Electron bundle never pulls in playwright.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import { requireChineseFaces } from './fontCheck';
import type { Browser } from 'playwright-core';
import type { LayoutSpec } from '../../../shared/layout/spec';
import { DEFAULT_CHROMIUM_PATH, defaultFontDir, launchChromium, openChromiumSurface, renderPdf, type PdfOptions } from './print/pdf';
import type { PdfRenderer } from './pdfRenderer';

function chromiumMissing(file: string): AppError {
  return new AppError(
    'INTERNAL',
    `找不到用于生成 PDF 的 Chromium 浏览器（${file}），没有生成 PDF。请安装 Chromium（Debian：apt-get install chromium），` +
      '或用环境变量 CHROMIUM_PATH 指明它的位置；也可以改用“导出 DOCX”。',
  );
}

export interface ChromiumPdfOptions extends Omit<PdfOptions, 'browser'> {
  /**
   * How long Chromium stays open after a PDF, so the next one finds its faces loaded (print/pdf.ts):
   * browser mode keeps it two minutes; the command line makes one PDF and exits, so 0 closes it at once.
   */
  keepWarmMs?: number;
}

/**
 * Each PDF checks the faces, then prints in Chromium — launched for the first PDF and closed once no
 * PDF has been asked for during `keepWarmMs`. A 合订本's surface is a page of that browser too.
 */
export function chromiumPdfRenderer(options: ChromiumPdfOptions = {}): PdfRenderer {
  const { keepWarmMs = 0, ...pdfOptions } = options;
  let browser: Promise<Browser> | null = null;
  let running = 0;
  let idle: ReturnType<typeof setTimeout> | null = null;

  const ready = (layout: LayoutSpec): string => {
    const chromiumPath = pdfOptions.chromiumPath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
    if (!existsSync(chromiumPath)) throw chromiumMissing(chromiumPath);
    // Before anything is drawn: a face that can draw no Chinese would give a PDF with blank Chinese.
    requireChineseFaces(layout, { fontDir: pdfOptions.fontDir ?? defaultFontDir() });
    return chromiumPath;
  };
  const closeBrowser = async (): Promise<void> => {
    if (idle) clearTimeout(idle);
    idle = null;
    const closing = browser;
    browser = null;
    if (closing) await closing.then((b) => b.close()).catch(() => undefined);
  };
  const getBrowser = (chromiumPath: string): Promise<Browser> => {
    if (idle) clearTimeout(idle);
    idle = null;
    if (browser) {
      const current = browser;
      return current.then((b) => (b.isConnected() ? b : ((browser = null), getBrowser(chromiumPath))));
    }
    const launching = launchChromium(chromiumPath);
    browser = launching;
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
    return launching;
  };
  const release = () => {
    running--;
    if (running > 0) return;
    if (keepWarmMs <= 0) void closeBrowser();
    else {
      idle = setTimeout(() => void closeBrowser(), keepWarmMs);
      idle.unref();
    }
  };

  return {
    close: closeBrowser,
    async renderPdf(job) {
      const chromiumPath = ready(job.layout);
      running++;
      try {
        const pictures = job.pictures ? { pictures: job.pictures } : {};
        return (
          await renderPdf(job.issue, job.layout, { ...pdfOptions, chromiumPath, browser: await getBrowser(chromiumPath), ...pictures })
        ).pdf;
      } finally {
        release();
      }
    },
    async openSurface(layout) {
      const chromiumPath = ready(layout);
      running++;
      try {
        const opened = await openChromiumSurface({ ...pdfOptions, chromiumPath, browser: await getBrowser(chromiumPath) });
        let released = false;
        const close = opened.surface.close.bind(opened.surface);
        // The browser is let go of when the surface is, however the 合订本 ends.
        opened.surface.close = async () => {
          try {
            await close();
          } finally {
            if (!released) {
              released = true;
              release();
            }
          }
        };
        return opened;
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}
