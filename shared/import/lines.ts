/**
 * The first pass over extracted text: one entry per non-empty line, with what extraction added taken
 * away — page numbers (`— 5—`, `-2 -`), `- ` bullets, indentation — and `**bold**` markers kept as
 * sentinels. `clean` is the line as the rules below read it: normalised, without sentinels.
 */
import { markBold, normalizeText, stripMarks } from './normalize';

export interface SourceLine {
  /** The line with bold sentinels, trimmed, bullet removed, otherwise as extracted. */
  raw: string;
  /** Normalised, without sentinels: what detection matches against. */
  clean: string;
}

const PAGE_NUMBER = /^[-—–－]?\s*\d{1,3}\s*[-—–－]?$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$/;
const BULLET = /^(?:[-•·●▪]|\*(?!\*))\s+/;
export const LINE_BREAK = /\r\n|[\r\n\f\v\u2028\u2029]/;
const TRIM = /^[\s\u3000\u00A0\uFEFF]+|[\s\u3000\u00A0\uFEFF]+$/g;

/** One line as detection reads it, or null for an empty line or a page number. */
export function sourceLine(original: string): SourceLine | null {
  const trimmed = original.replace(TRIM, '');
  if (trimmed === '' || PAGE_NUMBER.test(trimmed)) return null;
  const raw = markBold(trimmed.replace(BULLET, '').replace(TRIM, ''));
  const clean = stripMarks(normalizeText(raw));
  return clean === '' ? null : { raw, clean };
}

export function splitLines(text: string): { lines: SourceLine[] } {
  const lines: SourceLine[] = [];
  for (const original of text.split(LINE_BREAK)) {
    const line = sourceLine(original);
    if (line) lines.push(line);
  }
  return { lines };
}
