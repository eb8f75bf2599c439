/**
 * Cleaning of extracted text into the consistent form an issue is printed in (GUIDE §1): full-width
 * Chinese punctuation, no spaces between Chinese and digits, curly quotes. `**bold**` markers survive
 * as a private-use sentinel so the cleaning never moves text across a bold boundary.
 */
import type { StyledText } from '../document/types';

/** Stands for one `**` marker while a line is cleaned; split on it afterwards. */
export const BOLD_MARK = '\uE000';

/** Chinese characters, full-width and CJK punctuation, curly quotes, dashes and the bold sentinel. */
const WIDE = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2014\\u2026\\u00B7\\uE000';
const SPACE_NEAR_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t]+|[ \\t]+(?=[${WIDE}])`, 'gu');

/** Half-width punctuation typed in Chinese text; `,` and `:` stay between digits (1,200 / 9:30). */
function widenPunctuation(text: string): string {
  return text
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/(?<=[\p{Script=Han}）])\?/gu, '？')
    .replace(/(?<=[\p{Script=Han}）])!/gu, '！');
}

/** Straight double quotes alternate open/close within a paragraph. */
function curlQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const quote = open ? '“' : '”';
    open = !open;
    return quote;
  });
}

/** Cleans one paragraph's text (bold markers as BOLD_MARK). */
export function normalizeText(text: string): string {
  const spaced = text.replace(/[\u3000\t\u00A0]/g, ' ').replace(/ {2,}/g, ' ');
  return curlQuotes(widenPunctuation(spaced))
    .replace(SPACE_NEAR_WIDE, '')
    .replace(/(?<=\d) +(?=%)/g, '')
    .trim();
}

/** `**x**` → BOLD_MARK x BOLD_MARK; an unpaired marker is dropped. */
export function markBold(text: string): string {
  const count = text.split('**').length - 1;
  if (count === 0) return text;
  if (count % 2 === 1) {
    const last = text.lastIndexOf('**');
    text = text.slice(0, last) + text.slice(last + 2);
  }
  return text.replaceAll('**', BOLD_MARK);
}

export function stripMarks(text: string): string {
  return text.replaceAll(BOLD_MARK, '');
}

/** Splits cleaned text into leaves: every other piece between sentinels is bold; empty pieces vanish. */
export function toLeaves(text: string): StyledText[] {
  const leaves: StyledText[] = [];
  text.split(BOLD_MARK).forEach((piece, index) => {
    if (piece === '') return;
    const bold = index % 2 === 1;
    const previous = leaves[leaves.length - 1];
    if (previous && (previous.bold === true) === bold) previous.text += piece;
    else leaves.push(bold ? { text: piece, bold: true } : { text: piece });
  });
  return leaves.length > 0 ? leaves : [{ text: '' }];
}
