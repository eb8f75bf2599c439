/**
 * What every block is made of: Slate text leaves (a void block has one empty leaf), their schema and
 * the normaliser steps the block modules share.
 */
import '../slateTypes';
import { z } from 'zod';
import { Element, Node, Text, Transforms, type Editor, type Path } from 'slate';
import { xmlText } from '../../text/xmlText';
import type { DocumentLimits } from './limits';

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
export function dropForeignKeys(editor: Editor, raw: Record<string, unknown>, path: Path, foreign: readonly string[]): boolean {
  const found = foreign.filter((key) => key in raw);
  if (found.length === 0) return false;
  Transforms.unsetNodes(editor, found, { at: path });
  return true;
}

/** Drops every key but the block's own, `type` and `children`; true when it did. */
export function dropOtherKeys(editor: Editor, raw: Record<string, unknown>, path: Path, own: readonly string[]): boolean {
  const extra = Object.keys(raw).filter((key) => key !== 'type' && key !== 'children' && !own.includes(key));
  if (extra.length === 0) return false;
  Transforms.unsetNodes(editor, extra, { at: path });
  return true;
}

/** A text block holds leaves only: a nested element (from a paste or a bad file) is lifted out. */
export function unwrapNestedElements(editor: Editor, path: Path): boolean {
  for (const [child, childPath] of Node.children(editor, path)) {
    if (Element.isElement(child)) {
      Transforms.unwrapNodes(editor, { at: childPath });
      return true;
    }
  }
  return false;
}

/**
 * A void block holds exactly one empty leaf without marks. Its content lives in its own fields, but a
 * paste or a bad file may put text or elements inside it. One fix per call.
 */
export function normalizeVoidChildren(editor: Editor, children: readonly unknown[], path: Path): boolean {
  // `voids: true`: Slate's transforms otherwise skip the inside of a void element.
  if (children.length > 1) {
    Transforms.removeNodes(editor, { at: [...path, children.length - 1], voids: true });
    return true;
  }
  const only = children[0];
  if (Element.isElement(only) || (Text.isText(only) && (only.text !== '' || only.bold !== undefined))) {
    Transforms.removeNodes(editor, { at: [...path, 0], voids: true });
    Transforms.insertNodes(editor, { text: '' }, { at: [...path, 0], voids: true });
    return true;
  }
  return false;
}
