import { describe, expect, it } from 'vitest';
import { EMPTY_CALENDAR } from '../../../shared/attendance/workingDays';
import type { PeriodKind } from '../../../shared/issues/types';
import { proposePeriod as periodAfter } from '../../../shared/issues/periods';
import { formatIssueNumberLine, previousIssue, proposeIssueMeta } from '../../../shared/issues/proposal';

/** The first issue's period (no previous period, no holidays). */
const proposePeriod = (kind: PeriodKind, issueDate: string) => periodAfter(kind, issueDate, null, EMPTY_CALENDAR);

const weekly = { periodKind: 'week' as const, hasTotal: true, partTitle: null };
const monthly = { periodKind: 'month' as const, hasTotal: false, partTitle: null };

describe('proposeIssueMeta', () => {
  it('continues the number and the total within a year', () => {
    const meta = proposeIssueMeta(weekly, { year: 2022, number: 27, totalNumber: 402 }, '2022-09-27');
    expect(meta).toMatchObject({ year: 2022, number: 28, totalNumber: 403, issueDate: '2022-09-27' });
  });

  it('restarts the number at 1 in a new year while the total goes on', () => {
    const meta = proposeIssueMeta(weekly, { year: 2024, number: 52, totalNumber: 500 }, '2025-01-06');
    expect(meta).toMatchObject({ year: 2025, number: 1, totalNumber: 501 });
    // the previous week crosses the year boundary
    expect(meta.periodStart).toBe('2024-12-30');
    expect(meta.periodEnd).toBe('2025-01-03');
  });

  it('never takes the numbering back to an earlier year than the previous issue (a wrong computer date)', () => {
    const meta = proposeIssueMeta(weekly, { year: 2026, number: 46, totalNumber: 521 }, '2024-03-01');
    expect(meta).toMatchObject({ year: 2026, number: 47, totalNumber: 522, issueDate: '2024-03-01' });
  });

  it('starts a series at 第1期 (总第1期) and a monthly without a total', () => {
    expect(proposeIssueMeta(weekly, undefined, '2024-03-29')).toMatchObject({ number: 1, totalNumber: 1 });
    expect(proposeIssueMeta(monthly, { year: 2025, number: 1, totalNumber: null }, '2025-03-05')).toMatchObject({
      number: 2,
      totalNumber: null,
      periodStart: '2025-02-01',
      periodEnd: '2025-02-28',
    });
  });
});

describe('proposePeriod', () => {
  it('is Monday to Friday of the previous week for a weekly', () => {
    // Friday 2024-03-29 (the sample's issue date) → the week of 3月18日—3月22日, as the sample prints
    expect(proposePeriod('week', '2024-03-29')).toEqual({ periodStart: '2024-03-18', periodEnd: '2024-03-22' });
  });

  it('treats Sunday as the end of its week (ISO weeks)', () => {
    // Sunday 2024-03-31 → previous week is 18–22 March; Monday 2024-04-01 → 25–29 March
    expect(proposePeriod('week', '2024-03-31')).toEqual({ periodStart: '2024-03-18', periodEnd: '2024-03-22' });
    expect(proposePeriod('week', '2024-04-01')).toEqual({ periodStart: '2024-03-25', periodEnd: '2024-03-29' });
  });

  it('is the previous calendar month for a monthly, leap years included', () => {
    expect(proposePeriod('month', '2024-03-10')).toEqual({ periodStart: '2024-02-01', periodEnd: '2024-02-29' });
    expect(proposePeriod('month', '2025-01-02')).toEqual({ periodStart: '2024-12-01', periodEnd: '2024-12-31' });
  });

  it('leaves a custom period to the clerk', () => {
    expect(proposePeriod('custom', '2024-03-10')).toEqual({ periodStart: null, periodEnd: null });
  });
});

describe('previousIssue', () => {
  it('takes the highest year and number among live issues', () => {
    const issues = [
      { year: 2024, number: 3, deletedAt: null },
      { year: 2025, number: 1, deletedAt: null },
      { year: 2025, number: 2, deletedAt: '2025-01-10T00:00:00Z' },
      { year: 2024, number: 52, deletedAt: null },
    ];
    expect(previousIssue(issues)).toEqual({ year: 2025, number: 1, deletedAt: null });
    expect(previousIssue([])).toBeUndefined();
  });
});

describe('formatIssueNumberLine', () => {
  it('writes the 期号 line with or without the running total', () => {
    expect(formatIssueNumberLine({ year: 2022, number: 28, totalNumber: 403 }, true)).toBe('2022年第28期（总第403期）');
    expect(formatIssueNumberLine({ year: 2025, number: 2, totalNumber: null }, false)).toBe('第2期');
  });
});
