/** Never-ambiguous typography: punctuation widths, doubled marks, ellipses, full-width digits and letters. */
import { HAN, matches } from '../chars';
import type { Rule, RuleHit } from '../types';
import { halfWidthAlnum } from '../../text/halfWidth';

const FULL_OF: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！' };

/**
 * A half-width mark after Chinese (a character, a closing mark or 38%), before Chinese (or the end
 * of the text, or an opening quote or bracket): `本周,省中心` → `本周，省中心`. Spaces after it go too.
 * After a digit only `,:;?!` before a Chinese character (`59项,兑现` has 项; `2046,受理` has a digit):
 * never `.`, which after a digit is a decimal or a typed number (`2.市、县级`). Never `3.5`, `1,234`, `A:B`.
 */
const HALF_MARK = new RegExp(`(?:(?<=[${HAN}%％）”》])([,.:;?!])[ \\t]*(?=[${HAN}“‘（《]|$)|(?<=\\d)([,:;?!])[ \\t]*(?=[${HAN}]))`, 'g');

export const widthRule: Rule = {
  id: 'width',
  auto: true,
  find(text) {
    const hits: RuleHit[] = [];
    for (const m of matches(HALF_MARK, text)) {
      const mark = m[1] ?? m[2] ?? '';
      // `...` is an ellipsis (its own rule), never three full stops.
      if (mark === '.' && (text[m.index - 1] === '.' || text[m.index + 1] === '.')) continue;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        replacement: FULL_OF[mark] ?? mark,
        message: `中文之间应使用全角“${FULL_OF[mark]}”`,
      });
    }
    return hits;
  },
};

const DOUBLED = /([，、；：！？])\1+|(?<!。)。。(?!。)/g;

export const doubledRule: Rule = {
  id: 'doubled',
  auto: true,
  find(text) {
    return [...matches(DOUBLED, text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      replacement: m[0][0] ?? '',
      message: `标点“${m[0][0]}”重复`,
    }));
  },
};

const ELLIPSIS = /\.{3,}|。{3,}|·{3,}|…+/g;

export const ellipsisRule: Rule = {
  id: 'ellipsis',
  auto: true,
  find(text) {
    const hits: RuleHit[] = [];
    for (const m of matches(ELLIPSIS, text)) {
      if (m[0] === '……') continue;
      hits.push({ start: m.index, end: m.index + m[0].length, replacement: '……', message: '省略号应为“……”' });
    }
    return hits;
  },
};

const FULLWIDTH = /[０-９Ａ-Ｚａ-ｚ]+/g;

export const fullwidthAlnumRule: Rule = {
  id: 'fullwidthAlnum',
  auto: true,
  find(text) {
    return [...matches(FULLWIDTH, text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      replacement: halfWidthAlnum(m[0]),
      message: '数字和字母应为半角',
    }));
  },
};
