import { act, fireEvent, screen } from '@testing-library/react';
import { Editor, Transforms } from 'slate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { blocksOf } from '../../shared/document/commands';
import { blockText, paragraph } from '../../shared/document/types';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import type { ChannelInput } from '../../shared/contract/channels';
import { renderOnIssue } from './editorHarness';

type SaveInput = ChannelInput<'issues.saveDocument'>;
type Answer = 'saved' | Result<SaveResult>;

/**
 * Each save waits until the test answers it, so every state in between can be looked at: `saved` lets
 * main store it; a refusal (a busy database, which main cannot be made to give) is answered instead.
 */
async function controlledSaves(blocks: Parameters<typeof renderOnIssue>[0]) {
  const view = await renderOnIssue(blocks);
  const waiting: { input: SaveInput; resolve: (result: Result<SaveResult>) => void }[] = [];
  view.api['issues.saveDocument'].mockImplementation(
    (input) => new Promise<Result<SaveResult>>((resolve) => waiting.push({ input, resolve })),
  );
  const answer = async (result: Answer) => {
    const next = waiting.shift();
    if (!next) throw new Error('no save is waiting');
    await act(async () => next.resolve(result === 'saved' ? await view.real.call('issues.saveDocument', next.input) : result));
  };
  return { ...view, answer };
}

const saved: Answer = 'saved';
const refused: Result<SaveResult> = { ok: false, error: { code: 'DB_ERROR', message: '数据库被占用' } };

async function type(editor: BriefEditor, text: string) {
  await act(async () => {
    Transforms.select(editor, Editor.end(editor, []));
    editor.insertText(text);
  });
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const state = () => screen.getByTestId('save-state');
const sentText = (api: Awaited<ReturnType<typeof controlledSaves>>['api'], call: number) =>
  api['issues.saveDocument'].mock.calls[call]![0].document.blocks.map(blockText).join('|');

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('stores a change after half a second: 未保存 → 保存中… → 已保存', async () => {
    const { api, answer, editor, id, real } = await controlledSaves([paragraph('本周')]);
    expect(state()).toHaveTextContent('已保存');
    expect(state()).toHaveAttribute('role', 'status');
    await type(editor, '共计咨询');
    expect(state()).toHaveTextContent('未保存');
    await advance(499);
    expect(api['issues.saveDocument']).not.toHaveBeenCalled();
    await advance(1);
    expect(state()).toHaveTextContent('保存中…');
    expect(api['issues.saveDocument']).toHaveBeenCalledTimes(1);
    expect(api['issues.saveDocument'].mock.calls[0]![0]).toMatchObject({ id, document: { schemaVersion: 2 } });
    expect(sentText(api, 0)).toBe('本周共计咨询');
    await answer(saved);
    expect(state()).toHaveTextContent('已保存');
    expect((await real.value('issues.get', { id })).document.blocks).toEqual([paragraph('本周共计咨询')]);
  });

  it('waits for the last of quick keystrokes (debounce)', async () => {
    const { api, editor } = await controlledSaves([paragraph('')]);
    for (const ch of '政务服务') {
      await type(editor, ch);
      await advance(300);
    }
    expect(api['issues.saveDocument']).not.toHaveBeenCalled();
    await advance(200);
    expect(api['issues.saveDocument']).toHaveBeenCalledTimes(1);
    expect(sentText(api, 0)).toBe('政务服务');
  });

  it('keeps the text when a save fails, shows 保存失败 and retries on the next change', async () => {
    const { api, answer, editor } = await controlledSaves([paragraph('')]);
    await type(editor, '第一句。');
    await advance(500);
    await answer(refused);
    expect(state()).toHaveTextContent('保存失败（数据库被占用）');
    expect(blockText(blocksOf(editor)[0]!)).toBe('第一句。');
    // No retry by itself…
    await advance(5000);
    expect(api['issues.saveDocument']).toHaveBeenCalledTimes(1);
    // …but the next change sends everything, the failed words included.
    await type(editor, '第二句。');
    await advance(500);
    expect(sentText(api, 1)).toBe('第一句。第二句。');
    await answer(saved);
    expect(state()).toHaveTextContent('已保存');
  });

  it('Ctrl+S saves at once and retries a failed save', async () => {
    const { api, answer, editor } = await controlledSaves([paragraph('')]);
    await type(editor, '甲');
    await advance(500);
    await answer(refused);
    await act(async () => {
      fireEvent.keyDown(window, { key: 's', keyCode: 83, which: 83, ctrlKey: true });
    });
    expect(api['issues.saveDocument']).toHaveBeenCalledTimes(2);
    expect(sentText(api, 1)).toBe('甲');
    await answer(saved);
    expect(state()).toHaveTextContent('已保存');
  });

  it('sends pending changes at once when the page goes away', async () => {
    const { api, editor } = await controlledSaves([paragraph('')]);
    await type(editor, '乙');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(api['issues.saveDocument']).toHaveBeenCalledTimes(1);
    expect(sentText(api, 0)).toBe('乙');
  });

  it('sends words typed during a save in the save after it', async () => {
    const { api, answer, editor } = await controlledSaves([paragraph('')]);
    await type(editor, '一');
    await advance(500);
    await type(editor, '二');
    await advance(500);
    expect(api['issues.saveDocument']).toHaveBeenCalledTimes(1); // never two saves at once
    await answer(saved);
    expect(state()).toHaveTextContent('未保存');
    await advance(500);
    expect(sentText(api, 1)).toBe('一二');
    await answer(saved);
    expect(state()).toHaveTextContent('已保存');
  });

  it('does not save when only the selection moves', async () => {
    const { api, editor } = await controlledSaves([paragraph('abc')]);
    await act(async () => Transforms.select(editor, { path: [0, 0], offset: 1 }));
    await advance(2000);
    expect(api['issues.saveDocument']).not.toHaveBeenCalled();
    expect(state()).toHaveTextContent('已保存');
  });
});
