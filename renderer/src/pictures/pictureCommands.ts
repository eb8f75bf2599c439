/**
 * Edits of a picture block, each one Slate operation (undoable, autosaved like any edit). Typing a
 * caption is one undo step, as typing text is: a caption edit right after another on the same block
 * joins its undo batch.
 */
import { Path, Transforms, type Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { MAX_CAPTION_CHARS } from '../../../shared/document/schema';
import type { PictureElement, PictureWidth } from '../../../shared/document/types';

export function setPictureWidth(editor: Editor, path: Path, width: PictureWidth): void {
  Transforms.setNodes<PictureElement>(editor, { width }, { at: path });
}

function followsCaptionEdit(editor: Editor, path: Path): boolean {
  if (!HistoryEditor.isHistoryEditor(editor)) return false;
  const last = editor.history.undos.at(-1)?.operations.at(-1);
  return (
    last?.type === 'set_node' &&
    Path.equals(last.path, path) &&
    Object.keys(last.newProperties).length === 1 &&
    'caption' in last.newProperties
  );
}

export function setPictureCaption(editor: Editor, path: Path, caption: string): void {
  const set = () => Transforms.setNodes<PictureElement>(editor, { caption: caption.slice(0, MAX_CAPTION_CHARS) }, { at: path });
  if (followsCaptionEdit(editor, path)) HistoryEditor.withMerging(editor as HistoryEditor, set);
  else set();
}

export function removePicture(editor: Editor, path: Path): void {
  Transforms.removeNodes(editor, { at: path });
}
