/**
 * import.cancel (issue 13): a reading started with a job id stops when cancelled — its worker is told,
 * then terminated — and answers CANCELLED at once instead of after the whole file; the database is
 * as it was, and the pool reads the next file as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeavyPool, type HeavyPool } from '../../../electron/services/heavy/pool';
import { sourceWorkerOptions } from '../../../electron/services/heavy/workerFile';
import { fillArchive } from '../../../bench/archiveFixture';
import { dumpDatabase, harness } from '../services/helpers';

let pool: HeavyPool;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const SMALL = base64('窗口工作周报\n2024年第2期\n一、动态\n正文。');

/** ≈20 MB of text without full stops: seconds of reading in a worker. */
function bigText(): string {
  const line = '省政务服务大厅各窗口持续优化办事流程提升服务效能群众满意度稳步提高';
  const lines = Math.floor((19.5 * 1024 * 1024) / (line.length * 3 + 1));
  return `窗口工作周报\n2024年第1期\n四川省政府政务服务和公共资源交易服务中心 2024年1月5日\n一、政务工作动态\n${Array.from({ length: lines }, () => line).join('\n')}`;
}

beforeAll(async () => {
  pool = createHeavyPool(sourceWorkerOptions());
  const warm = await harness({ heavy: pool }).call('import.preview', { fileName: '暖机.txt', base64: SMALL });
  expect(warm.ok).toBe(true);
}, 120_000);

afterAll(() => pool.close());

describe('import.cancel', () => {
  it('stops a 20 MB reading in its worker: CANCELLED at once, the database unchanged', async () => {
    const h = harness({ heavy: pool });
    fillArchive(h.db, 30);
    const before = dumpDatabase(h.db);
    const big = base64(bigText());

    // Uncancelled, the same reading takes this long (the yardstick for "at once").
    const fullStart = performance.now();
    expect((await h.call('import.preview', { fileName: '大文件.txt', base64: big })).ok).toBe(true);
    const fullMs = performance.now() - fullStart;

    const started = performance.now();
    const reading = h.call('import.preview', { fileName: '大文件.txt', base64: big, jobId: 'job-1' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await h.value('import.cancel', { jobId: 'job-1' })).toEqual({ cancelled: true });
    const result = await reading;
    const cancelledMs = performance.now() - started;
    console.log(`[import.cancel] full reading ${fullMs.toFixed(0)} ms; cancelled after 100 ms, answered at ${cancelledMs.toFixed(0)} ms`);
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: '操作已取消，没有保存任何改动。' } });
    expect(cancelledMs).toBeLessThan(Math.max(800, fullMs / 2));
    expect(dumpDatabase(h.db)).toBe(before);

    // Finished or unknown: nothing to cancel. The pool goes on with the next file.
    expect(await h.value('import.cancel', { jobId: 'job-1' })).toEqual({ cancelled: false });
    const next = await h.value('import.preview', { fileName: '第2期.txt', base64: SMALL, jobId: 'job-2' });
    expect(next.issue.number).toBe(2);
    expect(await h.value('import.cancel', { jobId: 'job-2' })).toEqual({ cancelled: false });
    expect(dumpDatabase(h.db)).toBe(before);
  }, 120_000);

  it('refuses a job id that is not a short name', async () => {
    const h = harness();
    const refused = await h.call('import.cancel', { jobId: '../不行' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('任务编号') } });
    expect(await h.call('import.preview', { fileName: 'a.txt', base64: SMALL, jobId: 'x'.repeat(65) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
