/**
 * The one recogniser of typed numbers (一、 （二） 3. 3、 （4）) at the start of a text. Paste, typing and
 * import (body, incoming lines, 报尾, masthead, DOCX numbering) all use it, so a line becomes the same
 * numbered block whichever way it came in. Numbers are generated (numbering.ts); a typed one is recognised only to be removed.
 *
 * Half-width brackets and the full-width 、．are accepted because that is what Word, WPS, WeChat and
 * PDF extraction deliver (`(一)`, `1．`). `4.5万` and `3.19` are not numbers: a digit may not follow
 * the dot.
 */
import type { NumberLevel, NumberedElement } from './types';

const CN = '[一二三四五六七八九十百零〇]+';
const PATTERNS: { level: NumberLevel; re: RegExp }[] = [
  { level: 2, re: new RegExp(`^[（(]\\s*${CN}\\s*[）)]\\s*`) },
  { level: 1, re: new RegExp(`^${CN}\\s*[、．]\\s*`) },
  { level: 4, re: /^[（(]\s*\d{1,3}\s*[）)]\s*/ },
  { level: 3, re: /^\d{1,3}\s*(?:[、．]|\.(?!\d))\s*/ },
];

export interface TypedNumber {
  level: NumberLevel;
  /** Characters the typed number takes at the start, trailing spaces included. */
  length: number;
  /** The number itself as typed, without the trailing spaces (`（一）`, `1.`). */
  literal: string;
}

/** The typed number at the very start of `text`, or null. Leading spaces are not skipped. */
export function recogniseTypedNumber(text: string): TypedNumber | null {
  for (const { level, re } of PATTERNS) {
    const m = re.exec(text);
    if (m) return { level, length: m[0].length, literal: m[0].trimEnd() };
  }
  return null;
}

/** The line split into its level and the text after the typed number, or null when it has none. */
export function parseNumberedLine(line: string): { level: NumberLevel; rest: string } | null {
  const typed = recogniseTypedNumber(line);
  return typed ? { level: typed.level, rest: line.slice(typed.length) } : null;
}

/**
 * Where a typed number is complete while typing: right after its closing mark, except `1.`, which is
 * only a number once the next character shows it is not a decimal (`1.5`): then one character later.
 */
export function completionOffset(text: string, typed: TypedNumber): number {
  const end = typed.literal.length;
  return typed.level === 3 && text[end - 1] === '.' ? end + 1 : end;
}

/** A numbered line this short, without a sentence end, reads as a heading on its own line. */
export const HEADING_MAX_CHARS = 40;

/** 标题 or 段落式 for a numbered block with this text (the same decision for paste, typing and levels). */
export function displayForText(text: string): NumberedElement['display'] {
  const sentence = /[。；;！？!?]/.test(text);
  return !sentence && text.length <= HEADING_MAX_CHARS ? 'heading' : 'paragraph';
}
