/** The document cut into the segments the rules read: every text that prints, where it lives. */
import type { BlockOf, BlockType } from '../document/blocks/registry';
import { blockText, type BlockElement, type BriefDocument } from '../document/types';
import type { ProofreadContext, Segment } from './types';

type SegmentsOf<K extends BlockType> = (block: BlockOf<K>, index: number) => Segment[];

/** Typed over every block type: a new type does not compile until it says what of it is proofread. */
const BLOCK_SEGMENTS: { [K in BlockType]: SegmentsOf<K> } = {
  paragraph: (block, index) => [{ place: { kind: 'block', block: index }, role: 'paragraph', text: blockText(block) }],
  numbered: (block, index) => [
    { place: { kind: 'block', block: index }, role: block.display === 'heading' ? 'heading' : 'numberedParagraph', text: blockText(block) },
  ],
  table: (block, index) =>
    block.rows.flatMap((row, r) =>
      row.map((text, c): Segment => ({ place: { kind: 'cell', block: index, row: r, column: c }, role: 'cell', text })),
    ),
  generated: (block, index) =>
    block.lines.map((text, line): Segment => ({ place: { kind: 'generated', block: index, line }, role: 'generated', text })),
  statistics: (block, index) =>
    block.form === 'table'
      ? block.rows.flatMap((row, r) =>
          row.map((text, c): Segment => ({ place: { kind: 'statistics', block: index, line: r * 1000 + c }, role: 'statistics', text })),
        )
      : block.lines.map((text, line): Segment => ({ place: { kind: 'statistics', block: index, line }, role: 'statistics', text })),
  // The 图注 prints, so it is read like text; it is edited in the picture's own input, not fixed here.
  picture: (block, index) => (block.caption === '' ? [] : [{ place: { kind: 'caption', block: index }, role: 'caption', text: block.caption }]),
};

/** The segments of one block at `index` (none for a block that prints no text of its own). */
export function blockSegments(block: BlockElement, index: number): Segment[] {
  return (BLOCK_SEGMENTS[block.type] as SegmentsOf<BlockType>)(block as never, index);
}

/** The 报尾's lines as segments (they are the issue's, not the document's). */
export function closingSegments(context: ProofreadContext): Segment[] {
  return (context.closingLines ?? []).map((text, line) => ({ place: { kind: 'closing', line }, role: 'closing', text }));
}

export function segmentsOf(document: BriefDocument, context: ProofreadContext = {}): Segment[] {
  return [...document.blocks.flatMap((block, index) => blockSegments(block, index)), ...closingSegments(context)];
}
