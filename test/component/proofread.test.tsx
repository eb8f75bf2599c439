import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { blockText, numbered, paragraph } from '../../shared/document/types';
import type { BlockElement } from '../../shared/document/types';
import { renderEditor as renderWithApi } from './editorHarness';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

/** 2024年第12期 (3月18日—22日) holding `blocks`; main answers the panel's context and keeps what is ignored. */
async function renderEditor(blocks: BlockElement[]) {
  const real = realApi();
  await seedWeekly(real);
  const { id } = await addIssue(real, weekMeta(12), blocks);
  return { ...renderWithApi(real.api, blocks, id), api: real.api, real, id };
}

const BLOCKS = [
  numbered(1, '政务工作动态'),
  numbered(2, '3月19日,省中心召开2024 年第2次例会。', 'paragraph'),
  paragraph('本周,住房城乡建设厅召开会议。'),
];

async function openPanel() {
  await act(async () => fireEvent.click(screen.getByTestId('toggle-proofread')));
  const panel = await screen.findByTestId('proofread-panel');
  await waitFor(() => expect(within(panel).getAllByTestId('finding').length).toBeGreaterThan(0));
  return panel;
}

const texts = (editor: Editor) => editor.children.map((b) => blockText(b as never));

describe('校对 panel', () => {
  it('lists findings with their rule and context; a click selects the text in the editor', async () => {
    const { editor } = await renderEditor(structuredClone(BLOCKS));
    const panel = await openPanel();
    const items = within(panel).getAllByTestId('finding');
    expect(items.map((li) => li.getAttribute('data-rule'))).toEqual(['width', 'spaces', 'width']);
    expect(items[0]).toHaveTextContent('半角标点');
    expect(items[0]).toHaveTextContent('第2段');
    expect(items[0]).toHaveTextContent('…3月19日,省中心召开2024 年第…');
    await act(async () => fireEvent.click(within(items[2]!).getByTitle('在正文中选中')));
    expect(editor.selection).toEqual({ anchor: { path: [2, 0], offset: 2 }, focus: { path: [2, 0], offset: 3 } });
  });

  it('修正 fixes one finding; a fix whose text changed is refused and the findings recomputed', async () => {
    const { editor } = await renderEditor(structuredClone(BLOCKS));
    const panel = await openPanel();
    await act(async () => fireEvent.click(within(within(panel).getAllByTestId('finding')[0]!).getByTestId('finding-fix')));
    expect(texts(editor)[1]).toBe('3月19日，省中心召开2024 年第2次例会。');
    await waitFor(() => expect(within(panel).getAllByTestId('finding')).toHaveLength(2));
    const stale = within(within(panel).getAllByTestId('finding')[1]!).getByTestId('finding-fix');
    // The clerk edits the paragraph before clicking: the old finding no longer matches its place.
    await act(async () => Transforms.insertText(editor, '今天', { at: { path: [2, 0], offset: 0 } }));
    await act(async () => fireEvent.click(stale));
    expect(texts(editor)[2]).toBe('今天本周,住房城乡建设厅召开会议。');
    expect(screen.getByTestId('proofread-notice')).toHaveTextContent('已经改动，没有修正');
  });

  it('全部修正 is one undo step; 忽略 hides a finding', async () => {
    const { editor, api: saving, real, id } = await renderEditor(structuredClone(BLOCKS));
    const panel = await openPanel();
    await act(async () => fireEvent.click(within(panel).getByTestId('proofread-fix-all')));
    expect(texts(editor)).toEqual(['政务工作动态', '3月19日，省中心召开2024年第2次例会。', '本周，住房城乡建设厅召开会议。']);
    await waitFor(() => expect(within(panel).queryAllByTestId('finding')).toHaveLength(0));
    await waitFor(() => expect(saving['issues.saveDocument']).toHaveBeenCalled());
    await act(async () => HistoryEditor.undo(editor as never));
    expect(texts(editor)).toEqual(BLOCKS.map((b) => blockText(b)));
    await waitFor(() => expect(within(panel).getAllByTestId('finding')).toHaveLength(3));
    await act(async () => fireEvent.click(within(within(panel).getAllByTestId('finding')[0]!).getByTestId('finding-ignore')));
    await waitFor(() => expect(within(panel).getAllByTestId('finding')).toHaveLength(2));
    expect(saving['proofread.ignore']).toHaveBeenCalledWith(expect.objectContaining({ id }));
    expect(screen.getByTestId('proofread-count')).toHaveTextContent('已忽略1条');
    expect((await real.value('proofread.state', { id })).ignored).toHaveLength(1);
  });

  it('updates the findings after typing, debounced', async () => {
    const { editor } = await renderEditor([paragraph('本周召开会议。')]);
    await act(async () => fireEvent.click(screen.getByTestId('toggle-proofread')));
    const panel = await screen.findByTestId('proofread-panel');
    await waitFor(() => expect(screen.getByTestId('proofread-count')).toHaveTextContent('未发现问题'));
    await act(async () => Transforms.insertText(editor, ',', { at: Editor.start(editor, [0]) }));
    await act(async () => Transforms.insertText(editor, ',', { at: { path: [0, 0], offset: 3 } }));
    await waitFor(() => expect(within(panel).getAllByTestId('finding').length).toBeGreaterThan(0));
  });
});
