/**
 * 合订本 figures (issue 12): a year of 52 weekly issues — the three samples in turn, ≈5 pages each —
 * bound as PDF and as DOCX by the service the app uses (Chromium as the print engine, the DOCX task
 * in this thread as on the command line). Aims: PDF ≤ 60 s, DOCX ≤ 3 s; the DOCX needs every issue
 * paginated first (the contents' page numbers): right after the PDF the measurements are reused
 * (compile/measure.ts), alone it measures them itself; both are shown.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays } from 'date-fns';
import { compileVolume } from '../electron/services/compile/compileVolume';
import { openDatabase } from '../electron/services/db/connection';
import { dispatch } from '../electron/services/dispatch';
import { chromiumPdfRenderer } from '../electron/services/export/chromiumPdf';
import { loadJob } from '../electron/services/export/docxTask';
import { createHandlers } from '../electron/services/handlers';
import { toIsoDate } from '../shared/issues/dates';
import { SAMPLE_ISSUES } from '../test/fixtures/issues/index';

const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ISSUES = 52;
const YEAR = 2024;

export async function runCompileBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefdesk-compile-bench-'));
  const databasePath = path.join(dir, 'briefdesk.sqlite');
  const db = openDatabase(databasePath);
  try {
    const handlers = createHandlers(db, { host: 'web', databasePath, version: 'bench', today: () => `${YEAR}-12-31` });
    const call = async (channel: Parameters<typeof dispatch>[1], input: unknown) => {
      const result = await dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as { id: number };
    };
    for (let n = 1; n <= ISSUES; n++) {
      const fixture = SAMPLE_ISSUES[(n - 1) % SAMPLE_ISSUES.length]!;
      const issueDate = toIsoDate(addDays(new Date(YEAR, 0, 5), 7 * (n - 1)));
      const meta = { ...fixture.meta, year: YEAR, number: n, totalNumber: null, issueDate, periodStart: null, periodEnd: null };
      const { id } = await call('issues.create', { seriesId: 1, meta });
      await call('issues.saveDocument', { id, document: fixture.document });
      await call('issues.finalize', { id });
    }
    const info = { pdf: chromiumPdfRenderer() };
    const request = { seriesId: 1, year: YEAR, all: false, perIssuePages: false };
    let measured = 0;
    const t0 = performance.now();
    const pdf = await compileVolume(
      { db, info },
      { ...request, format: 'pdf' },
      {
        onProgress: (p) => {
          if (p.done === ISSUES) measured = performance.now() - t0;
        },
      },
    );
    const pdfMs = performance.now() - t0;
    let docxMeasured = 0;
    const t1 = performance.now();
    const docx = await compileVolume(
      { db, info },
      { ...request, format: 'docx' },
      {
        onProgress: (p) => {
          if (p.done === ISSUES && docxMeasured === 0) docxMeasured = performance.now() - t1;
        },
      },
    );
    const docxMs = performance.now() - t1;
    // Alone, with an engine that has measured nothing yet: the DOCX's contents still need every issue paginated.
    const t2 = performance.now();
    await compileVolume({ db, info: { pdf: chromiumPdfRenderer() } }, { ...request, format: 'docx' });
    const coldDocxMs = performance.now() - t2;
    // Alone, with an engine already running (the web host keeps Chromium 120 s after a preview or
    // a PDF; Electron's print window stays) but nothing of this year measured yet.
    const warmEngine = chromiumPdfRenderer({ keepWarmMs: 60_000 });
    let warmDocxMs = 0;
    try {
      await warmEngine.renderPdf(loadJob(db, 1).job);
      const t3 = performance.now();
      await compileVolume({ db, info: { pdf: warmEngine } }, { ...request, format: 'docx' });
      warmDocxMs = performance.now() - t3;
    } finally {
      await warmEngine.close?.();
    }
    console.log(`\n合订本 (${ISSUES} 期周报, ${pdf.plan.totalPages} 页)`);
    console.log(
      `  PDF   ${fmt(pdfMs)}  (其中逐期排版测量 ${fmt(measured)}, 生成 PDF ${fmt(pdfMs - measured)}; ${(pdf.bytes.byteLength / 1024 / 1024).toFixed(1)} MB)`,
    );
    console.log(
      `  DOCX  ${fmt(docxMs)}  (紧接 PDF 之后，沿用其排版测量 ${fmt(docxMeasured)}, 生成 Word ${fmt(docxMs - docxMeasured)}; ${(docx.bytes.byteLength / 1024).toFixed(0)} KB)`,
    );
    console.log(`  DOCX  ${fmt(coldDocxMs)}  (单独生成：先启动 Chromium 逐期排版测量，目录页码要用)`);
    console.log(`  DOCX  ${fmt(warmDocxMs)}  (单独生成，Chromium 已在运行（预览或导出之后），本年各期尚未测量)`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
