import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatPeriod, isIsoDate } from '../../../shared/issues/dates';

describe('dates', () => {
  it('accepts only real calendar dates in YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('writes dates without leading zeros and periods with an em dash', () => {
    expect(formatChineseDate('2022-09-07')).toBe('2022年9月7日');
    expect(formatPeriod('2022-08-22', '2022-08-26')).toBe('（8月22日—8月26日）');
    expect(formatPeriod('2024-12-30', '2025-01-03')).toBe('（2024年12月30日—2025年1月3日）');
  });
});
