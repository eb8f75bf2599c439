import { describe, expect, it } from 'vitest';
import type { MetricGroup } from '../../../shared/statistics/types';
import { twoMetricGroup } from '../../fixtures/metricGroups';
import { computeYearToDate, totalBelowSum, type FigureValues, type YearIssue, type YearToDateInput } from '../../../shared/statistics/ytd';

const PERIOD = twoMetricGroup(1, 1, [11, 12]);

const CUMULATIVE: MetricGroup = {
  id: 2,
  seriesId: 1,
  name: '省级政务服务事项受理办理情况',
  mode: 'cumulative',
  lead: '据四川一体化政务服务平台数据统计，',
  metrics: [
    { id: 21, label: '受理', unit: '件', category: '公共服务事项' },
    { id: 22, label: '办结', unit: '件', category: '公共服务事项' },
  ],
};

type Figs = Record<number, [number | null, number | null]>;

function figs(f: Figs): Map<number, FigureValues> {
  return new Map(Object.entries(f).map(([id, [value, total]]) => [Number(id), { value, total }]));
}

/** An issue of the year: id = 100 + number unless given (creation order is not number order). */
function yi(number: number, f: Figs, issueId = 100 + number): YearIssue {
  return { issueId, number, figures: figs(f) };
}

function input(group: MetricGroup, number: number, own: Figs, yearIssues: YearIssue[], supplement = false): YearToDateInput {
  return { group, year: 2024, issue: { id: 100 + number, number, supplement }, yearIssues, figures: figs(own) };
}

const totals = (i: YearToDateInput) => computeYearToDate(i).figures.map((f) => f.total);

describe('computeYearToDate, period groups', () => {
  it('adds the value to the previous printed total, chaining from issue 1', () => {
    const year = [yi(1, { 11: [100, null], 12: [10, null] }), yi(2, { 11: [50, null], 12: [5, null] })];
    const result = computeYearToDate(input(PERIOD, 3, { 11: [7, null], 12: [1, null] }, year));
    expect(result.figures.map((f) => [f.value, f.computedTotal, f.total, f.previousTotal])).toEqual([
      [7, 157, 157, 150],
      [1, 16, 16, 15],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('orders by number, not by creation: issue 2 entered after issue 3 still counts before it', () => {
    // Issue 3 was created first (smaller id); issue 2 typed later.
    const year = [
      yi(3, { 11: [30, null], 12: [3, null] }, 5),
      yi(1, { 11: [10, null], 12: [1, null] }, 9),
      yi(2, { 11: [20, null], 12: [2, null] }, 7),
    ];
    const at3: YearToDateInput = {
      ...input(PERIOD, 3, { 11: [30, null], 12: [3, null] }, year),
      issue: { id: 5, number: 3, supplement: false },
    };
    expect(totals(at3)).toEqual([60, 6]);
    // Issue 2's view ignores the later issue 3.
    const at2: YearToDateInput = {
      ...input(PERIOD, 2, { 11: [20, null], 12: [2, null] }, year),
      issue: { id: 7, number: 2, supplement: false },
    };
    expect(totals(at2)).toEqual([30, 3]);
  });

  it('chains on a typed total: the printed total of the nearest earlier issue with figures', () => {
    const year = [yi(1, { 11: [100, null], 12: [10, null] }), yi(2, { 11: [50, 1000], 12: [5, null] })];
    const result = computeYearToDate(input(PERIOD, 3, { 11: [7, null], 12: [1, null] }, year));
    expect(result.figures.map((f) => f.computedTotal)).toEqual([1007, 16]);
    expect(result.figures[0]!.previousTotal).toBe(1000);
  });

  it('skips an issue without figures for the metric and warns that it is missing from the total', () => {
    const year = [yi(1, { 11: [100, null], 12: [10, null] }), yi(2, {}), yi(4, { 11: [40, null], 12: [4, null] })];
    const result = computeYearToDate(input(PERIOD, 5, { 11: [1, null], 12: [1, null] }, year));
    expect(result.figures.map((f) => f.total)).toEqual([141, 15]);
    expect(result.errors).toEqual([
      '2024年第2期至第3期缺失或未填写省本级综窗办件情况数字，今年以来累计未包含这几期，打印的累计数将偏小：请补录这几期的数字、在简报系列中设定起点（期初累计），或填写按平台核对的累计。',
    ]);
  });

  it('names a single missing number as the sample does', () => {
    const year = [yi(8, { 11: [1, null], 12: [1, null] }), yi(10, { 11: [1, null], 12: [1, null] })];
    const anchored = [yi(7, { 11: [1, 100], 12: [1, 100] }), ...year];
    const result = computeYearToDate(input(PERIOD, 11, { 11: [1, null], 12: [1, null] }, anchored));
    // Issue 7's typed totals close the gap before it; only 第9期 is missing after it.
    expect(result.errors).toEqual([
      '2024年第9期缺失或未填写省本级综窗办件情况数字，今年以来累计未包含该期，打印的累计数将偏小：请补录这几期的数字、在简报系列中设定起点（期初累计），或填写按平台核对的累计。',
    ]);
  });

  it('gives no gap or difference warning when the first issue entered mid-year has the platform totals', () => {
    const result = computeYearToDate(input(PERIOD, 28, { 11: [5, 900], 12: [5, 90] }, []));
    expect(result.warnings).toEqual([]);
    expect(result.figures.map((f) => [f.computedTotal, f.total])).toEqual([
      [5, 900],
      [5, 90],
    ]);
  });

  it('warns when a typed total differs from the computed one, saying both', () => {
    const year = [yi(1, { 11: [100, null], 12: [10, null] })];
    const result = computeYearToDate(input(PERIOD, 2, { 11: [50, 160], 12: [5, null] }, year));
    expect(result.warnings).toEqual(['咨询：按平台核对的累计160人次与计算所得150人次不一致，请核对。']);
  });

  it('warns when the printed total falls below the previous issue’s', () => {
    const year = [yi(1, { 11: [100, 500], 12: [10, null] })];
    const result = computeYearToDate(input(PERIOD, 2, { 11: [null, 400], 12: [5, null] }, year));
    expect(result.figures[0]!.total).toBe(400);
    expect(result.warnings).toContain('咨询：今年以来累计400人次低于上一期的500人次。');
  });

  it('leaves a figure not typed as null, total included', () => {
    const result = computeYearToDate(input(PERIOD, 1, { 11: [3, null] }, []));
    expect(result.figures.map((f) => [f.value, f.total])).toEqual([
      [3, 3],
      [null, null],
    ]);
  });

  it('lets a 增刊 stand alone: no earlier issues are added', () => {
    const year = [yi(1, { 11: [100, null], 12: [10, null] })];
    expect(totals(input(PERIOD, 1, { 11: [3, null], 12: [1, null] }, year, true))).toEqual([3, 1]);
  });
});

describe('totalBelowSum', () => {
  const year = [yi(1, { 11: [6000, null], 12: [1, null] }), yi(2, { 11: [6000, null], 12: [1, null] })];

  it('refuses a typed total lower than the sum of the year’s values up to this issue', () => {
    // Even when issue 2 printed a (wrong) lower total, the sum of the values counts.
    expect(totalBelowSum(input(PERIOD, 3, { 11: [500, 12000], 12: [1, null] }, year))).toBe(
      '今年以来累计咨询12000人次，低于本年各期之和12500人次，未保存。',
    );
  });

  it('accepts a typed total equal to or above the sum, and ignores later issues', () => {
    const later = [...year, yi(4, { 11: [99999, null], 12: [1, null] })];
    expect(totalBelowSum(input(PERIOD, 3, { 11: [500, 12500], 12: [1, null] }, later))).toBeNull();
  });

  it('never applies to cumulative groups', () => {
    expect(totalBelowSum(input(CUMULATIVE, 3, { 21: [1, 0] }, []))).toBeNull();
  });
});

describe('computeYearToDate, cumulative groups', () => {
  it('prints the typed values as they are and computes nothing', () => {
    const year = [yi(1, { 21: [100, null], 22: [90, null] })];
    const result = computeYearToDate(input(CUMULATIVE, 2, { 21: [150, null], 22: [95, null] }, year));
    expect(result.figures.map((f) => [f.value, f.computedTotal, f.total, f.previousTotal])).toEqual([
      [150, null, 150, 100],
      [95, null, 95, 90],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('warns when a value falls below the previous issue’s, skipping issues without it', () => {
    const year = [yi(1, { 21: [100, null], 22: [90, null] }), yi(2, { 22: [95, null] })];
    const result = computeYearToDate(input(CUMULATIVE, 3, { 21: [80, null], 22: [96, null] }, year));
    expect(result.warnings).toEqual(['公共服务事项受理：累计80件低于上一期的100件，累计数字不应减少，请核对。']);
  });
});
