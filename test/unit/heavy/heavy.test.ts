/**
 * Issue 13 item 1: heavy work runs in worker threads (electron/services/heavy/), so the host keeps
 * answering while a 20 MB import is read; a cancelled task stops and keeps nothing; a refusal from
 * the worker is the same Result, code and message, as in the host's own thread, the database unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/contract/importChannels';
import { AppError } from '../../../shared/contract/result';
import { draftOf } from '../../../shared/import/draft';
import { dispatch } from '../../../electron/services/dispatch';
import { createHeavyPool, type HeavyPool } from '../../../electron/services/heavy/pool';
import { deserializeError, serializeError } from '../../../electron/services/heavy/protocol';
import { sourceWorkerOptions } from '../../../electron/services/heavy/workerFile';
import { refreshStaleIssues } from '../../../electron/services/db/searchIndexTable';
import { fillArchive } from '../../../bench/archiveFixture';
import { dumpDatabase, harness, type Harness } from '../services/helpers';

let pool: HeavyPool;

beforeAll(async () => {
  pool = createHeavyPool(sourceWorkerOptions());
  // Load a worker first (under vitest it compiles TypeScript for seconds), so timings below are the task's.
  const h = harness({ heavy: pool });
  const warm = await h.call('import.preview', { fileName: '暖机.txt', base64: base64('窗口工作周报\n2024年第1期\n一、动态\n正文。') });
  expect(warm.ok).toBe(true);
}, 120_000);

afterAll(() => pool.close());

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** ≈20 MB of text cut at a fixed width without full stops (7 M characters): seconds of reading. */
function bigText(): string {
  const line = '省政务服务大厅各窗口持续优化办事流程提升服务效能群众满意度稳步提高';
  const lines = Math.floor((19.5 * 1024 * 1024) / (line.length * 3 + 1));
  return `窗口工作周报\n2024年第1期\n四川省政府政务服务和公共资源交易服务中心 2024年1月5日\n一、政务工作动态\n${Array.from({ length: lines }, () => line).join('\n')}`;
}

/**
 * Starts a big import on `h`, and while it runs asks app.info and a search every 20 ms; returns when
 * each reply came and when the import finished (ms from the start), and the longest gap in the loop.
 */
async function answersDuringImport(h: Harness, text: string) {
  const started = performance.now();
  const replies: number[] = [];
  let longestGap = 0;
  let last = performance.now();
  let importDone = Infinity;
  const importing = h.call('import.preview', { fileName: '大文件.txt', base64: base64(text) }).then((result) => {
    importDone = performance.now() - started;
    return result;
  });
  while (importDone === Infinity) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    const [info, search] = await Promise.all([h.call('app.info', {}), h.call('archive.search', { query: '综窗' })]);
    expect(info.ok && search.ok).toBe(true);
    replies.push(performance.now() - started);
  }
  return { importResult: await importing, importDone, replies, longestGap };
}

describe('heavy work off the event loop', () => {
  it('answers app.info and a search while a 20 MB import is read in a worker', async () => {
    const h = harness({ heavy: pool });
    fillArchive(h.db, 50);
    refreshStaleIssues(h.db);
    const { importResult, importDone, replies, longestGap } = await answersDuringImport(h, bigText());
    expect(importResult.ok).toBe(true);
    expect((importResult as { ok: true; value: ImportPreview }).value.issue.number).toBe(1);
    // Replies kept coming while the import ran, not all at its end.
    const beforeDone = replies.filter((t) => t < importDone);
    console.log(
      `[heavy] import ${importDone.toFixed(0)} ms; ${beforeDone.length} replies meanwhile, the first at ${beforeDone[0]?.toFixed(0)} ms; longest gap ${longestGap.toFixed(0)} ms`,
    );
    expect(importDone).toBeGreaterThan(300);
    expect(beforeDone.length).toBeGreaterThanOrEqual(3);
    expect(beforeDone[0]!).toBeLessThan(importDone / 2);
    expect(longestGap).toBeLessThan(Math.max(250, importDone / 3));
  }, 120_000);

  it('(control) in the host thread the same import holds every other request for most of a second', async () => {
    const h = harness();
    const { importResult, longestGap } = await answersDuringImport(h, bigText());
    expect(importResult.ok).toBe(true);
    expect(longestGap).toBeGreaterThan(500);
  }, 120_000);

  it('reports progress and, cancelled, stops and keeps nothing (the index stays stale)', async () => {
    const h = harness({ heavy: pool });
    fillArchive(h.db, 400);
    const staleBefore = h.db.prepare('SELECT count(*) FROM search_stale').pluck().get() as number;
    expect(staleBefore).toBe(400);
    const controller = new AbortController();
    const progress: { done: number; total: number }[] = [];
    const started = performance.now();
    let cancelledAt = 0;
    const run = pool.run(
      h.file,
      'search.reindex',
      {},
      {
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p);
          if (cancelledAt === 0) {
            cancelledAt = performance.now();
            controller.abort();
          }
        },
      },
    );
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CANCELLED');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]!.total).toBe(400);
    expect(progress[0]!.done).toBeLessThan(400);
    // Terminated within the grace period (200 ms) and a margin, not after indexing everything.
    expect(performance.now() - cancelledAt).toBeLessThan(2000);
    expect(cancelledAt - started).toBeGreaterThan(0);
    // The cut-off transaction was rolled back: nothing indexed, everything still marked stale.
    expect(h.db.prepare('SELECT count(*) FROM search_stale').pluck().get()).toBe(400);
    expect(h.db.prepare('SELECT count(*) FROM search_blocks WHERE issue_id > 0').pluck().get()).toBe(0);

    // The pool goes on: the same task, not cancelled, indexes all 400 and says so at the end.
    const seen: number[] = [];
    const done = await pool.run(h.file, 'search.reindex', {}, { onProgress: (p) => seen.push(p.done) });
    expect(done).toEqual({ indexed: 400 });
    expect(seen.at(-1)).toBe(400);
    expect(h.db.prepare('SELECT count(*) FROM search_stale').pluck().get()).toBe(0);
  }, 120_000);

  it('a task cancelled before it starts is refused at once', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(pool.run('/nonexistent.sqlite', 'search.reindex', {}, { signal: controller.signal })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('a refused import gives the same code and message as in the host, the database unchanged', async () => {
    const inWorker = harness({ heavy: pool });
    const inHost = harness();
    const text = '窗口工作周报\n2024年第3期\n四川省政府政务服务和公共资源交易服务中心 2024年1月19日\n一、政务工作动态\n正文第一段。';
    const answers = [];
    for (const h of [inWorker, inHost]) {
      const preview = await h.value('import.preview', { fileName: '第3期.txt', base64: base64(text) });
      const draft = draftOf(preview.issue)!;
      expect((await h.call('import.save', { draft })).ok).toBe(true);
      const before = dumpDatabase(h.db);
      // The same 期号 again, without replaceExisting: refused as a duplicate.
      const duplicate = await h.call('import.save', { draft });
      // Not a Word document: refused while reading.
      const notDocx = await h.call('import.preview', { fileName: '假的.docx', base64: base64('这不是压缩包') });
      const oldWord = await h.call('import.preview', { fileName: '旧文件.doc', base64: base64('x') });
      expect(dumpDatabase(h.db)).toBe(before);
      answers.push([duplicate, notDocx, oldWord]);
    }
    expect(answers[0]).toEqual(answers[1]);
    const [duplicate, notDocx, oldWord] = answers[0]!;
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ISSUE_NUMBER' } });
    expect(notDocx).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('假的.docx') } });
    expect(oldWord).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('另存为 .docx') } });
  }, 60_000);

  it('builds the same DOCX in the worker as in the host', async () => {
    const results = [];
    for (const h of [harness({ heavy: pool }), harness()]) {
      const text = '窗口工作周报\n2024年第5期\n四川省政府政务服务和公共资源交易服务中心 2024年2月2日\n一、政务工作动态\n省中心召开例会。';
      const preview = await h.value('import.preview', { fileName: '第5期.txt', base64: base64(text) });
      const saved = await h.value('import.save', { draft: draftOf(preview.issue)! });
      results.push(await h.value('export.docx', { id: saved.issueId }));
    }
    expect(results[0]!.fileName).toBe(results[1]!.fileName);
    const sizes = results.map((r) => Buffer.from(r.base64, 'base64').byteLength);
    expect(Buffer.from(results[0]!.base64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    expect(Math.abs(sizes[0]! - sizes[1]!)).toBeLessThan(64);
  }, 60_000);

  it('a SQLite refusal in the worker reaches dispatch as the same DB_ERROR sentence', async () => {
    const sqlite = Object.assign(new Error('database or disk is full'), { name: 'SqliteError', code: 'SQLITE_FULL' });
    const rebuilt = deserializeError(structuredClone(serializeError(sqlite)));
    const failing = (error: Error) => ({ 'app.info': () => Promise.reject(error) }) as never;
    const direct = await dispatch(failing(sqlite), 'app.info', {});
    const viaWorker = await dispatch(failing(rebuilt), 'app.info', {});
    expect(viaWorker).toEqual(direct);
    expect(viaWorker).toMatchObject({ ok: false, error: { code: 'DB_ERROR', message: expect.stringContaining('磁盘空间已满') } });
  });
});
