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
const TRIM = /^[\s\u3000\u00A0\uFEFF]+|[\s\u3000\u00A0\uFEFF]+$/g;

export function splitLines(text: string): { lines: SourceLine[]; pageNumbers: number } {
  const lines: SourceLine[] = [];
  let pageNumbers = 0;
  for (const original of text.split(/\r\n|[\r\n\f\v\u2028\u2029]/)) {
    const trimmed = original.replace(TRIM, '');
    if (trimmed === '') continue;
    if (PAGE_NUMBER.test(trimmed)) {
      pageNumbers++;
      continue;
    }
    const raw = markBold(trimmed.replace(BULLET, '').replace(TRIM, ''));
    const clean = stripMarks(normalizeText(raw));
    if (clean === '') continue;
    lines.push({ raw, clean });
  }
  return { lines, pageNumbers };
}
