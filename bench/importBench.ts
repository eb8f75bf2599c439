/**
 * Import of 500 past issues generated from the three samples (each with its own 期号 line, so every
 * one is a new issue): text files through import.preview + import.save into a fresh database, the
 * detection alone; a folder of 300 DOCX issues (made by the DOCX export, figures included) through
 * preview + save; and linearity: the same broken-line text at 1 MB and 2 MB, and a 19 MB paragraph.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../electron/services/db/connection';
import { dispatch } from '../electron/services/dispatch';
import { buildDocx } from '../electron/services/export/docx/buildDocx';
import { createHandlers } from '../electron/services/handlers';
import { draftOf, readImportFile } from '../electron/services/import';
import type { ImportPreview } from '../shared/contract/importChannels';
import { detectIncoming, detectIssue } from '../shared/import';
import { AppError } from '../shared/contract/result';
import { toPrintableIssue } from '../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../shared/layout/spec';
import { fixtureIssue, SAMPLE_ISSUES } from '../test/fixtures/issues';
import { percentile } from './fixtures';

const SAMPLES = path.join(import.meta.dirname, '../test/fixtures/import/samples');
const COUNT = 500;
const DOCX_COUNT = 300;

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

/** Text cut at a fixed width without full stops: the input that made the old paragraph joiner quadratic. */
function brokenText(chars: number): string {
  const line = '省政务服务大厅各窗口持续优化办事流程提升服务效能群众满意度稳步提高';
  const lines = Math.ceil(chars / line.length);
  return `窗口工作周报\n2024年第1期\n四川省政府政务服务和公共资源交易服务中心 2024年1月5日\n一、政务工作动态\n${Array.from({ length: lines }, () => line).join('\n')}`;
}

async function timeTextImport(text: string): Promise<number> {
  const bytes = new TextEncoder().encode(text);
  const t0 = performance.now();
  try {
    detectIncoming(await readImportFile('大文件.txt', bytes));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  return performance.now() - t0;
}

async function linearity(): Promise<void> {
  const best = async (text: string) => Math.min(await timeTextImport(text), await timeTextImport(text), await timeTextImport(text));
  const one = await best(brokenText(1_000_000));
  const two = await best(brokenText(2_000_000));
  const single = '本周'.repeat(Math.floor((19 * 1024 * 1024) / 6));
  const huge = await timeTextImport(`窗口工作周报\n2024年第1期\n一、政务工作动态\n${single}`);
  console.log(
    `  线性：断行文本 1 M 字符 ${one.toFixed(0)} ms，2 M 字符 ${two.toFixed(0)} ms（比值 ${(two / one).toFixed(2)}，目标 ≤ 2.5）`,
  );
  console.log(`  19 MB 单段 .txt：读取+识别 ${(huge / 1000).toFixed(2)} s`);
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

    const docxTimes: number[] = [];
    started = performance.now();
    for (let i = 0; i < DOCX_COUNT; i++) {
      const fixture = SAMPLE_ISSUES[i % SAMPLE_ISSUES.length]!;
      const meta = { ...fixture.meta, year: 2061 + Math.floor(i / 50), number: (i % 50) + 1, totalNumber: 1000 + i };
      const bytes = await buildDocx(
        toPrintableIssue(fixture.series, { ...fixtureIssue(fixture), ...meta }, fixture.closing),
        DEFAULT_LAYOUT,
      );
      const t0 = performance.now();
      const preview = await dispatch(handlers, 'import.preview', { fileName: `第${i + 1}期.docx`, base64: base64(bytes) });
      if (!preview.ok) throw new Error(preview.error.message);
      const draft = draftOf((preview.value as ImportPreview).issue);
      if (!draft) throw new Error(`generated DOCX ${i} lacks a 期号`);
      const saved = await dispatch(handlers, 'import.save', { draft });
      if (!saved.ok) throw new Error(saved.error.message);
      docxTimes.push(performance.now() - t0);
    }
    const docxTotal = docxTimes.reduce((a, b) => a + b, 0);
    const figures = db.prepare('SELECT count(*) FROM issue_figures').pluck().get();
    db.close();

    console.log(`\n导入往期（${COUNT} 期，由三份样例生成，共 ${(chars / 1e6).toFixed(2)} M 字符）`);
    console.log(`  识别（仅 detectIssue）：${detectMs.toFixed(0)} ms，平均每期 ${(detectMs / COUNT).toFixed(2)} ms`);
    console.log(
      `  .txt 读取+识别+保存：${(importMs / 1000).toFixed(2)} s（${stored} 期入库），每期 p50 ${percentile(perFile, 50).toFixed(2)} ms / p95 ${percentile(perFile, 95).toFixed(2)} ms`,
    );
    console.log(
      `  .docx 文件夹 ${DOCX_COUNT} 份（读取+识别+统计数字+保存）：合计 ${(docxTotal / 1000).toFixed(2)} s，每份 p50 ${percentile(docxTimes, 50).toFixed(1)} ms / p95 ${percentile(docxTimes, 95).toFixed(1)} ms（目标 p95 ≤ 50 ms），共存入 ${figures} 个统计数字`,
    );
    await linearity();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
