/**
 * A period years away from the issue date (issue 10): the start page proposed 2026年第1期 with a period
 * in 2022, from the last imported issue. One rule (shared/issues/dateQuestions.ts) questions such a
 * period in the New-issue form and the import review, and keeps the proposal from following it.
 */
import { describe, expect, it } from 'vitest';
import { dateQuestions, MAX_PERIOD_LAG_DAYS, periodNearDate } from '../../../shared/issues/dateQuestions';
import { proposeIssueMeta } from '../../../shared/issues/proposal';
import { newYearNotice } from '../../../shared/start/summary';

const weekly = { periodKind: 'week' as const, hasTotal: true, partTitle: null };
const monthly = { periodKind: 'month' as const, hasTotal: false, partTitle: null };

describe('a period long before the issue date', () => {
  it('is questioned with the number of days, once past 60 days', () => {
    expect(MAX_PERIOD_LAG_DAYS).toBe(60);
    // 2024-05-06 is 60 days after 2024-03-07 (2024 is a leap year: 24 + 30 + 6 = 60).
    expect(periodNearDate('2024-03-07', '2024-05-06')).toBe(true);
    expect(periodNearDate('2024-03-06', '2024-05-06')).toBe(false);
    const questions = dateQuestions({ year: 2026, issueDate: '2026-01-09', periodEnd: '2022-08-26' });
    expect(questions.map((q) => q.code)).toEqual(['periodLongBeforeDate']);
    // 2022-08-26 → 2026-01-09: 127 + 365 + 366 (2024) + 365 + 9 = 1232 days.
    expect(questions[0]!.message).toContain('时段结束日2022年8月26日比印发日期2026年1月9日早1232天');
  });

  it('asks nothing of a normal week, nor of a December monthly issued in January about its period', () => {
    expect(dateQuestions({ year: 2024, issueDate: '2024-07-04', periodEnd: '2024-06-21' })).toEqual([]);
    // The year still differs (a question of its own), the period is near.
    expect(dateQuestions({ year: 2024, issueDate: '2025-01-06', periodEnd: '2024-12-31' }).map((q) => q.code)).toEqual([
      'yearDiffersFromDate',
    ]);
  });

  it('a period after the issue date is still the other question', () => {
    expect(dateQuestions({ year: 2024, issueDate: '2024-03-20', periodEnd: '2024-03-22' }).map((q) => q.code)).toEqual([
      'issuedBeforePeriodEnd',
    ]);
  });
});

describe('the proposal after an old last issue', () => {
  it('starts the new year at 第1期 with a period near today, the total going on', () => {
    const next = proposeIssueMeta(weekly, { year: 2022, number: 28, totalNumber: 403, periodEnd: '2022-08-26' }, '2026-01-09');
    // Friday 9 January 2026: the week before its week is 29 December 2025 – 2 January 2026.
    expect([next.year, next.number, next.totalNumber, next.periodStart, next.periodEnd]).toEqual([
      2026,
      1,
      404,
      '2025-12-29',
      '2026-01-02',
    ]);
    expect(dateQuestions(next)).toEqual([]);
  });

  it('still follows a previous period within 60 days (a weekly over New Year, a monthly)', () => {
    const week = proposeIssueMeta(weekly, { year: 2024, number: 51, totalNumber: 504, periodEnd: '2024-12-20' }, '2025-01-02');
    expect([week.periodStart, week.periodEnd]).toEqual(['2024-12-23', '2024-12-27']);
    const month = proposeIssueMeta(monthly, { year: 2025, number: 1, totalNumber: null, periodEnd: '2025-01-31' }, '2025-03-05');
    expect([month.periodStart, month.periodEnd]).toEqual(['2025-02-01', '2025-02-28']);
  });
});

describe('the summary says when the next issue starts a new year', () => {
  const next = {
    year: 2026,
    supplement: false,
    number: 1,
    totalNumber: 404,
    issueDate: '2026-01-09',
    periodStart: '2025-12-29',
    periodEnd: '2026-01-02',
    partTitle: null,
  };
  const last = { year: 2022, number: 28, totalNumber: 403, issueDate: '2022-08-29', periodStart: '2022-08-22', periodEnd: '2022-08-26' };

  it('names the last issue and the new year', () => {
    expect(newYearNotice({ last, start: null, next, hasTotal: true })).toBe(
      '往期最后一期是2022年第28期，新的一年（2026年）从第1期开始，总期号接着为总第404期。如果2022年第28期之后还印发过简报，请导入那些期，或手动设定起点。',
    );
  });

  it('says nothing within the year or without any past issue', () => {
    expect(newYearNotice({ last: { ...last, year: 2026 }, start: null, next: { ...next, number: 29 }, hasTotal: true })).toBeNull();
    expect(newYearNotice({ last: null, start: null, next, hasTotal: true })).toBeNull();
  });
});
