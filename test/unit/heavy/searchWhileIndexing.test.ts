/**
 * archive.search while a large index catch-up runs in a worker (issue 13: search stays fast while an
 * import runs): the search waits a moment for the catch-up, then answers from the index as it stands
 * and says the latest content is still being indexed, instead of waiting seconds; once the catch-up
 * is done the next search finds everything, without a notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeavyPool, type HeavyPool } from '../../../electron/services/heavy/pool';
import { sourceWorkerOptions } from '../../../electron/services/heavy/workerFile';
import { fillArchive } from '../../../bench/archiveFixture';
import { harness } from '../services/helpers';

let pool: HeavyPool;

beforeAll(async () => {
  pool = createHeavyPool(sourceWorkerOptions());
  const warm = await harness({ heavy: pool }).call('archive.search', { query: '综窗' });
  expect(warm.ok).toBe(true);
  // The worker loads the indexer once, so the timing below is the catch-up's, not the loading.
  const h = harness({ heavy: pool });
  fillArchive(h.db, 30);
  await pool.run(h.file, 'search.reindex', {});
}, 120_000);

afterAll(() => pool.close());

const staleCount = (h: ReturnType<typeof harness>) => h.db.prepare('SELECT count(*) FROM search_stale').pluck().get() as number;

describe('archive.search during a large index catch-up', () => {
  it('answers within a moment with a notice, and in full once the catch-up is done', async () => {
    const h = harness({ heavy: pool });
    fillArchive(h.db, 600);
    expect(staleCount(h)).toBe(600);

    const started = performance.now();
    const first = await h.value('archive.search', { query: '综窗' });
    const firstMs = performance.now() - started;
    const staleThen = staleCount(h);
    console.log(`[search while indexing] first answer ${firstMs.toFixed(0)} ms, ${staleThen} issues still stale`);
    expect(staleThen).toBe(600);
    expect(first.indexNotice).toContain('正在后台建立检索索引');
    expect(first.hits).toEqual([]);
    expect(firstMs).toBeLessThan(1500);

    // A second search meanwhile joins the same catch-up and answers as quickly.
    const again = performance.now();
    expect((await h.value('archive.search', { query: '青羊' })).indexNotice).toContain('正在后台建立检索索引');
    expect(performance.now() - again).toBeLessThan(1500);

    const deadline = Date.now() + 90_000;
    while (staleCount(h) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(staleCount(h)).toBe(0);
    const full = await h.value('archive.search', { query: '综窗' });
    expect(full.indexNotice).toBeUndefined();
    expect(full.hits.length).toBeGreaterThan(0);
  }, 120_000);
});
