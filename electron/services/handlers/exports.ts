/**
 * The official-layout exports: DOCX (a heavy task, off the event loop), print HTML (for the preview
 * and for printing) and PDF (through the host's renderer). All three start from the same print job
 * (export/docxTask.ts loadJob), so they print the same issue in the same layout. Files cross the
 * contract as base64; the host or the UI writes them.
 */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { loadJob } from '../export/docxTask';
import { buildPrintHtml } from '../export/print/buildPrintHtml';
import { checkMeasurement } from '../export/print/checkMeasurement';
import { chineseFontsMissingMessage, facesWithoutChinese } from '../export/fontCheck';
import { bundledFontsStatus } from '../fonts/bundledFonts';
import { runHeavy } from '../heavy/run';
import { missingPicturesWarning } from '../export/pictureSource';
import type { HandlerContext } from './context';

/** Where browser mode serves the bundled fonts; Electron passes its own (app://briefdesk/fonts/). */
export const DEFAULT_FONT_BASE_URL = '/fonts/';

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function noPdfRenderer(): AppError {
  return new AppError(
    'INTERNAL',
    '当前运行方式无法生成 PDF（找不到用于排版打印的浏览器组件）。请改用“导出 DOCX”，或在桌面版简报台中导出 PDF。',
  );
}

function pdfFailed(error: unknown): AppError {
  console.error('[briefdesk] PDF rendering failed:', error);
  return new AppError('INTERNAL', '生成 PDF 时出错，没有生成文件。请重试；如果反复出现，请改用“导出 DOCX”并联系维护人员。');
}

type ExportChannels = 'export.docx' | 'export.printHtml' | 'export.fontCheck' | 'export.pdf';

export function exportHandlers(ctx: HandlerContext): Pick<Handlers, ExportChannels> {
  const { db } = ctx;
  const fontBaseUrl = ctx.info.fontBaseUrl ?? DEFAULT_FONT_BASE_URL;
  return {
    // Built off the event loop (heavy/); the print HTML stays here: it is bounded by checkMeasurement
    // and takes milliseconds, and the PDF is drawn by Chromium in its own process.
    'export.docx': async ({ id }) => {
      const { fileName, bytes, warning } = await runHeavy(ctx, 'export.docx', { id });
      if (warning !== null) console.warn(`[briefdesk] export.docx of issue ${id}: ${warning}`);
      return { fileName, base64: toBase64(bytes), ...(warning !== null ? { warning } : {}) };
    },

    'export.printHtml': ({ id, mode, measurement }) => {
      const { job } = loadJob(db, id);
      // The measurement comes from the renderer: checked against this document before anything is paginated.
      if (measurement) checkMeasurement(job.issue, job.layout, measurement);
      const missingFontFiles = ctx.info.fontsDir ? bundledFontsStatus(ctx.info.fontsDir).missing : [];
      return {
        html: buildPrintHtml(job.issue, job.layout, {
          fontBaseUrl,
          mode,
          missingFontFiles,
          pictures: job.pictures,
          ...(measurement ? { measurement } : {}),
        }),
      };
    },

    'export.fontCheck': ({ id }) => {
      const { job } = loadJob(db, id);
      const fontDir = ctx.info.fontsDir;
      const missingFaces = fontDir === undefined ? [] : facesWithoutChinese(job.layout, { fontDir });
      return {
        missingFaces,
        message: missingFaces.length === 0 || fontDir === undefined ? null : chineseFontsMissingMessage(missingFaces, fontDir),
      };
    },

    'export.pdf': async ({ id }) => {
      const { job, fileName } = loadJob(db, id);
      const renderer = ctx.info.pdf;
      if (!renderer) throw noPdfRenderer();
      let bytes: Uint8Array;
      try {
        bytes = await renderer.renderPdf(job);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw pdfFailed(error);
      }
      const warning = missingPicturesWarning(job.pictures.missing);
      if (warning !== null) console.warn(`[briefdesk] export.pdf of issue ${id}: ${warning}`);
      return { fileName: fileName('pdf'), base64: toBase64(bytes), ...(warning !== null ? { warning } : {}) };
    },
  };
}
