/** Keyboard shortcuts of the editor, one table so that button titles show the very same keys. */
import isHotkey from 'is-hotkey';
import type { BlockKind } from '../../../shared/document/commands';

export type EditorAction =
  'save' | 'bold' | 'undo' | 'redo' | 'lowerLevel' | 'raiseLevel' | 'moveUp' | 'moveDown' | 'toggleDisplay' | { kind: BlockKind };

const KEYS: { keys: string[]; action: EditorAction }[] = [
  { keys: ['mod+s'], action: 'save' },
  { keys: ['mod+b'], action: 'bold' },
  { keys: ['mod+z'], action: 'undo' },
  { keys: ['mod+y', 'mod+shift+z'], action: 'redo' },
  { keys: ['tab', 'mod+]'], action: 'lowerLevel' },
  { keys: ['shift+tab', 'mod+['], action: 'raiseLevel' },
  { keys: ['alt+shift+up'], action: 'moveUp' },
  { keys: ['alt+shift+down'], action: 'moveDown' },
  { keys: ['mod+alt+h'], action: 'toggleDisplay' },
  { keys: ['mod+alt+0'], action: { kind: 'paragraph' } },
  { keys: ['mod+alt+1'], action: { kind: 1 } },
  { keys: ['mod+alt+2'], action: { kind: 2 } },
  { keys: ['mod+alt+3'], action: { kind: 3 } },
  { keys: ['mod+alt+4'], action: { kind: 4 } },
];

const MATCHERS = KEYS.map(({ keys, action }) => ({ match: isHotkey(keys), action }));

export function actionFor(event: KeyboardEvent): EditorAction | null {
  for (const { match, action } of MATCHERS) if (match(event)) return action;
  return null;
}

/** Shortcut text for button titles, as the clerk types them on Windows: Ctrl+Alt+1. */
export const SHORTCUT_TEXT = {
  save: 'Ctrl+S',
  bold: 'Ctrl+B',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Y / Ctrl+Shift+Z',
  lowerLevel: 'Tab / Ctrl+]',
  raiseLevel: 'Shift+Tab / Ctrl+[',
  moveUp: 'Alt+Shift+↑',
  moveDown: 'Alt+Shift+↓',
  toggleDisplay: 'Ctrl+Alt+H',
  paragraph: 'Ctrl+Alt+0',
  level: (n: number) => `Ctrl+Alt+${n}`,
} as const;
