/**
 * The document cut into the segments the rules read: every text that prints, where it lives. Each
 * block type says what of it is proofread in its module (document/blocks/).
 */
import { moduleOf } from '../document/blocks/registry';
import type { BlockElement, BriefDocument } from '../document/types';
import type { ProofreadContext, Segment } from './types';

/** The segments of one block at `index` (none for a block that prints no text of its own). */
export function blockSegments(block: BlockElement, index: number): Segment[] {
  return moduleOf(block).segments(block, index);
}

/** The 报尾's lines as segments (they are the issue's, not the document's). */
export function closingSegments(context: ProofreadContext): Segment[] {
  return (context.closingLines ?? []).map((text, line) => ({ place: { kind: 'closing', line }, role: 'closing', text }));
}

export function segmentsOf(document: BriefDocument, context: ProofreadContext = {}): Segment[] {
  return [...document.blocks.flatMap((block, index) => blockSegments(block, index)), ...closingSegments(context)];
}
