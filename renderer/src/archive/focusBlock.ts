/** Puts the caret at the start of a block and scrolls it into view (opening an issue at a search hit). */
import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { BriefEditor } from '../editor/createBriefEditor';

export function focusBlock(editor: BriefEditor, blockIndex: number): void {
  if (blockIndex < 0 || blockIndex >= editor.children.length) return;
  const point = Editor.start(editor, [blockIndex]);
  Transforms.select(editor, point);
  try {
    ReactEditor.focus(editor);
    const node = ReactEditor.toDOMNode(editor, editor.children[blockIndex]!);
    node.scrollIntoView?.({ block: 'center' });
    node.setAttribute('data-search-target', 'true');
  } catch {
    // Not rendered yet (or in a test without layout): the selection is set, which is what matters.
  }
}
