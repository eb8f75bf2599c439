import { describe, expect, it } from 'vitest';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta } from '../services/helpers';

const TENTH = meta({ number: 10, totalNumber: 463, periodStart: '2024-03-18', periodEnd: '2024-03-22' });

describe('overlapping periods', () => {
  it('refuses a new issue whose period overlaps another regular issue’s, naming both; nothing is saved', async () => {
    const h = harness();
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: TENTH });
    const before = dumpDatabase(h.db);
    const same = await h.call('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ number: 11, periodStart: '2024-03-18', periodEnd: '2024-03-22' }),
    });
    expect(same).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '时段（3月18日—3月22日）与2024年第10期的时段（3月18日—3月22日）重叠，未保存。' },
    });
    const partly = await h.call('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ number: 11, periodStart: '2024-03-22', periodEnd: '2024-03-29' }),
    });
    expect(partly.ok ? null : partly.error.message).toBe('时段（3月22日—3月29日）与2024年第10期的时段（3月18日—3月22日）重叠，未保存。');
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses a meta change that makes the period overlap, and lets an issue keep its own period', async () => {
    const h = harness();
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: TENTH });
    const eleventh = await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ number: 11, periodStart: '2024-03-25', periodEnd: '2024-03-29' }),
    });
    const before = dumpDatabase(h.db);
    const moved = await h.call('issues.updateMeta', {
      id: eleventh.id,
      meta: meta({ number: 11, periodStart: '2024-03-21', periodEnd: '2024-03-29' }),
    });
    expect(moved.ok ? null : moved.error).toEqual({
      code: 'CONFLICT',
      message: '时段（3月21日—3月29日）与2024年第10期的时段（3月18日—3月22日）重叠，未保存。',
    });
    expect(dumpDatabase(h.db)).toBe(before);
    const kept = await h.value('issues.updateMeta', {
      id: eleventh.id,
      meta: meta({ number: 11, periodStart: '2024-03-25', periodEnd: '2024-03-29', partTitle: '政务服务工作' }),
    });
    expect(kept.partTitle).toBe('政务服务工作');
  });

  it('does not check 增刊, issues in the recycle bin or issues without a period', async () => {
    const h = harness();
    const tenth = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: TENTH });
    const supplement = meta({ supplement: true, number: 1, totalNumber: null, periodStart: '2024-03-18', periodEnd: '2024-03-22' });
    expect((await h.call('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: supplement })).ok).toBe(true);
    const custom = meta({ number: 20, periodStart: null, periodEnd: null });
    expect((await h.call('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: custom })).ok).toBe(true);
    await h.value('issues.delete', { id: tenth.id });
    const again = meta({ number: 11, periodStart: '2024-03-18', periodEnd: '2024-03-22' });
    expect((await h.call('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: again })).ok).toBe(true);
  });

  it('still refuses a period that ends before it starts (schema), changing nothing', async () => {
    const h = harness();
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: TENTH });
    const before = dumpDatabase(h.db);
    const backwards = meta({ number: 10, totalNumber: 463, periodStart: '2024-03-22', periodEnd: '2024-03-18' });
    for (const result of [
      await h.call('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: { ...backwards, number: 11 } }),
      await h.call('issues.updateMeta', { id: issue.id, meta: backwards }),
    ]) {
      expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
      expect(result.ok ? '' : result.error.message).toContain('时段的结束日期不能早于开始日期');
    }
    expect(dumpDatabase(h.db)).toBe(before);
  });
});
