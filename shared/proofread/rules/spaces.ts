/**
 * Stray spaces: between two Chinese characters (`燃气 安全`), between Chinese and full-width
 * punctuation, between a number and Chinese (`2024 年`, `第 28 期`), and at a text's start or end
 * (the layout indents by itself). A space between Latin words or numbers stays.
 */
import { isDigit, isFullPunct, isHan, matches } from '../chars';
import type { Rule, RuleHit } from '../types';

const SPACES = /[ \t\u3000\u00a0]+/g;

function chinese(ch: string | undefined): boolean {
  return isHan(ch) || isFullPunct(ch);
}

export const spacesRule: Rule = {
  id: 'spaces',
  auto: true,
  roles: ['paragraph', 'numberedParagraph', 'heading', 'cell', 'generated', 'statistics', 'caption', 'closing'],
  find(text) {
    const hits: RuleHit[] = [];
    for (const m of matches(SPACES, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const prev = text[start - 1];
      const next = text[end];
      const edge = start === 0 || end === text.length;
      const stray = edge || (chinese(prev) && chinese(next)) || (isDigit(prev) && isHan(next)) || (isHan(prev) && isDigit(next));
      if (!stray) continue;
      hits.push({ start, end, replacement: '', message: edge ? '段首或段末有空格' : '中文之间有多余空格' });
    }
    return hits;
  },
};
