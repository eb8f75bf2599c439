/** Runs an editor action — from a toolbar button or a shortcut — on the editor. */
import { HistoryEditor } from 'slate-history';
import {
  lowerLevel,
  moveBlockDown,
  moveBlockUp,
  raiseLevel,
  setBlockKind,
  toggleBold,
  toggleDisplay,
} from '../../../shared/document/commands';
import type { BriefEditor } from './createBriefEditor';
import type { EditorAction } from './hotkeys';

/** `save` is the caller's (the autosaver's flush). */
export function runAction(editor: BriefEditor, action: EditorAction, save: () => void): void {
  if (typeof action === 'object') {
    setBlockKind(editor, action.kind);
    return;
  }
  switch (action) {
    case 'save':
      save();
      return;
    case 'bold':
      toggleBold(editor);
      return;
    case 'undo':
      HistoryEditor.undo(editor);
      return;
    case 'redo':
      HistoryEditor.redo(editor);
      return;
    case 'lowerLevel':
      lowerLevel(editor);
      return;
    case 'raiseLevel':
      raiseLevel(editor);
      return;
    case 'moveUp':
      moveBlockUp(editor);
      return;
    case 'moveDown':
      moveBlockDown(editor);
      return;
    case 'toggleDisplay':
      toggleDisplay(editor);
      return;
  }
}
