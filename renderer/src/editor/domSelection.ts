/**
 * slate-react takes caret moves the browser makes by itself (arrow keys, Home/End, a click elsewhere in
 * the text) from the DOM on a 100 ms throttle, so for that long editor.selection is still where the
 * caret was before. Typing and IME compositions are not affected (slate-react reads the DOM before
 * each input and on compositionstart), but everything else that reads editor.selection is: our
 * shortcuts, toolbar buttons and insert menus, a paste, and slate-react's own ArrowLeft/ArrowRight
 * (it steps from editor.selection). So every keydown, paste and command first takes the caret from
 * the DOM: a clerk who presses End and then ← or Ctrl+Alt+1 at once gets it where the caret is.
 */
import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { BriefEditor } from './createBriefEditor';

export function takeSelectionFromDom(editor: BriefEditor): void {
  if (ReactEditor.isComposing(editor)) return; // the IME owns the caret until it commits
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0 || !dom.anchorNode || !dom.focusNode) return;
  if (!ReactEditor.hasDOMNode(editor, dom.anchorNode, { editable: true })) return;
  if (!ReactEditor.hasDOMNode(editor, dom.focusNode, { editable: true })) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}
