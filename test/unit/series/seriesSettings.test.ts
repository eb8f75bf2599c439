/** series.create / update / delete through dispatch: unique titles, refusals that change nothing, cascades. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta } from '../services/helpers';
import { settings } from './seriesFixtures';

describe('series.create', () => {
  it('adds a series with its settings and 报尾, listed after the first', async () => {
    const h = harness();
    const closing = { lines: [{ label: '报' as const, text: '中心领导。' }], copies: 20 };
    const created = await h.value('series.create', { settings: settings({ title: '  政务窗口月报 ', partTitle: '窗口工作' }), closing });
    expect(created).toMatchObject({
      title: '政务窗口月报',
      issuer: '四川省政务服务中心',
      periodKind: 'month',
      hasTotal: false,
      partTitle: '窗口工作',
      printPeriod: true,
      copyPlan: null,
      layout: null,
      closing,
    });
    const list = await h.value('series.list', {});
    expect(list.map((s) => s.title)).toEqual(['窗口工作周报', '政务窗口月报']);
    expect(await h.value('series.get', { id: created.id })).toEqual(created);
  });

  it('refuses a title another series has (after trimming) and stores nothing', async () => {
    const h = harness();
    const before = dumpDatabase(h.db);
    const result = await h.call('series.create', { settings: settings({ title: ' 窗口工作周报 ' }), closing: null });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: '已有名为“窗口工作周报”的简报系列，请换一个名称。' } });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses an empty title in Chinese', async () => {
    const h = harness();
    const result = await h.call('series.create', { settings: settings({ title: '   ' }), closing: null });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('请填写简报名称');
  });
});

describe('series.update', () => {
  it('stores every setting, the period line switch among them', async () => {
    const h = harness();
    const updated = await h.value('series.update', {
      id: DEFAULT_SERIES_ID,
      settings: settings({
        title: '窗口周报',
        issuer: '省中心',
        periodKind: 'custom',
        hasTotal: false,
        partTitle: '政务服务',
        printPeriod: false,
      }),
    });
    expect(updated).toMatchObject({
      id: DEFAULT_SERIES_ID,
      title: '窗口周报',
      issuer: '省中心',
      periodKind: 'custom',
      hasTotal: false,
      partTitle: '政务服务',
      printPeriod: false,
    });
    expect(await h.value('series.get', { id: DEFAULT_SERIES_ID })).toEqual(updated);
  });

  it('keeps its own title, and refuses another series’ title with the database unchanged', async () => {
    const h = harness();
    const other = await h.value('series.create', { settings: settings(), closing: null });
    await h.value('series.update', { id: other.id, settings: settings({ issuer: '另一个单位' }) });
    const before = dumpDatabase(h.db);
    const result = await h.call('series.update', { id: other.id, settings: settings({ title: '窗口工作周报' }) });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: '已有名为“窗口工作周报”的简报系列，请换一个名称。' } });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('answers NOT_FOUND for an unknown series', async () => {
    const h = harness();
    const result = await h.call('series.update', { id: 99, settings: settings() });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到编号为 99 的简报系列。' } });
  });
});

describe('series.delete', () => {
  async function withIssues(live: number, binned: number) {
    const h = harness();
    for (let n = 1; n <= live + binned; n++) {
      const issue = await h.value('issues.create', {
        seriesId: DEFAULT_SERIES_ID,
        meta: meta({
          number: n,
          totalNumber: 400 + n,
          issueDate: `2024-0${Math.ceil(n / 4)}-0${(n % 4) + 1}`,
          periodStart: null,
          periodEnd: null,
        }),
      });
      if (n > live) await h.value('issues.delete', { id: issue.id });
    }
    return h;
  }

  it('refuses while the series has issues, counting those in the recycle bin, and changes nothing', async () => {
    const h = await withIssues(3, 2);
    const before = dumpDatabase(h.db);
    const result = await h.call('series.delete', { id: DEFAULT_SERIES_ID });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '“窗口工作周报”还有5期简报（其中回收站中2期），不能删除。请先删除这些简报并在回收站中彻底删除。',
      },
    });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses while the only issues are in the recycle bin', async () => {
    const h = await withIssues(0, 1);
    const before = dumpDatabase(h.db);
    const result = await h.call('series.delete', { id: DEFAULT_SERIES_ID });
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '“窗口工作周报”还有1期简报（都在回收站中），不能删除。请先在回收站中彻底删除这些简报。' },
    });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('deletes a series without issues with its template and metric groups', async () => {
    const h = await withIssues(0, 1);
    const [binned] = await h.value('issues.listDeleted', {});
    await h.value('issues.purge', { id: binned!.id });
    const groups = h.db.prepare('SELECT count(*) FROM metric_groups WHERE series_id = ?').pluck().get(DEFAULT_SERIES_ID);
    expect(groups).toBe(2); // seeded by migration 006
    await h.value('templates.save', {
      seriesId: DEFAULT_SERIES_ID,
      sections: [{ level: 1, title: '综窗工作情况', defaultText: '', keepText: false, block: null }],
    });
    expect(await h.value('series.delete', { id: DEFAULT_SERIES_ID })).toEqual({ id: DEFAULT_SERIES_ID });
    expect(await h.value('series.list', {})).toEqual([]);
    for (const table of ['series', 'template_sections', 'metric_groups', 'metrics']) {
      expect(h.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
  });

  it('answers NOT_FOUND for an unknown series', async () => {
    const h = harness();
    const result = await h.call('series.delete', { id: 42 });
    expect(result.ok === false && result.error.code).toBe('NOT_FOUND');
  });
});
