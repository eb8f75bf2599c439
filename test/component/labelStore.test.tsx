import { createEditor, Transforms } from 'slate';
import { describe, expect, it, vi } from 'vitest';
import { blocksOf } from '../../shared/document/commands';
import { withBriefDocument } from '../../shared/document/normalize';
import { numbered, paragraph } from '../../shared/document/types';
import { createLabelStore } from '../../renderer/src/editor/labelStore';

function setup() {
  const editor = withBriefDocument(createEditor());
  editor.children = [numbered(1, '甲'), paragraph('正文'), numbered(1, '乙'), numbered(2, 'a', 'paragraph')];
  const store = createLabelStore(() => blocksOf(editor));
  const listener = vi.fn();
  store.subscribe(listener);
  // What the first render reads.
  blocksOf(editor).forEach((block) => store.labelOf(block));
  return { editor, store, listener };
}

describe('label store', () => {
  it('stays silent while text is typed inside blocks', () => {
    const { editor, store, listener } = setup();
    Transforms.insertText(editor, '新增', { at: { path: [1, 0], offset: 2 } });
    store.update();
    Transforms.insertText(editor, '的', { at: { path: [2, 0], offset: 1 } });
    store.update();
    expect(listener).not.toHaveBeenCalled();
    expect(store.labelOf(blocksOf(editor)[2]!)).toBe('二、');
  });

  it('notifies when a kept block gets another number, and serves the new one', () => {
    const { editor, store, listener } = setup();
    const yi = blocksOf(editor)[2]!;
    Transforms.insertNodes(editor, numbered(1, '新'), { at: [0] });
    store.update();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.labelOf(yi)).toBe('三、');
    expect(store.labelOf(blocksOf(editor)[0]!)).toBe('一、');
  });

  it('notifies on a move even if a render already read the new labels', () => {
    const { editor, store, listener } = setup();
    Transforms.moveNodes(editor, { at: [0], to: [2] });
    // Slate may render the moved block before the change callback runs.
    store.labelOf(blocksOf(editor)[2]!);
    store.update();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(blocksOf(editor).map((b) => store.labelOf(b))).toEqual([null, '一、', '二、', '（一）']);
  });

  it('gives a plain paragraph no label', () => {
    const { editor, store } = setup();
    expect(store.labelOf(blocksOf(editor)[1]!)).toBeNull();
  });
});
