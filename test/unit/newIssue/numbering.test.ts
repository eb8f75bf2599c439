import { describe, expect, it } from 'vitest';
import { formatIssueNumberLine, proposeIssueMeta } from '../../../shared/issues/proposal';
import { DEFAULT_SERIES_ID, harness, meta } from '../services/helpers';

const weekly = { periodKind: 'week' as const, hasTotal: true, partTitle: null };
const monthly = { periodKind: 'month' as const, hasTotal: false, partTitle: null };

describe('numbering of regular issues', () => {
  it('goes on within a year, restarts at 1 in a new year, and the total always goes on', () => {
    expect(proposeIssueMeta(weekly, { year: 2024, number: 9, totalNumber: 462 }, '2024-03-29')).toMatchObject({
      year: 2024,
      number: 10,
      totalNumber: 463,
    });
    expect(proposeIssueMeta(weekly, { year: 2024, number: 52, totalNumber: 505 }, '2025-01-03')).toMatchObject({
      year: 2025,
      number: 1,
      totalNumber: 506,
    });
  });

  it('takes the year from the issue date, not from the period', () => {
    // Issued on 2 January for the last week of December: already 2025年第1期.
    const next = proposeIssueMeta(weekly, { year: 2024, number: 51, totalNumber: 504, periodEnd: '2024-12-20' }, '2025-01-02');
    expect([next.year, next.number, next.periodStart, next.periodEnd]).toEqual([2025, 1, '2024-12-23', '2024-12-27']);
  });

  it('never gives a monthly series a total', () => {
    expect(proposeIssueMeta(monthly, { year: 2025, number: 1, totalNumber: null }, '2025-03-05')).toMatchObject({
      number: 2,
      totalNumber: null,
    });
  });
});

describe('增刊 numbering', () => {
  it('counts 增刊 on their own within the year, without a total or a period', () => {
    const second = proposeIssueMeta(weekly, { year: 2024, number: 1, totalNumber: null }, '2024-06-01', { supplement: true });
    expect(second).toEqual({
      year: 2024,
      supplement: true,
      number: 2,
      totalNumber: null,
      issueDate: '2024-06-01',
      periodStart: null,
      periodEnd: null,
      partTitle: null,
    });
    expect(proposeIssueMeta(weekly, { year: 2023, number: 3, totalNumber: null }, '2024-06-01', { supplement: true }).number).toBe(1);
    expect(proposeIssueMeta(weekly, undefined, '2024-06-01', { supplement: true })).toMatchObject({ number: 1, totalNumber: null });
  });

  it('prints the 增刊 number line with the year when the series has totals', () => {
    expect(formatIssueNumberLine({ year: 2024, supplement: true, number: 1, totalNumber: null }, true)).toBe('2024年增刊第1期');
    expect(formatIssueNumberLine({ year: 2025, supplement: true, number: 1, totalNumber: null }, false)).toBe('增刊第1期');
    expect(formatIssueNumberLine({ year: 2022, supplement: false, number: 28, totalNumber: 403 }, true)).toBe('2022年第28期（总第403期）');
    expect(formatIssueNumberLine({ year: 2025, supplement: false, number: 2, totalNumber: null }, false)).toBe('第2期');
  });
});

describe('issues.propose with 增刊', () => {
  it('numbers regular issues after the regular ones and 增刊 after the 增刊', async () => {
    const h = harness();
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 12, totalNumber: 460 }) });
    await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ supplement: true, number: 1, totalNumber: null, periodStart: null, periodEnd: null }),
    });
    const regular = await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID, today: '2024-04-03' });
    expect([regular.supplement, regular.number, regular.totalNumber]).toEqual([false, 13, 461]);
    // follows the period of 第12期 (3月25日—3月29日), not the 增刊
    expect([regular.periodStart, regular.periodEnd]).toEqual(['2024-04-01', '2024-04-05']);

    const supplement = await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID, today: '2024-04-03', supplement: true });
    expect(supplement).toMatchObject({ supplement: true, number: 2, totalNumber: null, periodStart: null, periodEnd: null });
  });

  it('shows the 增刊 line in the exported text', async () => {
    const h = harness();
    const issue = await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ supplement: true, number: 1, totalNumber: null, periodStart: null, periodEnd: null }),
    });
    expect(await h.value('issues.exportText', { id: issue.id })).toContain('2024年增刊第1期');
    // search finds the masthead line and says the hit is a 增刊, so its title reads as one
    const [hit] = (await h.value('archive.search', { query: '增刊第1期' })).hits;
    expect(hit).toMatchObject({ issueId: issue.id, supplement: true, blockIndex: null });
    expect(formatIssueNumberLine(hit!, true)).toBe('2024年增刊第1期');
  });
});
