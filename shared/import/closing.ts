/**
 * The 报尾 at the end: `报：…` `送：…` `发：…` lines (a long one may be broken) and `（共印N份）`.
 * It starts at the first 报/送/发 line after which only 报尾 lines follow.
 */
import { CLOSING_LABELS, type ClosingLabel, type ClosingLine, type PrintableClosing } from '../layout/issueView';
import { parseNumberedLine } from '../document/typedNumber';
import type { SourceLine } from './lines';
import { normalizeText, stripMarks } from './normalize';

const LABEL_LINE = /^([报送发])：\s*(.*)$/;
const COPIES = /^（?共印(\d{1,5})份）?$/;
/** A 报尾 entry broken by extraction continues on a line or two. */
const MAX_CONTINUATION = 2;

function isLabel(value: string): value is ClosingLabel {
  return (CLOSING_LABELS as readonly string[]).includes(value);
}

export interface ClosingFound {
  closing: PrintableClosing | null;
  /** Index of the first 报尾 line; the body ends there. */
  start: number;
}

/** Whether a 报/送/发 line stands within reach above line `i` (so `i` continues it). */
function labelAbove(lines: readonly SourceLine[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - MAX_CONTINUATION); k--) {
    const line = lines[k]!.clean;
    if (LABEL_LINE.test(line)) return true;
    if (parseNumberedLine(line) !== null || COPIES.test(line)) return false;
  }
  return false;
}

export function readClosing(lines: readonly SourceLine[], from: number): ClosingFound {
  let start = lines.length;
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i]!.clean;
    if (LABEL_LINE.test(line) || COPIES.test(line)) {
      start = i;
      continue;
    }
    if (start < lines.length && parseNumberedLine(line) === null && labelAbove(lines, i, from)) {
      start = i;
      continue;
    }
    break;
  }
  // The 报尾 must begin with a label or the copies line.
  while (start < lines.length && !LABEL_LINE.test(lines[start]!.clean) && !COPIES.test(lines[start]!.clean)) start++;
  const entries: ClosingLine[] = [];
  let copies: number | null = null;
  for (const line of lines.slice(start)) {
    const label = LABEL_LINE.exec(line.clean);
    const count = COPIES.exec(line.clean);
    if (count) copies = Number(count[1]);
    else if (label && isLabel(label[1] ?? '')) entries.push({ label: label[1] as ClosingLabel, text: label[2] ?? '' });
    else if (entries.length > 0) {
      const previous = entries[entries.length - 1]!;
      previous.text = normalizeText(previous.text + stripMarks(line.raw));
    }
  }
  const closing = entries.length > 0 || copies !== null ? { lines: entries, copies } : null;
  return { closing, start };
}
