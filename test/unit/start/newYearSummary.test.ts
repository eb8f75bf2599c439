/**
 * The start page proposed 2026年第1期 with a 2022 period, from the last imported issue (issue 10). Through
 * dispatch: after importing the 2022 sample, start.summary and issues.propose on a 2026 date start the
 * new year at 第1期, the total going on, with the week before the issue date's week — and that proposal
 * is created without any date question.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateQuestions } from '../../../shared/issues/dateQuestions';
import { draftOf } from '../../../shared/import/draft';
import { clockBehindNotice, newYearNotice } from '../../../shared/start/summary';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';

const SAMPLE = path.resolve(import.meta.dirname, '../../fixtures/import/samples/weekly-2022-28.txt');

describe('the proposal after an archive that ends in 2022', () => {
  it('starts 2026 at 第1期 with a period near the issue date, and says so', async () => {
    const h = harness({ today: () => '2026-12-02' });
    const preview = await h.value('import.preview', { fileName: 'weekly-2022-28.txt', base64: readFileSync(SAMPLE).toString('base64') });
    await h.value('import.save', { draft: draftOf(preview.issue)! });

    const summary = await h.value('start.summary', {});
    const weekly = summary.series.find((s) => s.seriesId === DEFAULT_SERIES_ID)!;
    expect(weekly.last).toMatchObject({ year: 2022, number: 28, totalNumber: 403, periodEnd: '2022-08-26' });
    // Wednesday 2 December 2026: the week before its week is 23–27 November, not the week after 2022-08-26.
    expect(weekly.next).toMatchObject({
      year: 2026,
      number: 1,
      totalNumber: 404,
      issueDate: '2026-12-02',
      periodStart: '2026-11-23',
      periodEnd: '2026-11-27',
    });
    expect(newYearNotice(weekly)).toContain('往期最后一期是2022年第28期，新的一年（2026年）从第1期开始，总期号接着为总第404期。');

    const proposed = await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID });
    expect(proposed).toEqual(weekly.next);
    expect(dateQuestions(proposed)).toEqual([]);
    const created = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: proposed });
    expect([created.year, created.number, created.totalNumber]).toEqual([2026, 1, 404]);
  });
});

describe('the proposal when the computer date lies before the starting point', () => {
  it("goes on in the starting point's year, says why, and the date question stops it being stored unseen", async () => {
    const h = harness({ today: () => '2024-03-01' });
    const point = { year: 2026, number: 46, totalNumber: 521, issueDate: '2026-11-20', periodEnd: '2026-11-20', balances: [] };
    await h.value('start.save', { seriesId: DEFAULT_SERIES_ID, point });

    const summary = await h.value('start.summary', {});
    const weekly = summary.series.find((s) => s.seriesId === DEFAULT_SERIES_ID)!;
    expect(weekly.next).toMatchObject({ year: 2026, number: 47, totalNumber: 522 });
    expect(newYearNotice(weekly)).toBeNull();
    expect(clockBehindNotice(weekly)).toBe(
      '往期最后一期是2026年第46期，而这台电脑的日期是2024年3月1日，早于2026年。请先核对电脑的日期和所设起点的年份；新建一期会接着编为2026年第47期（总第522期）。',
    );

    const proposed = await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID });
    expect(dateQuestions(proposed).map((q) => q.code)).toContain('yearDiffersFromDate');
    const refused = await h.call('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: proposed });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NEEDS_CONFIRMATION' } });
  });

  it("says nothing when the date is in or after the last issue's year", async () => {
    const h = harness({ today: () => '2026-12-02' });
    const point = { year: 2026, number: 46, totalNumber: 521, issueDate: '2026-11-20', periodEnd: '2026-11-20', balances: [] };
    await h.value('start.save', { seriesId: DEFAULT_SERIES_ID, point });
    const weekly = (await h.value('start.summary', {})).series.find((s) => s.seriesId === DEFAULT_SERIES_ID)!;
    expect(clockBehindNotice(weekly)).toBeNull();
  });
});
