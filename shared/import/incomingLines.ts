/**
 * The incoming document as lines for the masthead, body and 报尾 rules: a paragraph is a line (its
 * automatic number printed before it, bold runs marked), a table row is a line (a one-cell table a
 * line per paragraph: a masthead or 报尾 typed into a table cell). Each line remembers its block, so
 * the body can take a table back as a table, and the level its heading style or face gives it.
 */
import { parseNumberedLine } from '../document/typedNumber';
import type { NumberLevel } from '../document/types';
import { isHeadingText } from './body';
import { cellText, paragraphText, type IncomingDocument, type IncomingParagraph } from './incoming';
import { parsePeriodLine } from './masthead';
import { LINE_BREAK, sourceLine, type SourceLine } from './lines';

export interface IncomingLine extends SourceLine {
  /** Index of the block in IncomingDocument.blocks. */
  block: number;
  /** The heading level a heading style or a 黑体 / 楷体 face gives an unnumbered paragraph. */
  hint?: NumberLevel;
}

const HEI = /黑体|SimHei|Hei/i;
const KAI = /楷体|KaiTi|Kai/i;
const LABEL_CELL = /^([报送发抄])[：:]?$/;

/**
 * The paragraph's text with `**` around bold runs and its automatic number before it. A .txt line's
 * own `**bold**` markers are kept as typed; in a DOCX a literal `**` is text, not a marker.
 */
function markedText(paragraph: IncomingParagraph, whole: boolean): string {
  let text = paragraph.autoNumber ?? '';
  let bold = false;
  for (const run of paragraph.runs) {
    const runBold: boolean = run.text.trim() === '' ? bold : run.bold === true;
    if (runBold !== bold) text += '**';
    text += whole ? run.text.replace(/\*\*/g, '＊＊') : run.text;
    bold = runBold;
  }
  return bold ? `${text}**` : text;
}

/** A short line set wholly in 黑体 reads as a level-1 heading, in 楷体 as level 2 (GB/T 9704 faces). */
function faceLevel(paragraph: IncomingParagraph, clean: string): NumberLevel | undefined {
  const faces = paragraph.runs.filter((run) => run.text.trim() !== '').map((run) => run.face ?? '');
  if (paragraph.align === 'center' || parsePeriodLine(clean) !== null) return undefined; // masthead lines
  if (faces.length === 0 || !isHeadingText(clean) || /[，,]/.test(clean) || clean.startsWith('图为')) return undefined;
  if (faces.every((face) => HEI.test(face))) return 1;
  if (faces.every((face) => KAI.test(face))) return 2;
  return undefined;
}

function paragraphLine(paragraph: IncomingParagraph, block: number, whole: boolean): IncomingLine | null {
  const line = sourceLine(markedText(paragraph, whole));
  if (!line) return null;
  if (!whole || paragraph.autoNumber !== undefined || parseNumberedLine(line.clean) !== null) return { ...line, block };
  const hint = paragraph.headingLevel ?? faceLevel(paragraph, line.clean);
  return hint !== undefined ? { ...line, block, hint } : { ...line, block };
}

/** A row's cells as one line: `报 | 省政府办公厅` → `报：省政府办公厅`; other cells apart by a space. */
function rowText(cells: readonly (readonly IncomingParagraph[])[]): string {
  const texts = cells.map((cell) => cellText(cell).replace(/\n/g, '').trim()).filter((text) => text !== '');
  const label = texts.length === 2 ? LABEL_CELL.exec(texts[0]!) : null;
  if (label) return `${label[1]}：${texts[1]}`;
  return texts.join('  ');
}

export function incomingLines(document: IncomingDocument): IncomingLine[] {
  const lines: IncomingLine[] = [];
  document.blocks.forEach((block, index) => {
    if (block.kind === 'picture') return; // no text: the body places it between its neighbours' lines
    if (block.kind === 'paragraph') {
      // A .txt paragraph is one line of the file; a DOCX paragraph is whole whatever it holds.
      const line = paragraphLine(block, index, document.wholeParagraphs);
      if (line) lines.push(line);
      return;
    }
    for (const row of block.rows) {
      const filled = row.filter((cell) => cell.some((p) => paragraphText(p).trim() !== ''));
      const pieces = filled.length === 1 ? filled[0]!.map((p) => markedText(p, true)) : [rowText(row)];
      for (const piece of pieces) {
        for (const part of piece.split(LINE_BREAK)) {
          const line = sourceLine(part);
          if (line) lines.push({ ...line, block: index });
        }
      }
    }
  });
  return lines;
}
