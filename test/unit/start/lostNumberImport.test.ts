/**
 * The service side of a file whose 期号 was lost (issue 10, point 3): import.preview answers it without
 * a number (nothing stored), import.save stores it with the numbers the clerk typed into its row —
 * its statistics sentence's figures included — and start.summary then continues from it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../shared/import/draft';
import { dumpDatabase, harness } from '../services/helpers';

const SAMPLE = path.resolve(import.meta.dirname, '../../fixtures/import/samples/weekly-2024-07-04.txt');

describe('a past issue that lost its 期号 line', () => {
  it('previews without a number, then is stored with the typed 期号 and 总期号 and its figures', async () => {
    const h = harness({ today: () => '2024-07-08' });
    const before = dumpDatabase(h.db);
    const preview = await h.value('import.preview', { fileName: 'weekly-2024-07-04.txt', base64: readFileSync(SAMPLE).toString('base64') });
    expect(dumpDatabase(h.db)).toBe(before);
    const issue = preview.issue;
    expect([issue.year, issue.number, issue.totalNumber, issue.issueDate, issue.period]).toEqual([
      2024,
      null,
      null,
      '2024-07-04',
      ['2024-06-17', '2024-06-21'],
    ]);
    // As detected it cannot be stored: no rule guesses the number.
    expect(draftOf(issue)).toBeNull();

    // What the row sends once the clerk typed 23 and 475 (renderer/src/import/importEntry.ts).
    const draft = draftOf({ ...issue, number: 23, totalNumber: 475 })!;
    const saved = await h.value('import.save', { draft });
    const stored = await h.value('issues.get', { id: saved.issueId });
    expect([stored.year, stored.number, stored.totalNumber, stored.periodEnd]).toEqual([2024, 23, 475, '2024-06-21']);

    const summary = await h.value('start.summary', {});
    const weekly = summary.series.find((s) => s.seriesId === saved.seriesId)!;
    expect(weekly.last).toMatchObject({ year: 2024, number: 23, totalNumber: 475 });
    // The imported sentence's 今年以来 as printed: 累计咨询37596人次、受理14614件、颁发95394件、流转179094次.
    const period = weekly.groups.find((g) => g.mode === 'period')!;
    expect(period.figures.map((f) => f.total)).toEqual([37596, 14614, 95394, 179094]);
    // 新建一期 on 8 July: 第24期（总第476期）, the week after 6月17日—6月21日.
    expect(weekly.next).toMatchObject({ year: 2024, number: 24, totalNumber: 476, periodStart: '2024-06-24', periodEnd: '2024-06-28' });
  });
});
