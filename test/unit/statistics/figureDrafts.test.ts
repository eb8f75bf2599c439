import { describe, expect, it } from 'vitest';
import { figuresOf, parseFigure } from '../../../renderer/src/statistics/figureDrafts';
import type { StatisticsView } from '../../../shared/statistics/types';

describe('parseFigure', () => {
  it('reads empty as not typed, whole numbers, and full-width digits and separators from Chinese input methods', () => {
    expect(parseFigure('  ')).toBeNull();
    expect(parseFigure('2046')).toBe(2046);
    expect(parseFigure('２０４６')).toBe(2046);
    expect(parseFigure('14,147')).toBe(14147);
    expect(parseFigure('14，147')).toBe(14147);
    // Negative numbers pass through: the contract refuses them with its own message.
    expect(parseFigure('-5')).toBe(-5);
  });

  it('does not read fractions or words', () => {
    expect(parseFigure('2.5')).toBeUndefined();
    expect(parseFigure('约2000')).toBeUndefined();
  });
});

describe('figuresOf', () => {
  const view = (mode: 'period' | 'cumulative'): StatisticsView => ({
    issueId: 1,
    group: { id: 1, seriesId: 1, name: '统计', mode, lead: '', metrics: [{ id: 9, label: '受理', unit: '件', category: '' }] },
    figures: [
      {
        metric: { id: 9, label: '受理', unit: '件', category: '' },
        value: null,
        typedTotal: null,
        computedTotal: null,
        total: null,
        previousTotal: null,
      },
    ],
    errors: [],
    warnings: [],
    lines: [],
    rows: [],
  });

  it('sends the typed total of a period group and never one of a cumulative group', () => {
    expect(figuresOf(view('period'), { 9: { value: '5', total: '50' } })).toEqual({ figures: [{ metricId: 9, value: 5, total: 50 }] });
    expect(figuresOf(view('cumulative'), { 9: { value: '5', total: '50' } })).toEqual({
      figures: [{ metricId: 9, value: 5, total: null }],
    });
  });

  it('names the metric whose figure is not a whole number', () => {
    expect(figuresOf(view('period'), { 9: { value: '5', total: '五十' } })).toEqual({ problem: '“受理”的累计数字应为整数。' });
  });
});
