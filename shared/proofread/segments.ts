/** The document cut into the segments the rules read: every text that prints, where it lives. */
import { blockText, type BriefDocument } from '../document/types';
import type { ProofreadContext, Segment } from './types';

export function segmentsOf(document: BriefDocument, context: ProofreadContext = {}): Segment[] {
  const out: Segment[] = [];
  document.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'paragraph':
        out.push({ place: { kind: 'block', block: index }, role: 'paragraph', text: blockText(block) });
        return;
      case 'numbered':
        out.push({
          place: { kind: 'block', block: index },
          role: block.display === 'heading' ? 'heading' : 'numberedParagraph',
          text: blockText(block),
        });
        return;
      case 'table':
        block.rows.forEach((row, r) =>
          row.forEach((text, c) => out.push({ place: { kind: 'cell', block: index, row: r, column: c }, role: 'cell', text })),
        );
        return;
      case 'generated':
        block.lines.forEach((text, line) => out.push({ place: { kind: 'generated', block: index, line }, role: 'generated', text }));
        return;
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
        return;
    }
  });
  (context.closingLines ?? []).forEach((text, line) => out.push({ place: { kind: 'closing', line }, role: 'closing', text }));
  return out;
}
