import { createEditor, Editor, Transforms, type Point } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import {
  blocksOf,
  canRedo,
  canUndo,
  currentBlockKind,
  insertBlockAfterCurrent,
  insertBlockBreak,
  insertPlainText,
  isBoldActive,
  lowerLevel,
  moveBlockDown,
  moveBlockUp,
  raiseLevel,
  setBlockKind,
  toggleBold,
  toggleDisplay,
  withBriefCommands,
} from '../../../shared/document/commands';
import { withBriefDocument } from '../../../shared/document/normalize';
import { computeLabels } from '../../../shared/document/numbering';
import { blockText, numbered, paragraph, type BlockElement } from '../../../shared/document/types';

function makeEditor(blocks: BlockElement[]): Editor {
  const editor = withBriefCommands(withBriefDocument(withHistory(createEditor())));
  editor.children = structuredClone(blocks);
  Editor.normalize(editor, { force: true });
  return editor;
}

/** Each block as `label+text`, or just the text for a plain paragraph: what the clerk sees. */
function view(editor: Editor): string[] {
  const blocks = blocksOf(editor);
  const labels = computeLabels(blocks);
  return blocks.map((b, i) => `${labels[i] ?? ''}${blockText(b)}`);
}

function caretIn(editor: Editor, index: number, offset = 0): void {
  Transforms.select(editor, { path: [index, 0], offset });
}

function caretAtEnd(editor: Editor, index: number): void {
  Transforms.select(editor, Editor.end(editor, [index]));
}

/** Slate batches history per tick (it flushes operations in a microtask): let that tick end. */
async function endTick(): Promise<void> {
  await Promise.resolve();
}

const sample = (): BlockElement[] => [
  numbered(1, '政务工作动态'),
  numbered(2, '甲', 'paragraph'),
  numbered(2, '乙', 'paragraph'),
  numbered(2, '丙', 'paragraph'),
  numbered(1, '考勤情况'),
];

describe('renumbering follows the blocks', () => {
  it('after a numbered block is inserted', () => {
    const editor = makeEditor(sample());
    caretAtEnd(editor, 1);
    insertBlockBreak(editor);
    editor.insertText('新');
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '（二）新', '（三）乙', '（四）丙', '二、考勤情况']);
  });

  it('after a numbered block is deleted', () => {
    const editor = makeEditor(sample());
    Transforms.removeNodes(editor, { at: [2] });
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '（二）丙', '二、考勤情况']);
  });

  it('after a block moves up and down, the caret following it', () => {
    const editor = makeEditor(sample());
    caretIn(editor, 3, 1);
    expect(moveBlockUp(editor)).toBe(true);
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '（二）丙', '（三）乙', '二、考勤情况']);
    expect(editor.selection?.anchor).toEqual<Point>({ path: [2, 0], offset: 1 });
    expect(moveBlockDown(editor)).toBe(true);
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '（二）乙', '（三）丙', '二、考勤情况']);
    expect(moveBlockDown(editor)).toBe(true);
    // Below the next section, 丙 is that section's first item.
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '（二）乙', '二、考勤情况', '（一）丙']);
    expect(editor.selection?.anchor).toEqual<Point>({ path: [4, 0], offset: 1 });
  });

  it('moving a section below the next one carries its number with the position', () => {
    const editor = makeEditor([numbered(1, 'A'), numbered(1, 'B'), numbered(1, 'C')]);
    caretIn(editor, 0);
    moveBlockDown(editor);
    expect(view(editor)).toEqual(['一、B', '二、A', '三、C']);
  });

  it('does not move past either end', () => {
    const editor = makeEditor(sample());
    caretIn(editor, 0);
    expect(moveBlockUp(editor)).toBe(false);
    caretIn(editor, 4);
    expect(moveBlockDown(editor)).toBe(false);
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '（二）乙', '（三）丙', '二、考勤情况']);
  });

  it('moves a multi-block selection as one', () => {
    const editor = makeEditor([paragraph('a'), paragraph('b'), paragraph('c'), paragraph('d')]);
    Transforms.select(editor, { anchor: { path: [1, 0], offset: 0 }, focus: { path: [2, 0], offset: 1 } });
    moveBlockUp(editor);
    expect(view(editor)).toEqual(['b', 'c', 'a', 'd']);
    moveBlockDown(editor);
    moveBlockDown(editor);
    expect(view(editor)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('undo puts a moved block back', () => {
    const editor = makeEditor(sample());
    caretIn(editor, 2);
    moveBlockUp(editor);
    expect(view(editor)[1]).toBe('（一）乙');
    expect(canUndo(editor)).toBe(true);
    editor.undo();
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '（二）乙', '（三）丙', '二、考勤情况']);
    expect(canRedo(editor)).toBe(true);
    editor.redo();
    expect(view(editor)[1]).toBe('（一）乙');
  });

  it('after a level change', () => {
    const editor = makeEditor(sample());
    caretIn(editor, 2);
    expect(lowerLevel(editor)).toBe(true);
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '1.乙', '（二）丙', '二、考勤情况']);
    expect(raiseLevel(editor)).toBe(true);
    expect(raiseLevel(editor)).toBe(true);
    expect(view(editor)).toEqual(['一、政务工作动态', '（一）甲', '二、乙', '（一）丙', '三、考勤情况']);
  });
});

describe('block kind and level', () => {
  it('sets paragraph ↔ numbered levels and reports the kind at the caret', () => {
    const editor = makeEditor([paragraph('优化营商环境工作'), paragraph('3月19日，省中心召开会议。')]);
    caretIn(editor, 0);
    expect(currentBlockKind(editor)).toBe('paragraph');
    setBlockKind(editor, 1);
    expect(blocksOf(editor)[0]).toEqual(numbered(1, '优化营商环境工作', 'heading'));
    caretIn(editor, 1);
    setBlockKind(editor, 2);
    // A sentence reads as a whole-paragraph item, not as a heading.
    expect(blocksOf(editor)[1]).toMatchObject({ type: 'numbered', level: 2, display: 'paragraph' });
    setBlockKind(editor, 4);
    expect(currentBlockKind(editor)).toBe(4);
    setBlockKind(editor, 'paragraph');
    expect(blocksOf(editor)[1]).toEqual(paragraph('3月19日，省中心召开会议。'));
  });

  it('keeps levels within 1–4 and leaves paragraphs alone', () => {
    const editor = makeEditor([numbered(1, 'a'), numbered(4, 'b'), paragraph('c')]);
    caretIn(editor, 0);
    expect(raiseLevel(editor)).toBe(false);
    caretIn(editor, 1);
    expect(lowerLevel(editor)).toBe(false);
    caretIn(editor, 2);
    expect(lowerLevel(editor)).toBe(false);
    expect(raiseLevel(editor)).toBe(false);
    expect(blocksOf(editor).map((b) => (b.type === 'numbered' ? b.level : 'p'))).toEqual([1, 4, 'p']);
  });

  it('toggles between heading and whole-paragraph display', () => {
    const editor = makeEditor([numbered(2, 'a', 'heading'), paragraph('b')]);
    caretIn(editor, 0);
    expect(toggleDisplay(editor)).toBe(true);
    expect(blocksOf(editor)[0]).toMatchObject({ display: 'paragraph' });
    toggleDisplay(editor);
    expect(blocksOf(editor)[0]).toMatchObject({ display: 'heading' });
    caretIn(editor, 1);
    expect(toggleDisplay(editor)).toBe(false);
  });

  it('toggles bold on the selection', () => {
    const editor = makeEditor([paragraph('政务服务')]);
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 2 } });
    expect(isBoldActive(editor)).toBe(false);
    toggleBold(editor);
    expect(isBoldActive(editor)).toBe(true);
    expect(blocksOf(editor)[0]!.children).toEqual([{ text: '政务', bold: true }, { text: '服务' }]);
    toggleBold(editor);
    expect(blocksOf(editor)[0]!.children).toEqual([{ text: '政务服务' }]);
  });
});

describe('Enter', () => {
  it('after a heading opens a plain paragraph', () => {
    const editor = makeEditor([numbered(1, '政务工作动态')]);
    caretAtEnd(editor, 0);
    insertBlockBreak(editor);
    expect(blocksOf(editor)[1]).toEqual(paragraph(''));
    expect(editor.selection?.anchor.path).toEqual([1, 0]);
  });

  it('splitting a heading in the middle leaves the rest as a paragraph', () => {
    const editor = makeEditor([numbered(1, '政务工作动态')]);
    caretIn(editor, 0, 2);
    insertBlockBreak(editor);
    expect(view(editor)).toEqual(['一、政务', '工作动态']);
  });

  it('in a whole-paragraph item opens another item of the same level', () => {
    const editor = makeEditor([numbered(2, '6月20日，省中心组织警示教育。', 'paragraph')]);
    caretAtEnd(editor, 0);
    insertBlockBreak(editor);
    expect(blocksOf(editor)[1]).toEqual(numbered(2, '', 'paragraph'));
    expect(computeLabels(blocksOf(editor))).toEqual(['（一）', '（二）']);
  });

  it('in an empty numbered block turns it into a paragraph', () => {
    const editor = makeEditor([numbered(2, '甲', 'paragraph'), numbered(2, '', 'paragraph')]);
    caretIn(editor, 1);
    insertBlockBreak(editor);
    expect(blocksOf(editor)).toEqual([numbered(2, '甲', 'paragraph'), paragraph('')]);
  });

  it('at the start of a block opens an empty paragraph above it', () => {
    const editor = makeEditor([numbered(1, '甲')]);
    caretIn(editor, 0, 0);
    editor.insertBreak();
    expect(blocksOf(editor)).toEqual([paragraph(''), numbered(1, '甲')]);
    expect(editor.selection?.anchor.path).toEqual([1, 0]);
  });
});

describe('paste as plain text', () => {
  it('puts a single line without a number in at the caret', () => {
    const editor = makeEditor([paragraph('本周共计人次')]);
    caretIn(editor, 0, 4);
    insertPlainText(editor, '  咨询2230');
    expect(view(editor)).toEqual(['本周共计咨询2230人次']);
  });

  it('turns a single line that starts with its number into a numbered block without that number', () => {
    const editor = makeEditor([numbered(1, '政务工作动态'), paragraph('')]);
    caretIn(editor, 1);
    insertPlainText(editor, '（一）6月20日，省中心组织窗口和机关90余名党员干部赴川西监狱接受警示教育。');
    expect(blocksOf(editor)).toHaveLength(2);
    expect(blocksOf(editor)[1]).toMatchObject({ type: 'numbered', level: 2, display: 'paragraph' });
    expect(view(editor)[1]).toBe('（一）6月20日，省中心组织窗口和机关90余名党员干部赴川西监狱接受警示教育。');
  });

  it('splits the caret block around several lines and renumbers', () => {
    const editor = makeEditor([numbered(1, '甲'), paragraph('前后'), numbered(1, '乙')]);
    caretIn(editor, 1, 1);
    insertPlainText(editor, '二、大厅巡查情况\r\n\r\n　　总体情况良好。\n');
    expect(view(editor)).toEqual(['一、甲', '前', '二、大厅巡查情况', '总体情况良好。', '后', '三、乙']);
    expect(editor.selection?.anchor).toEqual<Point>({ path: [3, 0], offset: '总体情况良好。'.length });
  });

  it('is undone in one step', async () => {
    const editor = makeEditor([paragraph('x')]);
    caretAtEnd(editor, 0);
    editor.insertText('y');
    await endTick();
    insertPlainText(editor, '一、甲\n二、乙');
    expect(view(editor)).toEqual(['xy', '一、甲', '二、乙']);
    editor.undo();
    expect(view(editor)).toEqual(['xy']);
  });
});

describe('insertBlockAfterCurrent (插入自动段落, 插入统计)', () => {
  it('puts the block after the caret block, or at the end when nothing is selected', () => {
    const editor = makeEditor([paragraph('甲'), paragraph('乙'), paragraph('丙')]);
    caretIn(editor, 0, 1);
    insertBlockAfterCurrent(editor, paragraph('新'));
    expect(view(editor)).toEqual(['甲', '新', '乙', '丙']);
    Transforms.deselect(editor);
    insertBlockAfterCurrent(editor, paragraph('尾'));
    expect(view(editor)).toEqual(['甲', '新', '乙', '丙', '尾']);
  });
});
