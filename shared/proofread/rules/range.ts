/**
 * A date or number range joined by `-`, `~`, `－` or `–`: the official joiner is `—`
 * (`3月18日-3月22日` → `3月18日—3月22日`, `10~20人` → `10—20人`). A numeric date such as
 * `2024-3-5` is not a range (the 日期写法 rule reports it).
 */
import { HAN, matches } from '../chars';
import type { Rule, RuleHit } from '../types';

const DATE_RANGE = /(?:\d{1,2}月\d{1,2}日|\d{1,2}日|\d{1,2}月|\d{4}年)\s*([-~～－–])\s*(?=\d)/g;
const NUMBER_RANGE = new RegExp(`(?<![\\d\\-./])(\\d+(?:\\.\\d+)?)\\s*([-~～－–])\\s*(?=\\d+(?:\\.\\d+)?[${HAN}%％])(?!\\d+[-./]\\d)`, 'g');

export const rangeRule: Rule = {
  id: 'range',
  auto: true,
  find(text) {
    const hits: RuleHit[] = [];
    const taken = new Set<number>();
    for (const m of matches(DATE_RANGE, text)) {
      const dash = m[0].search(/[-~～－–]/);
      const from = m.index + m[0].slice(0, dash).trimEnd().length;
      const end = m.index + m[0].length;
      taken.add(m.index + dash);
      hits.push({ start: from, end, replacement: '—', message: '起止日期之间应使用“—”' });
    }
    for (const m of matches(NUMBER_RANGE, text)) {
      const from = m.index + (m[1] ?? '').length;
      const end = m.index + m[0].length;
      if (taken.has(m.index + m[0].search(/[-~～－–]/))) continue;
      hits.push({ start: from, end, replacement: '—', message: '数字范围之间应使用“—”' });
    }
    return hits;
  },
};
