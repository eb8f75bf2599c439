/**
 * A paragraph too long for one block. A .txt cut at a fixed width without full stops is joined into
 * one paragraph, and a pasted-together file can hold one of many megabytes; the document model takes
 * at most MAX_TEXT_PER_LEAF characters a leaf, so such a paragraph was read by the preview and then
 * refused by 保存. It is cut into paragraphs of at most PARAGRAPH_CAP characters — at the last
 * sentence end (。！？；) in the second half of the window where there is one, else at the cap — so
 * nothing is lost and the clerk is told where.
 */
import { BOLD_MARK } from './normalize';

/** About seven printed pages: no paragraph of a real briefing comes near it. */
export const PARAGRAPH_CAP = 10_000;

const SENTENCE_END = new Set(['。', '！', '？', '；']);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Where to cut `text` at or before `start + cap`. */
function cutAt(text: string, start: number, cap: number): number {
  const end = start + cap;
  for (let i = end - 1; i >= start + cap / 2; i--) if (SENTENCE_END.has(text[i]!)) return i + 1;
  // No sentence end: at the cap, but never between the two halves of a surrogate pair.
  return isHighSurrogate(text.charCodeAt(end - 1)) ? end - 1 : end;
}

/** The paragraph in pieces of at most `cap` characters (one piece when it is short enough). */
export function splitLongParagraph(text: string, cap = PARAGRAPH_CAP): string[] {
  if (text.length <= cap) return [text];
  const pieces: string[] = [];
  let bold = false;
  let start = 0;
  while (text.length - start > cap) {
    const end = cutAt(text, start, cap - 2); // room for a closing and an opening bold mark
    pieces.push(withBold(text.slice(start, end), bold));
    bold = boldAfter(text, start, end, bold);
    start = end;
  }
  pieces.push(withBold(text.slice(start), bold));
  return pieces;
}

/** Whether bold is on after `text[start, end)`, given it was on before: each mark toggles it. */
function boldAfter(text: string, start: number, end: number, bold: boolean): boolean {
  let on = bold;
  for (let i = start; i < end; i++) if (text[i] === BOLD_MARK) on = !on;
  return on;
}

/** A piece that starts or ends inside bold carries its own marks, so each block reads alone. */
function withBold(piece: string, boldBefore: boolean): string {
  const opened = boldBefore ? BOLD_MARK + piece : piece;
  return boldAfter(opened, 0, opened.length, false) ? opened + BOLD_MARK : opened;
}

/** The warning for a paragraph cut into `pieces` pieces, naming it by its first words. */
export function longParagraphWarning(text: string, pieces: number): string {
  const start = text.replaceAll(BOLD_MARK, '').slice(0, 12);
  return `“${start}…”一段有 ${text.length} 字，超过一段的上限（${PARAGRAPH_CAP} 字），已分成 ${pieces} 段导入，请核对分段处。`;
}
