/**
 * Search while an import runs (issue 13: "a 1,000-issue search while an import runs, p95 ≤ 50 ms"):
 * 1,000 generated issues (bench/archiveFixture.ts), indexed; then a 20 MB .txt goes through
 * import.preview and import.save on handlers with a heavy-work pool, as the app's host runs them
 * (a worker thread on its own connection), while archive.search is asked back to back on the host.
 * Prints search p50/p95 before and during the import, and the import's wall time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportPreview } from '../shared/contract/importChannels';
import type { Result } from '../shared/contract/result';
import { draftOf } from '../shared/import/draft';
import { openDatabase } from '../electron/services/db/connection';
import { refreshStaleIssues } from '../electron/services/db/searchIndexTable';
import { dispatch } from '../electron/services/dispatch';
import { createHandlers } from '../electron/services/handlers';
import { createHeavyPool } from '../electron/services/heavy/pool';
import { sourceWorkerOptions } from '../electron/services/heavy/workerFile';
import { fillArchive } from './archiveFixture';
import { percentile } from './fixtures';

const ISSUES = 1000;
const QUERIES = ['综窗', '青羊', '改革攻坚', '鲲鹏展翅'];

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * ≈20 MB of text (7 M characters) in some 11,000 paragraphs of 600 characters, each a line ending in
 * a full stop: within what one issue may hold (20,000 blocks, 100,000 characters a paragraph).
 */
function twentyMegabyteIssue(): string {
  const phrase = '省政务服务大厅各窗口持续优化办事流程提升服务效能群众满意度稳步提高';
  const paragraph = `${Array.from({ length: 18 }, () => phrase).join('，')}。`;
  const lines = Math.floor((19.5 * 1024 * 1024) / (paragraph.length * 3 + 1));
  return `窗口工作周报\n2030年第1期\n四川省政府政务服务和公共资源交易服务中心 2030年1月4日\n一、政务工作动态\n${Array.from({ length: lines }, () => paragraph).join('\n')}`;
}

function figures(samples: number[]): string {
  return `p50 ${percentile(samples, 50).toFixed(1)} ms，p95 ${percentile(samples, 95).toFixed(1)} ms，最长 ${Math.max(...samples).toFixed(1)} ms（${samples.length} 次）`;
}

function must<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export async function runHeavyBench(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'briefdesk-heavy-bench-'));
  const file = path.join(folder, 'bench.sqlite');
  const pool = createHeavyPool({ ...sourceWorkerOptions(), warm: true });
  try {
    const db = openDatabase(file);
    fillArchive(db, ISSUES);
    refreshStaleIssues(db);
    const handlers = createHandlers(db, { host: 'web', databasePath: file, version: 'bench', heavy: pool });
    const call = (channel: string, input: unknown) => dispatch(handlers, channel, input);
    let q = 0;
    const search = async (): Promise<number> => {
      const t0 = performance.now();
      must(await call('archive.search', { query: QUERIES[q++ % QUERIES.length] }), 'archive.search');
      return performance.now() - t0;
    };
    // Both workers loaded (under tsx they compile the TypeScript first), as in an app that ran a while.
    const small = base64('窗口工作周报\n2030年第2期\n一、动态\n正文。');
    await Promise.all([
      call('import.preview', { fileName: '暖机.txt', base64: small }),
      call('import.preview', { fileName: '暖机.txt', base64: small }),
    ]);

    // Each query once before timing (its statements prepared, its pages in the cache).
    for (let i = 0; i < QUERIES.length * 2; i++) await search();
    const idle: number[] = [];
    for (let i = 0; i < 80; i++) idle.push(await search());

    const text = base64(twentyMegabyteIssue());
    const started = performance.now();
    // The host's longest stall: a timer every 10 ms that fires late by that much.
    let lastTick = performance.now();
    let stall = { ms: 0, at: 0 };
    const ticker = setInterval(() => {
      const now = performance.now();
      if (now - lastTick - 10 > stall.ms) stall = { ms: now - lastTick - 10, at: now - started };
      lastTick = now;
    }, 10);
    let previewMs = 0;
    let done = false;
    const importing = (async () => {
      const preview = must(
        (await call('import.preview', { fileName: '大文件.txt', base64: text })) as Result<ImportPreview>,
        'import.preview',
      );
      previewMs = performance.now() - started;
      const draft = draftOf(preview.issue);
      if (!draft) throw new Error('the 20 MB issue lacks its 期号');
      must(await call('import.save', { draft }), 'import.save');
    })().finally(() => {
      done = true;
    });
    const reading: number[] = [];
    const saving: number[] = [];
    let slowest = { ms: 0, at: 0 };
    while (!done) {
      const phase = previewMs === 0 ? reading : saving;
      const ms = await search();
      if (ms > slowest.ms) slowest = { ms, at: performance.now() - started };
      phase.push(ms);
      // Back to back, but let the host take the worker's messages between searches, as IPC would.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await importing;
    const wallMs = performance.now() - started;
    clearInterval(ticker);

    console.log(`\n导入时检索（${ISSUES} 期已建索引；20 MB .txt 经 import.preview + import.save 在后台线程导入）`);
    console.log(`  无导入时：${figures(idle)}`);
    console.log(`  导入进行中：${figures([...reading, ...saving])}`);
    console.log(`    其中读取时：${figures(reading)}`);
    console.log(`    其中保存并建索引时：${figures(saving)}`);
    console.log(`  最慢一次检索 ${slowest.ms.toFixed(0)} ms，结束于导入开始后 ${(slowest.at / 1000).toFixed(1)} s`);
    console.log(`  主线程最长停顿 ${stall.ms.toFixed(0)} ms（导入开始后 ${(stall.at / 1000).toFixed(1)} s）`);
    console.log(
      `  导入用时 ${(wallMs / 1000).toFixed(1)} s（读取 ${(previewMs / 1000).toFixed(1)} s，保存并建索引 ${((wallMs - previewMs) / 1000).toFixed(1)} s）`,
    );
    db.close();
  } finally {
    await pool.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
