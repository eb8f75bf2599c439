/**
 * Issue 13 item 8: a search on a full disk answers from the index as it stands and says the index
 * could not be brought up to date, instead of failing with 磁盘空间已满. The full disk is SQLite's
 * own: `PRAGMA max_page_count` at the current size makes every growth SQLITE_FULL.
 */
import { describe, expect, it } from 'vitest';
import { addIssue, doc, makeHarness, paragraph } from '../archive/harness';

describe('search on a full disk', () => {
  it('finds what the index held, names the reason, and catches up once there is room', async () => {
    const h = makeHarness();
    const id = await addIssue(h, {}, [paragraph('推进综窗改革。')]);
    expect((await h.value('archive.search', { query: '综窗' })).hits).toHaveLength(1);

    // A large new body: indexing it needs pages the "disk" no longer has.
    const long = Array.from({ length: 400 }, (_, i) => paragraph(`第${i}段：窗口服务效能提升，推进综窗改革，受理办结情况良好。`.repeat(4)));
    await h.value('issues.saveDocument', { id, document: doc(paragraph('推进综窗改革。'), ...long) });
    const pages = Number(h.db.pragma('page_count', { simple: true }));
    h.db.pragma(`max_page_count = ${pages}`);

    const full = await h.value('archive.search', { query: '综窗' });
    expect(full.indexNotice).toBe('检索索引未能更新（磁盘空间已满），以下结果不含最近修改过的内容。');
    expect(full.hits.map((hit) => hit.issueId)).toEqual([id]);
    // Short queries take the in-memory mirror; it must not show rows the failed update rolled back.
    const short = await h.value('archive.search', { query: '第3' });
    expect(short.hits).toHaveLength(0);

    h.db.pragma('max_page_count = 1073741823');
    const roomy = await h.value('archive.search', { query: '第3段' });
    expect(roomy.indexNotice).toBeUndefined();
    expect(roomy.hits.length).toBeGreaterThan(0);
  });
});
