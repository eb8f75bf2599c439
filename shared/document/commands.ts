/**
 * Block commands of the editor, headless (slate + slate-history only) so that Node tests prove them and
 * the toolbar, the keyboard and the paste handler all call the very same functions.
 *
 * The document is a flat list of blocks (see types.ts), so a point's `path[0]` is its block's index.
 * Numbers are never touched here: they follow from the blocks' order and levels (numbering.ts).
 *
 * Decisions worth knowing:
 * - Levels run 1 (一、) to 4 (（1）). 升级 (raise) goes towards 1, 降级 (lower) towards 4. A plain paragraph
 *   is outside the hierarchy: raising or lowering it does nothing (the 一级…四级 buttons number it), so a
 *   stray Tab never makes a number appear.
 * - A paragraph that becomes numbered gets display 'heading' when it reads like a title (short, no
 *   sentence end) and 'paragraph' otherwise, as the paste parser decides.
 * - Pasted lines become whole blocks placed around the caret's block (split at the caret), never merged
 *   into the text before or after the caret: a numbered line must stay its own block.
 */
import './slateTypes';
import { Editor, Element, Range, Transforms, type Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import { isVoidBlock } from './blocks/registry';
import { plainTextToBlocks } from './pasteText';
import { replaceBlockText } from './textOffsets';
import { displayForText, recogniseTypedNumber } from './typedNumber';
import { blockText, type BlockElement, type NumberLevel, type NumberedElement, type ParagraphElement } from './types';

/** What the block-type control shows and sets: a plain paragraph or a numbered level. */
export type BlockKind = 'paragraph' | NumberLevel;

/** The editor's top level, typed: withBriefDocument keeps only blocks there. */
export function blocksOf(editor: Editor): BlockElement[] {
  return editor.children as BlockElement[];
}

/** Indexes of the first and last block the selection touches, or null without a selection. */
export function selectedBlockRange(editor: Editor): [number, number] | null {
  const selection = editor.selection;
  if (!selection) return null;
  const [start, end] = Range.edges(selection);
  const first = start.path[0];
  const last = end.path[0];
  if (first === undefined || last === undefined) return null;
  return [first, last];
}

/** The block that holds the selection's anchor (where the caret is). */
export function currentBlock(editor: Editor): BlockElement | null {
  const index = editor.selection?.anchor.path[0];
  if (index === undefined) return null;
  return blocksOf(editor)[index] ?? null;
}

export function blockKindOf(block: BlockElement): BlockKind {
  return block.type === 'numbered' ? block.level : 'paragraph';
}

/** The kind of the block at the caret, or null without a selection. */
export function currentBlockKind(editor: Editor): BlockKind | null {
  const block = currentBlock(editor);
  return block ? blockKindOf(block) : null;
}

/**
 * A block that becomes numbered (or changes level) loses a number typed at its start: the generated
 * one replaces it, so `（一）（一）…` can never print. Leading spaces before the typed number go too.
 */
function dropTypedNumber(editor: Editor, block: BlockElement, index: number): void {
  const text = blockText(block);
  const lead = /^[\s\u3000]*/.exec(text)?.[0].length ?? 0;
  const typed = recogniseTypedNumber(text.slice(lead));
  if (!typed || lead + typed.length >= text.length) return; // a bare number stays: no empty block
  replaceBlockText(editor, index, 0, lead + typed.length, '');
}

function eachSelectedBlock(editor: Editor, fn: (block: BlockElement, path: Path) => void): boolean {
  const range = selectedBlockRange(editor);
  if (!range) return false;
  Editor.withoutNormalizing(editor, () => {
    for (let i = range[0]; i <= range[1]; i++) {
      const block = blocksOf(editor)[i];
      if (block) fn(block, [i]);
    }
  });
  return true;
}

/** Makes every selected block a paragraph or a numbered block of `kind`. */
export function setBlockKind(editor: Editor, kind: BlockKind): boolean {
  return eachSelectedBlock(editor, (block, path) => {
    // A void block (a table, a picture, a generated or statistics section) has no text of its own to
    // number: it stays what it is.
    if (isVoidBlock(block)) return;
    if (kind === 'paragraph') {
      if (block.type === 'paragraph') return;
      Transforms.unsetNodes(editor, ['level', 'display'], { at: path });
      Transforms.setNodes<ParagraphElement>(editor, { type: 'paragraph' }, { at: path });
    } else if (block.type === 'numbered') {
      if (block.level !== kind) Transforms.setNodes<NumberedElement>(editor, { level: kind }, { at: path });
      dropTypedNumber(editor, block, path[0] ?? 0);
    } else {
      const typed = recogniseTypedNumber(blockText(block).trimStart());
      const display = displayForText(typed ? blockText(block).trimStart().slice(typed.length) : blockText(block));
      Transforms.setNodes<NumberedElement>(editor, { type: 'numbered', level: kind, display }, { at: path });
      dropTypedNumber(editor, block, path[0] ?? 0);
    }
  });
}

function shiftLevel(editor: Editor, delta: 1 | -1): boolean {
  let changed = false;
  eachSelectedBlock(editor, (block, path) => {
    if (block.type !== 'numbered') return;
    const level = block.level + delta;
    if (level < 1 || level > 4) return;
    Transforms.setNodes<NumberedElement>(editor, { level: level as NumberLevel }, { at: path });
    dropTypedNumber(editor, block, path[0] ?? 0);
    changed = true;
  });
  return changed;
}

/** 升级: level n → n − 1 for each selected numbered block (level 1 and paragraphs stay). */
export function raiseLevel(editor: Editor): boolean {
  return shiftLevel(editor, -1);
}

/** 降级: level n → n + 1 for each selected numbered block (level 4 and paragraphs stay). */
export function lowerLevel(editor: Editor): boolean {
  return shiftLevel(editor, 1);
}

/**
 * Moves the selected blocks one place up: the block above them jumps below them. The selection keeps
 * pointing at the same text because Slate transforms it along with the move.
 */
export function moveBlockUp(editor: Editor): boolean {
  const range = selectedBlockRange(editor);
  if (!range || range[0] === 0) return false;
  Transforms.moveNodes(editor, { at: [range[0] - 1], to: [range[1]] });
  return true;
}

/** Moves the selected blocks one place down: the block below them jumps above them. */
export function moveBlockDown(editor: Editor): boolean {
  const range = selectedBlockRange(editor);
  if (!range || range[1] >= editor.children.length - 1) return false;
  Transforms.moveNodes(editor, { at: [range[1] + 1], to: [range[0]] });
  return true;
}

/** The display of the numbered block at the caret, or null when it is not numbered. */
export function currentDisplay(editor: Editor): NumberedElement['display'] | null {
  const block = currentBlock(editor);
  return block?.type === 'numbered' ? block.display : null;
}

/**
 * 标题 ↔ 段首: switches the selected numbered blocks between a heading on its own line and a paragraph
 * that begins with its number; all follow the block at the caret, so a mixed selection ends uniform.
 */
export function toggleDisplay(editor: Editor): boolean {
  const current = currentDisplay(editor);
  if (!current) return false;
  return setDisplay(editor, current === 'heading' ? 'paragraph' : 'heading');
}

/** 标题 or 段落式 for every selected numbered block (the toolbar's two words). */
export function setDisplay(editor: Editor, display: NumberedElement['display']): boolean {
  let changed = false;
  eachSelectedBlock(editor, (block, path) => {
    if (block.type !== 'numbered' || block.display === display) return;
    Transforms.setNodes<NumberedElement>(editor, { display }, { at: path });
    changed = true;
  });
  return changed;
}

export function isBoldActive(editor: Editor): boolean {
  return Editor.marks(editor)?.bold === true;
}

export function toggleBold(editor: Editor): void {
  if (isBoldActive(editor)) Editor.removeMark(editor, 'bold');
  else Editor.addMark(editor, 'bold', true);
}

/**
 * Pastes plain text. One line without a number of its own goes in at the caret as text; anything else
 * (several lines, or a line like `（二）…`) becomes blocks — numbered where a line began with its number,
 * that typed number dropped — inserted where the caret's block is split. The caret ends after the last
 * inserted block's text.
 */
export function insertPlainText(editor: Editor, text: string): void {
  const blocks = plainTextToBlocks(text);
  const only = blocks[0];
  if (blocks.length === 1 && only?.type === 'paragraph' && editor.selection) {
    // Through the editor so that an active bold mark applies to the pasted text as to typed text.
    editor.insertText(blockText(only));
    return;
  }
  insertBlocks(editor, blocks);
}

/**
 * Inserts whole blocks at the caret (pasted HTML or text): one plain paragraph goes into the caret's
 * block with its bold runs; anything else is placed where the caret's block is split, an empty block
 * replaced. The caret ends after the last inserted block's text.
 */
export function insertBlocks(editor: Editor, blocks: BlockElement[]): void {
  if (blocks.length === 0 || !editor.selection) return;
  const only = blocks[0];
  if (blocks.length === 1 && only?.type === 'paragraph') {
    Transforms.insertFragment(editor, [only]);
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
    const selection = editor.selection;
    if (!selection) return;
    const point = selection.anchor;
    const index = point.path[0] ?? 0;
    const block = blocksOf(editor)[index];
    if (!block) return;
    let at: number;
    if (blockText(block) === '' && !isVoidBlock(block)) {
      // An empty block is simply replaced by what was pasted.
      Transforms.removeNodes(editor, { at: [index] });
      at = index;
    } else if (Editor.isStart(editor, point, [index])) {
      at = index;
    } else if (Editor.isEnd(editor, point, [index])) {
      at = index + 1;
    } else {
      Transforms.splitNodes(editor, { at: point, always: true });
      at = index + 1;
    }
    Transforms.insertNodes(editor, blocks, { at: [at], select: false });
    const last = blocks[blocks.length - 1];
    const end = at + blocks.length - 1;
    if (last && isVoidBlock(last)) Transforms.select(editor, Editor.start(editor, [end]));
    else Transforms.select(editor, Editor.end(editor, [end]));
  });
}

/**
 * Enter. In an empty numbered block: the block becomes a plain paragraph (the way out of a list).
 * At the start of a non-empty block: an empty paragraph opens above it. Otherwise the block is split;
 * the part after a heading becomes a plain paragraph, the part after a numbered whole-paragraph item
 * becomes another item of the same level, and a paragraph stays a paragraph.
 */
export function insertBlockBreak(editor: Editor): void {
  if (!editor.selection) return;
  Editor.withoutNormalizing(editor, () => {
    if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
    const selection = editor.selection;
    if (!selection) return;
    const point = selection.anchor;
    const index = point.path[0] ?? 0;
    const block = blocksOf(editor)[index];
    if (!block) return;
    if (isVoidBlock(block)) {
      // Enter on a selected void block (a table, not in its cells; a picture…): a paragraph opens after it.
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [index + 1], select: true });
      return;
    }
    if (blockText(block) === '') {
      if (block.type === 'numbered') {
        setBlockKind(editor, 'paragraph');
        return;
      }
    } else if (Editor.isStart(editor, point, [index])) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [index], select: false });
      return;
    }
    Transforms.splitNodes(editor, { always: true, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });
    if (block.type === 'numbered' && block.display === 'heading') {
      const next: Path = [index + 1];
      Transforms.unsetNodes(editor, ['level', 'display'], { at: next });
      Transforms.setNodes<ParagraphElement>(editor, { type: 'paragraph' }, { at: next });
    }
  });
}

/**
 * Wires the commands into the editor's own entry points: Enter and Shift+Enter both go through
 * insertBlockBreak (a line break inside a block has no place in the printed layout).
 */
export function withBriefCommands<T extends Editor>(editor: T): T {
  editor.insertBreak = () => insertBlockBreak(editor);
  editor.insertSoftBreak = () => insertBlockBreak(editor);
  return editor;
}

export function canUndo(editor: Editor): boolean {
  return HistoryEditor.isHistoryEditor(editor) && editor.history.undos.length > 0;
}

export function canRedo(editor: Editor): boolean {
  return HistoryEditor.isHistoryEditor(editor) && editor.history.redos.length > 0;
}

/** Inserts a whole block after the block that holds the selection's start (at the end without a selection). */
export function insertBlockAfterCurrent(editor: Editor, block: BlockElement): void {
  const at = editor.selection ? (Editor.start(editor, editor.selection).path[0] ?? 0) + 1 : editor.children.length;
  Transforms.insertNodes(editor, block, { at: [at] });
}
