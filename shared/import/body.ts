/**
 * The body: lines broken by extraction are joined back into paragraphs, and each paragraph becomes a
 * block — numbered (its typed number dropped, the level read from it) or plain, bold runs kept.
 *
 * A line continues into the next unless it ends a sentence, the next starts a numbered item or a
 * `请病假：`-style label, or it is a short numbered heading. Text cut at a fixed width (every line as
 * long as the page allows) also breaks after a full stop mid-paragraph: there a full-width line that
 * ends a sentence continues too.
 */
import { displayForText, parseNumberedLine } from '../document/typedNumber';
import type { BlockElement, NumberLevel, NumberedElement } from '../document/types';
import type { SourceLine } from './lines';
import { BOLD_MARK, normalizeText, stripMarks, toLeaves } from './normalize';

const SENTENCE_END = /[。；！？：…]$/;
const CLOSERS = /[”’）》」』]+$/;
const LABEL_START = /^\p{Script=Han}{2,8}：/u;
/** Fixed-width text is recognised from this many cut lines. */
const MIN_CUT_LINES = 6;
const FIRST_LINE_INDENT = 2;

function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.replace(CLOSERS, ''));
}

function numberedRest(line: string): string | null {
  const parsed = parseNumberedLine(line);
  return parsed && parsed.rest.trim() !== '' ? parsed.rest : null;
}

function startsNewParagraph(line: string): boolean {
  return numberedRest(line) !== null || LABEL_START.test(line);
}

/** A numbered line short and without a sentence end reads as a heading: the same decision as paste and typing. */
function isHeadingText(rest: string): boolean {
  return displayForText(rest) === 'heading';
}

/** A numbered line that stands alone as a title: no sentence and no clause breaks. */
function isNumberedHeadingLine(line: string): boolean {
  const rest = numberedRest(line);
  return rest !== null && isHeadingText(rest) && !/[，：]/.test(rest);
}

/** The line width of fixed-width text (median of the lines cut mid-sentence), or null. */
function cutWidth(lines: readonly SourceLine[]): number | null {
  const widths: number[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next && !endsSentence(line.clean) && !startsNewParagraph(next.clean) && !isNumberedHeadingLine(line.clean)) {
      widths.push(line.clean.length);
    }
  });
  if (widths.length < MIN_CUT_LINES) return null;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? null;
}

/** Whether a break between `lastChar` and the next raw line drops a space: two Latin letters or digits. */
function needsSpace(lastChar: string, next: string): boolean {
  return /[A-Za-z0-9]/.test(lastChar) && /^[A-Za-z]/.test(stripMarks(next));
}

/** The last character of a raw line that is not a bold sentinel ('' when none). */
function lastTextChar(raw: string): string {
  for (let i = raw.length - 1; i >= 0; i--) if (raw[i] !== BOLD_MARK) return raw[i]!;
  return '';
}

interface OpenParagraph {
  /** Raw pieces, joined once at the end: appending never re-reads what was built (linear in the text). */
  parts: string[];
  /** The last character of text so far, which decides whether a break needs a space. */
  lastChar: string;
  first: SourceLine;
  last: SourceLine;
}

export function joinParagraphs(lines: readonly SourceLine[]): string[] {
  const width = cutWidth(lines);
  const paragraphs: OpenParagraph[] = [];
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1];
    if (current && continues(current.first, current.last, line, width)) {
      if (needsSpace(current.lastChar, line.raw)) current.parts.push(' ');
      current.parts.push(line.raw);
      current.last = line;
    } else paragraphs.push({ parts: [line.raw], lastChar: '', first: line, last: line });
    const open = paragraphs[paragraphs.length - 1]!;
    open.lastChar = lastTextChar(line.raw) || open.lastChar;
  }
  return paragraphs.map((p) => normalizeText(p.parts.join(''))).filter((p) => stripMarks(p) !== '');
}

function continues(first: SourceLine, last: SourceLine, next: SourceLine, width: number | null): boolean {
  if (startsNewParagraph(next.clean)) return false;
  const full = width !== null && last.clean.length >= width - 1;
  // A short numbered title stands alone — unless it fills a cut line (less its first-line indent of
  // two characters, which extraction drops): then it was cut mid-item.
  const fullFirst = width !== null && first.clean.length >= width - 1 - FIRST_LINE_INDENT;
  if (first === last && isNumberedHeadingLine(first.clean) && !fullFirst) return false;
  if (endsSentence(last.clean)) return full;
  return true;
}

/**
 * One paragraph to a block. A typed or automatic number (already in the text) gives the level; else
 * `hint`, the level a heading style or a heading face gave the paragraph, makes it numbered.
 */
export function toBlock(paragraph: string, hint?: NumberLevel): BlockElement {
  // A number in bold (`**（一）**标题`) is still a number.
  const leadingMark = paragraph.startsWith(BOLD_MARK);
  const parsed = parseNumberedLine(leadingMark ? paragraph.slice(1) : paragraph);
  const rest = parsed ? (leadingMark ? BOLD_MARK : '') + parsed.rest.replace(/^\s+/, '') : '';
  if (parsed && stripMarks(rest) !== '') {
    const display: NumberedElement['display'] = isHeadingText(stripMarks(rest)) ? 'heading' : 'paragraph';
    return { type: 'numbered', level: parsed.level, display, children: toLeaves(rest) };
  }
  if (hint !== undefined && stripMarks(paragraph) !== '') {
    const display: NumberedElement['display'] = isHeadingText(stripMarks(paragraph)) ? 'heading' : 'paragraph';
    return { type: 'numbered', level: hint, display, children: toLeaves(paragraph) };
  }
  return { type: 'paragraph', children: toLeaves(paragraph) };
}

export { isHeadingText };
