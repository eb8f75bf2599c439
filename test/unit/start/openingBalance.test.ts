/** Year-to-date totals resting on an opening balance (接续往期), the pure rule. */
import { describe, expect, it } from 'vitest';
import { computeYearToDate, totalBelowSum, type FigureValues, type YearToDateInput } from '../../../shared/statistics/ytd';
import { twoMetricGroup } from '../../fixtures/metricGroups';

const GROUP = twoMetricGroup(1, 1, [11, 12]);

const figs = (pairs: [number | null, number | null][]) =>
  new Map<number, FigureValues>(pairs.map(([value, total], i) => [11 + i, { value, total }]));

function input(number: number, own: [number | null, number | null][], extra: Partial<YearToDateInput> = {}): YearToDateInput {
  return { group: GROUP, year: 2026, issue: { id: 900, number, supplement: false }, yearIssues: [], figures: figs(own), ...extra };
}

const opening = (number: number, a: number, b?: number) => ({
  number,
  totals: new Map(
    b === undefined
      ? [[11, a]]
      : [
          [11, a],
          [12, b],
        ],
  ),
});

describe('computeYearToDate with an opening balance', () => {
  it('adds this week to the balance as of the last printed issue, with no error', () => {
    // Hand-computed: 第46期 printed 今年以来 咨询98765、受理4321; 第47期 adds 2046 and 705.
    const result = computeYearToDate(
      input(
        47,
        [
          [2046, null],
          [705, null],
        ],
        { opening: opening(46, 98765, 4321) },
      ),
    );
    expect(result.figures.map((f) => f.total)).toEqual([100811, 5026]);
    expect(result.figures.map((f) => f.previousTotal)).toEqual([98765, 4321]);
    expect(result.errors).toEqual([]);
  });

  it('chains through the weeks stored after the balance', () => {
    const yearIssues = [
      {
        issueId: 5,
        number: 47,
        figures: figs([
          [100, null],
          [10, null],
        ]),
      },
    ];
    const result = computeYearToDate(
      input(
        48,
        [
          [1, null],
          [1, null],
        ],
        { opening: opening(46, 1000, 200), yearIssues },
      ),
    );
    expect(result.figures.map((f) => f.total)).toEqual([1101, 211]);
    expect(result.errors).toEqual([]);
  });

  it('names a gap between the balance and the issue as an error', () => {
    const result = computeYearToDate(
      input(
        49,
        [
          [1, null],
          [1, null],
        ],
        { opening: opening(46, 1000, 200) },
      ),
    );
    expect(result.errors).toEqual([
      '2026年第47期至第48期缺失或未填写省本级综窗办件情况数字，今年以来累计未包含这几期，打印的累计数将偏小：请补录这几期的数字、在简报系列中设定起点（期初累计），或填写按平台核对的累计。',
    ]);
  });

  it('without a balance the year before the issue is an error, not a warning', () => {
    const result = computeYearToDate(
      input(47, [
        [700, null],
        [1, null],
      ]),
    );
    expect(result.figures[0]!.total).toBe(700);
    expect(result.errors[0]).toContain('2026年第1期至第46期缺失');
    expect(result.warnings).toEqual([]);
  });

  it('a balance for only some metrics leaves the others resting on the missing weeks', () => {
    const result = computeYearToDate(
      input(
        47,
        [
          [1, null],
          [1, null],
        ],
        { opening: opening(46, 1000) },
      ),
    );
    expect(result.figures.map((f) => f.total)).toEqual([1001, 1]);
    expect(result.errors).toHaveLength(1);
  });

  it('is ignored by the issue it describes and by earlier ones', () => {
    const result = computeYearToDate(
      input(
        46,
        [
          [5, null],
          [5, null],
        ],
        { opening: opening(46, 1000, 200) },
      ),
    );
    expect(result.figures.map((f) => f.total)).toEqual([5, 5]);
  });

  it('overrides a stored issue of the same number', () => {
    const yearIssues = [
      {
        issueId: 5,
        number: 46,
        figures: figs([
          [10, 10],
          [10, 10],
        ]),
      },
    ];
    const result = computeYearToDate(
      input(
        47,
        [
          [1, null],
          [1, null],
        ],
        { opening: opening(46, 1000, 200), yearIssues },
      ),
    );
    expect(result.figures.map((f) => f.total)).toEqual([1001, 201]);
  });

  it('a typed total is checked against the balance plus the weeks after it', () => {
    expect(
      totalBelowSum(
        input(
          47,
          [
            [10, 1005],
            [null, null],
          ],
          { opening: opening(46, 1000, 200) },
        ),
      ),
    ).toBe('今年以来累计咨询1005人次，低于本年各期之和1010人次，未保存。');
    expect(
      totalBelowSum(
        input(
          47,
          [
            [10, 1010],
            [null, null],
          ],
          { opening: opening(46, 1000, 200) },
        ),
      ),
    ).toBeNull();
  });
});
