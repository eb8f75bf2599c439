/** The document cut into the segments the rules read: every text that prints, where it lives. */
import { blockText, type BlockElement, type BriefDocument } from '../document/types';
import type { ProofreadContext, Segment } from './types';

/** The segments of one block at `index` (none for a block that prints no text of its own). */
export function blockSegments(block: BlockElement, index: number): Segment[] {
  const out: Segment[] = [];
  switch (block.type) {
    case 'paragraph':
      out.push({ place: { kind: 'block', block: index }, role: 'paragraph', text: blockText(block) });
      break;
    case 'numbered':
      out.push({
        place: { kind: 'block', block: index },
        role: block.display === 'heading' ? 'heading' : 'numberedParagraph',
        text: blockText(block),
      });
      break;
    case 'table':
      block.rows.forEach((row, r) =>
        row.forEach((text, c) => out.push({ place: { kind: 'cell', block: index, row: r, column: c }, role: 'cell', text })),
      );
      break;
    case 'generated':
      block.lines.forEach((text, line) => out.push({ place: { kind: 'generated', block: index, line }, role: 'generated', text }));
      break;
    case 'statistics':
      if (block.form === 'table') {
        block.rows.forEach((row, r) =>
          row.forEach((text, c) =>
            out.push({ place: { kind: 'statistics', block: index, line: r * 1000 + c }, role: 'statistics', text }),
          ),
        );
      } else {
        block.lines.forEach((text, line) => out.push({ place: { kind: 'statistics', block: index, line }, role: 'statistics', text }));
      }
      break;
  }
  return out;
}

/** The 报尾's lines as segments (they are the issue's, not the document's). */
export function closingSegments(context: ProofreadContext): Segment[] {
  return (context.closingLines ?? []).map((text, line) => ({ place: { kind: 'closing', line }, role: 'closing', text }));
}

export function segmentsOf(document: BriefDocument, context: ProofreadContext = {}): Segment[] {
  return [...document.blocks.flatMap((block, index) => blockSegments(block, index)), ...closingSegments(context)];
}
