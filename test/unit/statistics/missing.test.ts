import { describe, expect, it } from 'vitest';
import { paragraph, statistics } from '../../../shared/document/types';
import { hasMissingFigures } from '../../../shared/statistics/missing';

describe('hasMissingFigures', () => {
  it('finds （未填） in a sentence or a table of a statistics block, and only there', () => {
    expect(hasMissingFigures([paragraph('（未填）是打字打出来的'), { ...statistics(1), lines: ['本周，共计咨询2046人次。'] }])).toBe(false);
    expect(hasMissingFigures([{ ...statistics(1), lines: ['本周，共计咨询（未填）。'] }])).toBe(true);
    const table = {
      ...statistics(1, 'table'),
      lines: ['本周，共计咨询（未填）。'],
      rows: [
        ['项目', '本周'],
        ['咨询（人次）', '2046'],
      ],
    };
    // A table prints its rows, not its (stale) sentence.
    expect(hasMissingFigures([table])).toBe(false);
    expect(
      hasMissingFigures([
        {
          ...table,
          rows: [
            ['项目', '本周'],
            ['咨询（人次）', '（未填）'],
          ],
        },
      ]),
    ).toBe(true);
  });
});
