/** The printable pieces text blocks share (layout/issueView.ts consumes them). */
import type { PrintBlock, PrintRun } from '../../layout/issueView';
import { normalizeRuns } from '../../layout/printText';
import type { StyledText } from './text';

/** Runs as printed: text normalised for print, bold kept. */
export function printRuns(children: readonly StyledText[]): PrintRun[] {
  return normalizeRuns(children.map((leaf) => ({ text: leaf.text, bold: leaf.bold === true })));
}

/** Stored lines (a generated section, a statistics sentence) print as ordinary body paragraphs. */
export function printLines(lines: readonly string[]): PrintBlock[] {
  return lines.map((line) => ({ kind: 'paragraph', level: null, label: null, runs: normalizeRuns([{ text: line, bold: false }]) }));
}
