/** 接续往期 through dispatch: a series' starting point drives the proposal and 今年以来. */
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract/channels';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta, type Harness } from '../services/helpers';

type Point = ChannelInput<'start.save'>['point'];

/** The archive stood at 2026年第46期（总第521期） of 11月20日 (period 11月16日—11月20日). */
const POINT: Point = { year: 2026, number: 46, totalNumber: 521, issueDate: '2026-11-20', periodEnd: '2026-11-20', balances: [] };

async function withBalances(h: Harness, consult: number, accept: number): Promise<Point> {
  const [period] = await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID });
  return {
    ...POINT,
    balances: [
      { metricId: period!.metrics[0]!.id, total: consult },
      { metricId: period!.metrics[1]!.id, total: accept },
    ],
  };
}

describe('start.state', () => {
  it('asks for the start page on a fresh database, not once an issue or a starting point exists', async () => {
    const h = harness();
    expect(await h.value('start.state', {})).toEqual({ needsStart: true });
    await h.value('start.save', { seriesId: DEFAULT_SERIES_ID, point: POINT });
    expect(await h.value('start.state', {})).toEqual({ needsStart: false });
    await h.value('start.clear', { seriesId: DEFAULT_SERIES_ID });
    expect(await h.value('start.state', {})).toEqual({ needsStart: true });
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    expect(await h.value('start.state', {})).toEqual({ needsStart: false });
  });
});

describe('start.save and the next issue', () => {
  it('stores the point with its balances, and 新建一期 follows it', async () => {
    const h = harness({ today: () => '2026-11-27' });
    const point = await withBalances(h, 98765, 4321);
    const stored = await h.value('start.save', { seriesId: DEFAULT_SERIES_ID, point });
    expect(stored).toMatchObject({ seriesId: DEFAULT_SERIES_ID, number: 46, totalNumber: 521, balances: point.balances });
    expect((await h.value('start.get', { seriesId: DEFAULT_SERIES_ID })).point).toEqual(stored);

    const proposed = await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID, today: '2026-11-27' });
    expect(proposed).toMatchObject({ year: 2026, number: 47, totalNumber: 522, periodStart: '2026-11-23', periodEnd: '2026-11-27' });
  });

  it('今年以来 of the first BriefDesk issue is the balance plus its week (hand-computed)', async () => {
    const h = harness();
    const point = await withBalances(h, 98765, 4321);
    await h.value('start.save', { seriesId: DEFAULT_SERIES_ID, point });
    const [period] = await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID });
    const issue = await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ year: 2026, number: 47, totalNumber: 522, issueDate: '2026-11-27', periodStart: '2026-11-23', periodEnd: '2026-11-27' }),
    });
    const view = await h.value('statistics.save', {
      issueId: issue.id,
      groupId: period!.id,
      figures: period!.metrics.map((m, i) => ({ metricId: m.id, value: [2046, 705, 5233, 3529][i]!, total: null })),
    });
    expect(view.figures.slice(0, 2).map((f) => f.total)).toEqual([98765 + 2046, 4321 + 705]);
    // 颁发 and 流转 have no balance: they rest on 第1期至第46期, which nobody accounted for.
    expect(view.errors).toHaveLength(1);
    expect(view.lines[0]).toContain('今年以来，累计咨询100811人次、受理5026件');
  });

  it('is left behind once a live issue comes after it', async () => {
    const h = harness();
    await h.value('start.save', {
      seriesId: DEFAULT_SERIES_ID,
      point: { ...POINT, year: 2024, number: 3, totalNumber: 400, issueDate: '2024-01-19', periodEnd: '2024-01-19' },
    });
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    const proposed = await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID, today: '2024-04-05' });
    expect(proposed).toMatchObject({ number: 13, totalNumber: 461 });
  });

  it('refuses a metric of another series, a total on a series without totals and a year far from the date, changing nothing', async () => {
    const h = harness();
    const before = dumpDatabase(h.db);
    const foreign = await h.call('start.save', {
      seriesId: DEFAULT_SERIES_ID,
      point: { ...POINT, balances: [{ metricId: 9999, total: 1 }] },
    });
    expect(foreign.ok ? '' : foreign.error.message).toContain('指标编号 9999 不属于');
    const year = await h.call('start.save', { seriesId: DEFAULT_SERIES_ID, point: { ...POINT, year: 2024 } });
    expect(year.ok ? '' : year.error.message).toContain('请核对年份');
    const negative = await h.raw('start.save', {
      seriesId: DEFAULT_SERIES_ID,
      point: { ...POINT, balances: [{ metricId: 1, total: -1 }] },
    });
    expect(negative.ok).toBe(false);
    const missing = await h.call('start.save', { seriesId: 77, point: POINT });
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
    expect(dumpDatabase(h.db)).toBe(before);
  });
});

describe('start.summary', () => {
  it('names each series with what 新建一期 will propose and the balances as the standing figures', async () => {
    const h = harness();
    const point = await withBalances(h, 98765, 4321);
    await h.value('start.save', { seriesId: DEFAULT_SERIES_ID, point });
    const summary = await h.value('start.summary', { today: '2026-11-27' });
    const weekly = summary.series.find((s) => s.seriesId === DEFAULT_SERIES_ID)!;
    expect(weekly.last).toBeNull();
    expect(weekly.next).toMatchObject({ number: 47, totalNumber: 522 });
    expect(weekly.groups[0]).toMatchObject({ source: '起点（2026年第46期）' });
    expect(weekly.groups[0]!.figures.slice(0, 2).map((f) => f.total)).toEqual([98765, 4321]);
  });
});
