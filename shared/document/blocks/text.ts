/**
 * What every block is made of: Slate text leaves (a void block has one empty leaf), their schema and
 * the normaliser steps the block modules share.
 */
import { z } from 'zod';
import { xmlText } from '../../text/xmlText';
import type { DocumentLimits } from './limits';
import type { BlockRepair } from './module';

export interface StyledText {
  text: string;
  bold?: true;
}

/** The text typed into a block (a void block has none: see blockLines). */
export function blockText(block: { children: readonly StyledText[] }): string {
  return block.children.map((leaf) => leaf.text).join('');
}

export function styledTextSchema(limits: DocumentLimits) {
  return z.strictObject({ text: xmlText().max(limits.textPerLeaf), bold: z.literal(true).optional() });
}

/** The leaves of a block the clerk types into. */
export function textChildrenSchema(limits: DocumentLimits) {
  return z.array(styledTextSchema(limits)).min(1).max(limits.leavesPerBlock);
}

/** The one empty leaf Slate keeps in a void element; `message` says what may not hold text. */
export function voidChildrenSchema(limits: DocumentLimits, message: string) {
  return z
    .array(styledTextSchema(limits))
    .length(1)
    .refine((leaves) => leaves[0]?.text === '', { message });
}

/** Drops the keys of other block types (left by a type change, a paste or a bad file); true when it did. */
export function dropForeignKeys(raw: Readonly<Record<string, unknown>>, repair: BlockRepair, foreign: readonly string[]): boolean {
  const found = foreign.filter((key) => key in raw);
  return found.length > 0 && repair.update({}, found);
}

/** Drops every key but the block's own, `type` and `children`; true when it did. */
export function dropOtherKeys(raw: Readonly<Record<string, unknown>>, repair: BlockRepair, own: readonly string[]): boolean {
  const extra = Object.keys(raw).filter((key) => key !== 'type' && key !== 'children' && !own.includes(key));
  return extra.length > 0 && repair.update({}, extra);
}
