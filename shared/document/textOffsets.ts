/**
 * Offsets into a block's text (the concatenation of its leaves) as Slate points, so code that works
 * on plain strings — the typed-number recogniser, the 校对 rules — can change the right characters
 * whatever the bold runs are.
 */
import './slateTypes';
import { Editor, Element, Text, Transforms, type Point } from 'slate';

/** The point `offset` characters into block `index`; an offset on a leaf boundary stays in the earlier leaf. */
export function pointAtOffset(editor: Editor, index: number, offset: number): Point | null {
  const block = editor.children[index];
  if (!block || !Element.isElement(block)) return null;
  let remaining = offset;
  for (let i = 0; i < block.children.length; i++) {
    const leaf = block.children[i];
    if (!Text.isText(leaf)) return null;
    if (remaining <= leaf.text.length) return { path: [index, i], offset: remaining };
    remaining -= leaf.text.length;
  }
  return null;
}

/** Replaces characters [start, end) of block `index` with `text`; the first replaced leaf's marks apply. */
export function replaceBlockText(editor: Editor, index: number, start: number, end: number, text: string): boolean {
  // The start point must be in the leaf that holds the first replaced character.
  const anchor = start < end ? pointAtOffset(editor, index, start + 1) : pointAtOffset(editor, index, start);
  const focus = pointAtOffset(editor, index, end);
  if (!anchor || !focus) return false;
  const from = start < end ? { ...anchor, offset: anchor.offset - 1 } : anchor;
  Editor.withoutNormalizing(editor, () => {
    if (start < end) Transforms.delete(editor, { at: { anchor: from, focus } });
    if (text !== '') Transforms.insertText(editor, text, { at: from });
  });
  return true;
}
