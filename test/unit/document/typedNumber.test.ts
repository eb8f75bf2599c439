import { createEditor, Editor, Transforms } from 'slate';
import { HistoryEditor, withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { blocksOf, lowerLevel, setBlockKind, withBriefCommands } from '../../../shared/document/commands';
import { withBriefDocument } from '../../../shared/document/normalize';
import { computeLabels } from '../../../shared/document/numbering';
import { recogniseTypedNumber } from '../../../shared/document/typedNumber';
import { withTypedNumbers } from '../../../shared/document/typedNumberInput';
import { blockText, numbered, paragraph, type BlockElement } from '../../../shared/document/types';

function makeEditor(blocks: BlockElement[]): Editor {
  const editor = withTypedNumbers(withBriefCommands(withBriefDocument(withHistory(createEditor()))));
  editor.children = structuredClone(blocks);
  Editor.normalize(editor, { force: true });
  return editor;
}

/** What prints: generated number + text. */
function printed(editor: Editor): string[] {
  const blocks = blocksOf(editor);
  const labels = computeLabels(blocks);
  return blocks.map((b, i) => `${labels[i] ?? ''}${blockText(b)}`);
}

/** One keystroke per character, each in its own tick as in the browser (slate-history batches per tick). */
async function typeChars(editor: Editor, text: string): Promise<void> {
  for (const ch of text) {
    editor.insertText(ch);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe('recogniseTypedNumber', () => {
  it('knows the four levels in full and half width', async () => {
    expect(recogniseTypedNumber('（一）11月25日')).toMatchObject({ level: 2, length: 3, literal: '（一）' });
    expect(recogniseTypedNumber('(二) 本周')).toMatchObject({ level: 2, length: 4, literal: '(二)' });
    expect(recogniseTypedNumber('十二、其他')).toMatchObject({ level: 1, length: 3 });
    expect(recogniseTypedNumber('1. 列表项目一')).toMatchObject({ level: 3, length: 3, literal: '1.' });
    expect(recogniseTypedNumber('（10）窗口')).toMatchObject({ level: 4, length: 4 });
  });
  it('is not fooled by decimals, dates and plain text', async () => {
    expect(recogniseTypedNumber('4.5万人次')).toBeNull();
    expect(recogniseTypedNumber('3月19日，省中心')).toBeNull();
    expect(recogniseTypedNumber('一是优化服务')).toBeNull();
  });
});

describe('typing a number at a paragraph start', () => {
  it('（一） makes a 二级 block with one number, and Ctrl+Z gives the literal back', async () => {
    const editor = makeEditor([numbered(1, '政务工作动态'), paragraph('')]);
    Transforms.select(editor, Editor.start(editor, [1]));
    await typeChars(editor, '（一）');
    expect(blocksOf(editor)[1]).toMatchObject({ type: 'numbered', level: 2 });
    await typeChars(editor, '11月25日，');
    expect(printed(editor)[1]).toBe('（一）11月25日，');
    HistoryEditor.undo(editor); // the text typed after the number
    HistoryEditor.undo(editor); // the conversion
    expect(blocksOf(editor)[1]).toMatchObject({ type: 'paragraph' });
    expect(blockText(blocksOf(editor)[1]!)).toBe('（一）');
  });

  it('一、 and （1） convert at once; 1. waits for the next character so 1.5 stays a decimal', async () => {
    const editor = makeEditor([paragraph('')]);
    Transforms.select(editor, Editor.start(editor, [0]));
    await typeChars(editor, '一、');
    expect(blocksOf(editor)[0]).toMatchObject({ type: 'numbered', level: 1 });
    const decimal = makeEditor([paragraph('')]);
    Transforms.select(decimal, Editor.start(decimal, [0]));
    await typeChars(decimal, '1.5万人次');
    expect(blocksOf(decimal)[0]).toMatchObject({ type: 'paragraph' });
    expect(blockText(blocksOf(decimal)[0]!)).toBe('1.5万人次');
    const item = makeEditor([paragraph('')]);
    Transforms.select(item, Editor.start(item, [0]));
    await typeChars(item, '1.省本级');
    expect(blocksOf(item)[0]).toMatchObject({ type: 'numbered', level: 3 });
    expect(printed(item)[0]).toBe('1.省本级');
  });

  it('an IME commit of the whole number converts too; text typed in the middle never does', async () => {
    const editor = makeEditor([paragraph(''), paragraph('本周（一）')]);
    Transforms.select(editor, Editor.start(editor, [0]));
    editor.insertText('（1）');
    expect(blocksOf(editor)[0]).toMatchObject({ type: 'numbered', level: 4 });
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertText('（二）');
    expect(blocksOf(editor)[1]).toMatchObject({ type: 'paragraph' });
  });

  it('follows the display of the sibling items', async () => {
    const editor = makeEditor([numbered(2, '3月19日，省中心召开例会。', 'paragraph'), paragraph('')]);
    Transforms.select(editor, Editor.start(editor, [1]));
    await typeChars(editor, '（二）');
    expect(blocksOf(editor)[1]).toMatchObject({ type: 'numbered', level: 2, display: 'paragraph' });
  });
});

describe('changing a level removes a typed number', () => {
  it('二级 on `（一）11月25日…` prints one number', async () => {
    const editor = makeEditor([paragraph('（一）11月25日，省中心召开例会。')]);
    Transforms.select(editor, Editor.start(editor, [0]));
    setBlockKind(editor, 2);
    expect(printed(editor)).toEqual(['（一）11月25日，省中心召开例会。']);
    expect(blocksOf(editor)[0]).toMatchObject({ display: 'paragraph' });
  });
  it('降级 of a numbered block that still starts with a typed number drops it', async () => {
    const editor = makeEditor([numbered(1, '一、总体'), numbered(2, '（1）窗口服务')]);
    Transforms.select(editor, Editor.start(editor, [1]));
    lowerLevel(editor);
    expect(printed(editor)).toEqual(['一、一、总体', '1.窗口服务']);
  });
});
