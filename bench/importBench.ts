/**
 * Import of 500 past issues generated from the three samples (each with its own 期号 line, so every
 * one is a new issue): text files through import.preview + import.save into a fresh database, the
 * detection alone, and DOCX files (made by the DOCX export) through preview.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/services/db/connection';
import { dispatch } from '../electron/services/dispatch';
import { buildDocx } from '../electron/services/export/docx/buildDocx';
import { createHandlers } from '../electron/services/handlers';
import { draftOf } from '../electron/services/import';
import type { ImportPreview } from '../shared/contract/importChannels';
import { detectIssue } from '../shared/import';
import { toPrintableIssue } from '../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../shared/layout/spec';
import { fixtureIssue, SAMPLE_ISSUES } from '../test/fixtures/issues';
import { percentile } from './fixtures';

const SAMPLES = path.join(import.meta.dirname, '../test/fixtures/import/samples');
const COUNT = 500;
const DOCX_COUNT = 100;

/** The sample's text with its masthead title and 期号 line replaced by generated ones. */
function generatedText(sample: string, i: number): string {
  const year = 2001 + Math.floor(i / 50);
  const number = (i % 50) + 1;
  const body = sample
    .split('\n')
    .filter((line) => !/^\s*窗口工作周报\s*$/.test(line) && !/^\s*\d{4}\s*年第\s*\d+\s*期/.test(line))
    .join('\n');
  return `窗口工作周报\n\n${year} 年第 ${number} 期（总第 ${i + 1} 期）\n\n${body}`;
}

function base64(text: string | Uint8Array): string {
  return Buffer.from(typeof text === 'string' ? new TextEncoder().encode(text) : text).toString('base64');
}

export async function runImportBench(): Promise<void> {
  const samples = SAMPLE_ISSUES.map((fixture) => readFileSync(path.join(SAMPLES, fixture.source), 'utf8'));
  const texts = Array.from({ length: COUNT }, (_, i) => generatedText(samples[i % samples.length]!, i));
  const chars = texts.reduce((sum, text) => sum + text.length, 0);

  let started = performance.now();
  for (const text of texts) detectIssue(text);
  const detectMs = performance.now() - started;

  const folder = mkdtempSync(path.join(tmpdir(), 'briefdesk-import-bench-'));
  try {
    const file = path.join(folder, 'bench.sqlite');
    const db = openDatabase(file);
    const handlers = createHandlers(db, { host: 'web', databasePath: file, version: 'bench' });
    const perFile: number[] = [];
    started = performance.now();
    for (const [i, text] of texts.entries()) {
      const t0 = performance.now();
      const preview = await dispatch(handlers, 'import.preview', { fileName: `第${i + 1}期.txt`, base64: base64(text) });
      if (!preview.ok) throw new Error(preview.error.message);
      const draft = draftOf((preview.value as ImportPreview).issue);
      if (!draft) throw new Error(`generated issue ${i} lacks a 期号`);
      const saved = await dispatch(handlers, 'import.save', { draft });
      if (!saved.ok) throw new Error(saved.error.message);
      perFile.push(performance.now() - t0);
    }
    const importMs = performance.now() - started;
    const stored = db.prepare('SELECT count(*) FROM issues').pluck().get();

    const docxFiles = await Promise.all(
      SAMPLE_ISSUES.map((fixture) => buildDocx(toPrintableIssue(fixture.series, fixtureIssue(fixture), fixture.closing), DEFAULT_LAYOUT)),
    );
    const docxTimes: number[] = [];
    for (let i = 0; i < DOCX_COUNT; i++) {
      const t0 = performance.now();
      const preview = await dispatch(handlers, 'import.preview', { fileName: 'x.docx', base64: base64(docxFiles[i % docxFiles.length]!) });
      if (!preview.ok) throw new Error(preview.error.message);
      docxTimes.push(performance.now() - t0);
    }
    db.close();

    console.log(`\n导入往期（${COUNT} 期，由三份样例生成，共 ${(chars / 1e6).toFixed(2)} M 字符）`);
    console.log(`  识别（仅 detectIssue）：${detectMs.toFixed(0)} ms，平均每期 ${(detectMs / COUNT).toFixed(2)} ms`);
    console.log(
      `  .txt 读取+识别+保存：${(importMs / 1000).toFixed(2)} s（${stored} 期入库），每期 p50 ${percentile(perFile, 50).toFixed(2)} ms / p95 ${percentile(perFile, 95).toFixed(2)} ms`,
    );
    console.log(
      `  .docx 读取+识别（mammoth，${DOCX_COUNT} 份）：每份 p50 ${percentile(docxTimes, 50).toFixed(1)} ms / p95 ${percentile(docxTimes, 95).toFixed(1)} ms，推算 500 份 ≈ ${((percentile(docxTimes, 50) * COUNT) / 1000).toFixed(1)} s`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
