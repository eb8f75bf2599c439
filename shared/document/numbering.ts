/**
 * Generated numbers of numbered blocks: 一、 / （一） / 1. / （1）, counted per parent.
 *
 * A counter of level L restarts whenever a block of a shallower level (or a fresh parent of the same
 * level above it) appears, so "counted per parent" holds even when a level is skipped.
 */
import type { BlockElement, NumberLevel } from './types';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals as used in official documents: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) {
    throw new RangeError(`chineseNumeral: ${n} is outside 1–999`);
  }
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds > 0) out += `${DIGITS[hundreds]}百`;
  if (tens > 0) {
    // 十 alone stands for 10–19 only at the very start (十一); after 百 it is 一十 (一百一十).
    out += tens === 1 && hundreds === 0 ? '十' : `${DIGITS[tens]}十`;
  } else if (hundreds > 0 && ones > 0) {
    out += '零';
  }
  if (ones > 0) out += DIGITS[ones];
  return out;
}

/** The label printed before a numbered block of `level` with position `n` under its parent. */
export function numberLabel(level: NumberLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * Labels for a flat list of blocks, index-aligned: a numbered block gets its label, any other block
 * gets null. O(n); cheap enough to run after every edit.
 */
export function computeLabels(blocks: readonly BlockElement[]): (string | null)[] {
  const counters = [0, 0, 0, 0, 0]; // index by level; [0] unused
  return blocks.map((block) => {
    if (block.type !== 'numbered') return null;
    const level = block.level;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
    return numberLabel(level, counters[level] ?? 1);
  });
}
