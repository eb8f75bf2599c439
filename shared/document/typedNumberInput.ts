/**
 * Typed numbers understood while typing: `（一）` (or `一、`, `1.`, `（1）`) typed at the start of a
 * paragraph makes it a numbered block of that level and the typed number goes — the generated number
 * takes its place, so it cannot print twice. The conversion is its own undo step: Ctrl+Z right after
 * gives the literal text back (as a paragraph), for the clerk who meant `1.` as text.
 */
import './slateTypes';
import { Editor, Range, Text, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { replaceBlockText } from './textOffsets';
import { completionOffset, displayForText, recogniseTypedNumber, type TypedNumber } from './typedNumber';
import { blockText, type BlockElement, type NumberLevel, type NumberedElement } from './types';

/**
 * 标题 or 段落式 for a block numbered by typing, whose text is not there yet: a sentence already typed
 * decides; otherwise the nearest earlier block of the same level under the same parent (items of one
 * list look alike); otherwise a heading.
 */
function displayWhileTyping(blocks: readonly BlockElement[], index: number, level: NumberLevel, rest: string) {
  if (/[。；;！？!?，,]/.test(rest)) return displayForText(rest.length > 40 ? rest : `${rest}。`);
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block?.type !== 'numbered') continue;
    if (block.level === level) return block.display;
    if (block.level < level) break;
  }
  return 'heading';
}

/** The text offset of the caret inside its block. */
function caretOffset(editor: Editor, index: number): number | null {
  const selection = editor.selection;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const { path, offset } = selection.anchor;
  if (path[0] !== index || path.length !== 2) return null;
  const block = editor.children[index] as BlockElement;
  let before = 0;
  for (let i = 0; i < (path[1] ?? 0); i++) {
    const leaf = block.children[i];
    if (!leaf || !Text.isText(leaf)) return null;
    before += leaf.text.length;
  }
  return before + offset;
}

/** A number whose last character (see completionOffset) was among the `inserted` characters before the caret. */
export function numberJustTyped(text: string, caret: number, inserted: number): TypedNumber | null {
  const typed = recogniseTypedNumber(text);
  if (!typed) return null;
  const completion = completionOffset(text, typed);
  if (completion > text.length) return null;
  return caret - inserted < completion && completion <= caret ? typed : null;
}

function convert(editor: Editor, index: number, inserted: number): void {
  const block = editor.children[index] as BlockElement | undefined;
  if (!block || (block.type !== 'paragraph' && block.type !== 'numbered')) return;
  const text = blockText(block);
  const caret = caretOffset(editor, index);
  if (caret === null) return;
  const typed = numberJustTyped(text, caret, inserted);
  if (!typed) return;
  const rest = text.slice(typed.length);
  const display =
    block.type === 'numbered' ? block.display : displayWhileTyping(editor.children as BlockElement[], index, typed.level, rest);
  const apply = () =>
    Editor.withoutNormalizing(editor, () => {
      Transforms.setNodes<NumberedElement>(editor, { type: 'numbered', level: typed.level, display }, { at: [index] });
      replaceBlockText(editor, index, 0, typed.length, '');
    });
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, apply);
  else apply();
}

export function withTypedNumbers<T extends Editor>(editor: T): T {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    insertText(text, options);
    if (options?.at) return;
    const index = editor.selection?.anchor.path[0];
    if (index !== undefined) convert(editor, index, text.length);
  };
  return editor;
}
