/**
 * Counted clauses inside one text: `一是…二是…四是` (a gap), `第一，…第一，` (a repeat), `①②④`.
 * A marker counts only at a clause start (text start or after ，；。：), so 统一是 or 第一次 are no markers.
 */
import { matches } from '../chars';
import type { Rule, RuleHit } from '../types';

const CN_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseValue(numeral: string): number | null {
  if (numeral.length === 1) return CN_VALUE[numeral] ?? null;
  // 十一 … 十九
  if (numeral.length === 2 && numeral[0] === '十') return 10 + (CN_VALUE[numeral[1] ?? ''] ?? NaN);
  return null;
}

const SERIES: { name: string; re: RegExp; value: (m: RegExpExecArray) => number | null; label: (n: number) => string }[] = [
  {
    name: '是',
    re: /(?<=^|[，；。：、\s])(十?[一二三四五六七八九十])是/g,
    value: (m) => chineseValue(m[1] ?? ''),
    label: (n) => `${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? n}是`,
  },
  {
    name: '第',
    re: /(?<=^|[，；。：\s])第(十?[一二三四五六七八九十])(?=[，、：])/g,
    value: (m) => chineseValue(m[1] ?? ''),
    label: (n) => `第${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? n}`,
  },
  {
    name: '圈',
    re: /[①-⑳]/g,
    value: (m) => (m[0].codePointAt(0) ?? 0) - 0x2460 + 1,
    label: (n) => String.fromCodePoint(0x2460 + n - 1),
  },
];

export const sequenceRule: Rule = {
  id: 'sequence',
  auto: false,
  find(text) {
    const hits: RuleHit[] = [];
    for (const series of SERIES) {
      let expected = 1;
      let seen = 0;
      for (const m of matches(series.re, text)) {
        const value = series.value(m);
        if (value === null || Number.isNaN(value)) continue;
        seen++;
        if (value !== expected) {
          const what = value < expected ? '重复' : '跳号';
          hits.push({
            start: m.index,
            end: m.index + m[0].length,
            message:
              seen === 1 && value > 1 ? `序号从“${m[0]}”开始，缺“${series.label(1)}”` : `序号${what}：此处应为“${series.label(expected)}”`,
          });
        }
        expected = value + 1;
      }
    }
    return hits;
  },
};
