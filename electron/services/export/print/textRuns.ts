/**
 * Text as it is set on the grid, in the way LibreOffice sets the DOCX (measured on its PDFs), so that
 * lines break at the same characters in the print HTML and in the DOCX:
 *
 * - Latin letters and digits keep their own advance widths (only Chinese characters sit on grid
 *   cells): `<span class="l">`. They are set a fifth of the size apart from Chinese characters next to
 *   them, but not at the start or end of a line: a space of that width goes between the two, which
 *   (like every space) hangs when the line breaks there.
 * - Commas and full stops hang into the margin when they would otherwise start the next line. Chromium
 *   has no hanging punctuation, so each one is set with no advance of its own, followed by a space one
 *   grid cell wide: in the middle of a line the pair takes one cell; at the end of a line the space
 *   hangs (as spaces do) and the punctuation with it.
 * - No break on either side of a Chinese quotation mark (UAX #14 rule LB19, which LibreOffice follows):
 *   the mark and its neighbours are kept together in `<span class="nb">` (white-space: nowrap).
 *
 * The printed text (with the hang spaces) is what the measuring script sees and what line starts are
 * offsets into; `printedText` makes it, `inlineHtml` marks it up.
 */
import { escapeHtml } from './escape';

/** Punctuation that may hang at the end of a line (as LibreOffice hangs it; seen for ，。、：). */
const HANGING = new Set(['、', '。', '，', '．', '：', '；', '！', '？']);
/** Characters that never start a line: a hanging mark before one of them does not hang. */
const NO_BREAK_BEFORE = /[、。，．：；！？）》」』】〕〗“”‘’]/;
const QUOTES = new Set(['“', '”', '‘', '’']);
export const HANG_SPACE = ' ';

/** Chinese characters proper (not punctuation): Latin text next to them is set apart. */
const IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
/** Latin letters, digits and ASCII punctuation (the Latin face's unicode-range), not the hang space. */
const LATIN = /[\u0021-\u007E\u00A0-\u00B6\u00B8-\u024F]/;

/**
 * The text with a hang space after each hanging mark that may end a line.
 * `after`: the character after it when it is one run of a longer text ('' at the end).
 */
export function printedText(text: string, after = ''): string {
  const chars = [...text];
  let out = '';
  chars.forEach((ch, i) => {
    const next = i + 1 < chars.length ? chars[i + 1] : after || undefined;
    out += ch;
    if (HANGING.has(ch) && (next === undefined || !NO_BREAK_BEFORE.test(next))) out += HANG_SPACE;
    else if (next !== undefined && isAutospaced(ch, next)) out += HANG_SPACE;
  });
  return out;
}

/** Chinese next to Latin (either way round): set apart by an autospace. */
function isAutospaced(a: string, b: string): boolean {
  return (IDEOGRAPH.test(a) && LATIN.test(b)) || (LATIN.test(a) && IDEOGRAPH.test(b));
}

/** Index ranges [start, end] kept on one line: each quotation mark with the characters beside it. */
function glueGroups(chars: readonly string[]): [number, number][] {
  const groups: [number, number][] = [];
  chars.forEach((ch, i) => {
    if (!QUOTES.has(ch)) return;
    const start = Math.max(0, i - 1);
    // A hanging mark after the quote stays out (it cannot start a line anyway), so it can still hang.
    const end = i + 1 < chars.length && !(HANGING.has(chars[i + 1]!) && chars[i + 2] === HANG_SPACE) ? i + 1 : i;
    const last = groups[groups.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else groups.push([start, end]);
  });
  return groups;
}

/**
 * Marks up printed text (or a cut of it). `before`/`after` are the characters around it in its block,
 * for the Latin spacing at its edges.
 */
export function inlineHtml(text: string, before = '', after = ''): string {
  const chars = [...text];
  const groups = glueGroups(chars);
  const groupStart = new Set(groups.map((g) => g[0]));
  const groupEnd = new Set(groups.map((g) => g[1]));
  // Tokens never straddle a group's edge.
  const edge = (k: number): boolean => groupStart.has(k) || groupEnd.has(k - 1);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    if (groupStart.has(i)) out += '<span class="nb">';
    const ch = chars[i]!;
    let end = i + 1;
    const previous = i > 0 ? chars[i - 1]! : before;
    const following = i + 1 < chars.length ? chars[i + 1]! : after;
    if (ch === HANG_SPACE && isAutospaced(previous, following)) {
      out += '<span class="as"> </span>';
    } else if (HANGING.has(ch) && chars[i + 1] === HANG_SPACE && !edge(i + 1)) {
      out += `<span class="hp">${escapeHtml(ch)}</span><span class="hs"> </span>`;
      end = i + 2;
    } else if (LATIN.test(ch)) {
      end = i;
      // A run of Latin text, with the single spaces inside it (`Times New Roman`).
      while (
        end < chars.length &&
        (end === i || !edge(end)) &&
        (LATIN.test(chars[end]!) || (chars[end] === ' ' && LATIN.test(chars[end + 1] ?? '')))
      )
        end++;
      out += `<span class="l">${escapeHtml(chars.slice(i, end).join(''))}</span>`;
    } else {
      out += escapeHtml(ch);
    }
    if (groupEnd.has(end - 1)) out += '</span>';
    i = end;
  }
  return out;
}

/** printedText and inlineHtml in one, for text that is never cut (masthead, 报尾). */
export function textHtml(text: string): string {
  return inlineHtml(printedText(text));
}
