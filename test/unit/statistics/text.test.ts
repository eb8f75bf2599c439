import { describe, expect, it } from 'vitest';
import { seededGroup } from '../../fixtures/metricGroups';
import { periodWord, statisticsLines, statisticsRows } from '../../../shared/statistics/text';
import type { MetricFigures, MetricGroup } from '../../../shared/statistics/types';

function figures(group: MetricGroup, values: (number | null)[], totals: (number | null)[] = values): MetricFigures[] {
  return group.metrics.map((metric, i) => ({
    metric,
    value: values[i] ?? null,
    typedTotal: null,
    computedTotal: totals[i] ?? null,
    total: totals[i] ?? null,
    previousTotal: null,
  }));
}

const WEEK = { periodKind: 'week' as const, year: 2024, periodEnd: '2024-03-29' };
const PERIOD = seededGroup(0);
const CUMULATIVE = seededGroup(1);

describe('statisticsLines', () => {
  it('writes a period group as the 2024-03-29 sample’s one paragraph', () => {
    const f = figures(PERIOD, [2046, 705, 5233, 3529], [14147, 6249, 42020, 82794]);
    expect(statisticsLines(PERIOD, f, WEEK)).toEqual([
      '本周，共计咨询2046人次、受理705件、颁发5233件、流转3529件次。今年以来，累计咨询14147人次、受理6249件、颁发42020件、流转82794件次。',
    ]);
  });

  it('says 本月 for a monthly and 本期 for a custom period', () => {
    expect(periodWord('month')).toBe('本月');
    expect(periodWord('custom')).toBe('本期');
    const f = figures(PERIOD, [1, 2, 3, 4]);
    expect(statisticsLines(PERIOD, f, { ...WEEK, periodKind: 'month' })[0]).toMatch(/^本月，共计咨询1人次/);
  });

  it('writes a cumulative group as the 2022-28 sample: lead, 1 January to the period end, categories by ；', () => {
    const f = figures(CUMULATIVE, [588929, 583751, 19317532, 7089617, 48374, 49103]);
    expect(statisticsLines(CUMULATIVE, f, { periodKind: 'week', year: 2022, periodEnd: '2022-08-26' })).toEqual([
      '据四川一体化政务服务平台数据统计，2022年1月1日至2022年8月26日，省本级行政许可事项受理588929件，办结583751件；公共服务事项受理19317532件，办结7089617件；其它九类行权事项受理48374件，办结49103件。',
    ]);
  });

  it('prints a figure not typed yet as （未填）', () => {
    const f = figures(PERIOD, [2046, null, 5233, 3529], [14147, null, 42020, 82794]);
    expect(statisticsLines(PERIOD, f, WEEK)[0]).toBe(
      '本周，共计咨询2046人次、受理（未填）、颁发5233件、流转3529件次。今年以来，累计咨询14147人次、受理（未填）、颁发42020件、流转82794件次。',
    );
  });
});

describe('statisticsRows', () => {
  it('gives a period group a header and a row per metric with its unit', () => {
    const f = figures(PERIOD, [2046, 705, 5233, null], [14147, 6249, 42020, null]);
    expect(statisticsRows(PERIOD, f, WEEK)).toEqual([
      ['项目', '本周', '今年以来'],
      ['咨询（人次）', '2046', '14147'],
      ['受理（件）', '705', '6249'],
      ['颁发（件）', '5233', '42020'],
      ['流转（件次）', '（未填）', '（未填）'],
    ]);
  });

  it('gives a cumulative group a column per metric label and a row per category', () => {
    const f = figures(CUMULATIVE, [588929, 583751, 19317532, 7089617, 48374, 49103]);
    expect(statisticsRows(CUMULATIVE, f, WEEK)).toEqual([
      ['项目', '受理（件）', '办结（件）'],
      ['省本级行政许可事项', '588929', '583751'],
      ['公共服务事项', '19317532', '7089617'],
      ['其它九类行权事项', '48374', '49103'],
    ]);
  });

  it('names the row after the group when the metrics have no category', () => {
    const group: MetricGroup = { ...CUMULATIVE, metrics: [{ id: 1, label: '办件', unit: '件', category: '' }] };
    expect(statisticsRows(group, figures(group, [7]), WEEK)).toEqual([
      ['项目', '办件（件）'],
      ['省级政务服务事项受理办理情况', '7'],
    ]);
  });
});
