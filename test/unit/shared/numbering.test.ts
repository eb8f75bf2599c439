import { describe, expect, it } from 'vitest';
import { chineseNumeral, computeLabels, numberLabel } from '../../../shared/document/numbering';
import { numbered, paragraph, type BlockElement, type NumberLevel } from '../../../shared/document/types';

describe('chineseNumeral', () => {
  it('writes 1–99 as official documents do', () => {
    const expected: Record<number, string> = {
      1: '一',
      2: '二',
      9: '九',
      10: '十',
      11: '十一',
      15: '十五',
      19: '十九',
      20: '二十',
      21: '二十一',
      30: '三十',
      47: '四十七',
      90: '九十',
      99: '九十九',
      100: '一百',
      101: '一百零一',
      110: '一百一十',
      999: '九百九十九',
    };
    for (const [n, text] of Object.entries(expected)) expect(chineseNumeral(Number(n))).toBe(text);
  });

  it('has a distinct numeral for each of 1–99 that reads back as the number', () => {
    const seen = new Set<string>();
    const value = (s: string): number => {
      const digit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
      if (!s.includes('十')) return digit(s);
      const [tens, ones] = s.split('十');
      return (tens === '' ? 1 : digit(tens)) * 10 + digit(ones || undefined);
    };
    for (let n = 1; n <= 99; n++) {
      const s = chineseNumeral(n);
      expect(seen.has(s)).toBe(false);
      seen.add(s);
      expect(value(s)).toBe(n);
    }
  });

  it('refuses numbers it cannot write', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('numberLabel', () => {
  it('uses full-width brackets and the four official forms', () => {
    expect(numberLabel(1, 3)).toBe('三、');
    expect(numberLabel(2, 12)).toBe('（十二）');
    expect(numberLabel(3, 4)).toBe('4.');
    expect(numberLabel(4, 10)).toBe('（10）');
  });
});

const h = (level: NumberLevel, display: 'heading' | 'paragraph' = 'heading') => numbered(level, 'x', display);

describe('computeLabels', () => {
  it('counts per parent and restarts under each new parent', () => {
    const blocks: BlockElement[] = [h(1), h(2), paragraph('正文'), h(2, 'paragraph'), h(3), h(4), h(4), h(3), h(1), h(2), h(3)];
    expect(computeLabels(blocks)).toEqual(['一、', '（一）', null, '（二）', '1.', '（1）', '（2）', '2.', '二、', '（一）', '1.']);
  });

  it('headings and whole-paragraph items share one count', () => {
    expect(computeLabels([h(2, 'heading'), h(2, 'paragraph'), h(2, 'heading')])).toEqual(['（一）', '（二）', '（三）']);
  });

  it('a skipped level counts under the nearest shallower block', () => {
    expect(computeLabels([h(1), h(3), h(3), h(2), h(3)])).toEqual(['一、', '1.', '2.', '（一）', '1.']);
  });

  it('reaches 九十九 for 99 sections', () => {
    const labels = computeLabels(Array.from({ length: 99 }, () => h(1)));
    expect(labels[98]).toBe('九十九、');
    expect(labels[10]).toBe('十一、');
  });
});
