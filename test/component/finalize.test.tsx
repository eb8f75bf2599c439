/**
 * 定稿 in the open issue: the pending edit is saved first, a confirmation says what is locked, the
 * issue turns read-only (no input, no autosave, toolbar and 期号 editing off), 重新打开 takes a note,
 * and 状态记录 lists both events.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../shared/document/commands';
import { paragraph, statistics, type BlockElement } from '../../shared/document/types';
import type { Issue, Series } from '../../shared/issues/types';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { MISSING_FIGURES_WARNING } from '../../renderer/src/issues/FinalizeBar';
import { IssueView } from '../../renderer/src/issues/IssueView';
import { fakeEnvironment, renderWith } from './previewHarness';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

function Host({
  initial,
  series,
  onEditor,
  onFlush,
}: {
  initial: Issue;
  series: Series;
  onEditor: (e: BriefEditor) => void;
  onFlush: (f: () => Promise<boolean>) => void;
}) {
  const [current, setCurrent] = useState(initial);
  return <IssueView issue={current} series={series} onUpdated={setCurrent} onFlushReady={onFlush} onEditorReady={onEditor} />;
}

/**
 * 2024年第26期 of the weekly with `blocks`, finalized first when `final`. Main keeps its status and log
 * and refuses writes to a final issue; `order` records the saves, 定稿 and 重新打开 as the view sends them.
 */
async function open(blocks: BlockElement[] = [paragraph('本周')], final = false) {
  const real = realApi();
  const weekly = await seedWeekly(real);
  let start = await addIssue(real, weekMeta(26), blocks);
  if (final) start = await real.value('issues.finalize', { id: start.id });
  const order: string[] = [];
  real.api['issues.saveDocument'].mockImplementation(async (input) => (order.push('save'), real.call('issues.saveDocument', input)));
  real.api['issues.finalize'].mockImplementation(async (input) => (order.push('finalize'), real.call('issues.finalize', input)));
  real.api['issues.reopen'].mockImplementation(async (input) => (order.push('reopen'), real.call('issues.reopen', input)));
  let editor: BriefEditor | null = null;
  let flush: (() => Promise<boolean>) | null = null;
  renderWith(
    real.api,
    fakeEnvironment(),
    <Host initial={start} series={weekly} onEditor={(e) => (editor = e)} onFlush={(f) => (flush = f)} />,
  );
  const type = async (text: string) => {
    await act(async () => {
      Transforms.select(editor!, Editor.end(editor!, []));
      editor!.insertText(text);
    });
  };
  return { real, api: real.api, id: start.id, order, editor: () => editor!, flush: () => flush!(), type };
}

const editable = () => screen.getByTestId('editor');

describe('定稿 and 重新打开 in the issue view', () => {
  it('saves the pending edit, asks, and only then finalizes; cancelling changes nothing', async () => {
    const { api, order, type, id, real } = await open();
    const user = userEvent.setup();
    expect(screen.getByTestId('issue-status')).toHaveTextContent('草稿');
    await type('共计咨询2230人次');

    await user.click(screen.getByTestId('finalize-issue'));
    const dialog = await screen.findByRole('alertdialog', { name: '定稿' });
    // The edit went out before the question, so what is confirmed is what is stored.
    expect(order).toEqual(['save']);
    expect(api['issues.saveDocument'].mock.calls[0]![0].document.blocks).toEqual([paragraph('本周共计咨询2230人次')]);
    for (const word of ['正文', '期号', '报尾', '考勤', '统计数字', '重新打开']) expect(dialog).toHaveTextContent(word);
    expect(dialog).not.toHaveTextContent(MISSING_FIGURES_WARNING);

    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api['issues.finalize']).not.toHaveBeenCalled();
    expect(editable()).toHaveAttribute('contenteditable', 'true');

    await user.click(screen.getByTestId('finalize-issue'));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '确认定稿' }));
    await waitFor(() => expect(screen.getByTestId('issue-status')).toHaveTextContent('已定稿'));
    expect(api['issues.finalize']).toHaveBeenCalledWith({ id });
    expect(screen.getByTestId('issue-status')).toHaveTextContent('2024年7月4日');
    expect(await real.value('issues.get', { id })).toMatchObject({
      status: 'final',
      document: { blocks: [paragraph('本周共计咨询2230人次')] },
    });
  });

  it('names statistics still printing （未填） in the confirmation', async () => {
    // Group 1 is the fresh database's 省本级综窗办件情况 (migration 006).
    const unfilled = { ...statistics(1), lines: ['本周，共计咨询（未填）、受理705件。'] };
    await open([paragraph('本周'), unfilled]);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('finalize-issue'));
    expect(await screen.findByRole('alertdialog', { name: '定稿' })).toHaveTextContent(MISSING_FIGURES_WARNING);
  });

  it('a final issue is read-only: no input, toolbar and 期号 editing off, typing through Slate is never saved', async () => {
    const { api, flush, type } = await open([paragraph('本周')], true);
    expect(editable()).toHaveAttribute('contenteditable', 'false');
    for (const button of within(screen.getByTestId('toolbar')).getAllByRole('button')) expect(button).toBeDisabled();
    expect(screen.getByTestId('insert-generated')).toBeDisabled();
    expect(screen.getByTestId('readonly-note')).toHaveTextContent('已定稿，正文只读');
    expect(screen.queryByRole('button', { name: '修改期号信息' })).toBeNull();
    expect(screen.queryByTestId('finalize-issue')).toBeNull();

    // A change that reaches the editor anyway (a stray transform) is not handed to the autosaver.
    await type('改动');
    await act(async () => {
      expect(await flush()).toBe(true);
    });
    expect(api['issues.saveDocument']).not.toHaveBeenCalled();
    expect(screen.getByTestId('save-state')).not.toHaveTextContent('保存失败');

    // Export, print and preview stay available.
    expect(screen.getByTestId('export-docx')).toBeEnabled();
    expect(screen.getByTestId('toggle-preview')).toBeEnabled();
  });

  it('reopens with a note after confirming, becomes editable and saves again; the log shows both events', async () => {
    const { api, order, type, flush, editor, id, real } = await open();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('finalize-issue'));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '确认定稿' }));
    await waitFor(() => expect(editable()).toHaveAttribute('contenteditable', 'false'));

    await user.click(screen.getByTestId('reopen-issue'));
    const dialog = await screen.findByTestId('reopen-dialog');
    expect(dialog).toHaveTextContent('重新打开会记入本期的状态记录');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(api['issues.reopen']).not.toHaveBeenCalled();
    expect(screen.getByTestId('issue-status')).toHaveTextContent('已定稿');

    await user.click(screen.getByTestId('reopen-issue'));
    await user.type(screen.getByTestId('reopen-note'), '受理数字有误');
    await user.click(screen.getByTestId('confirm-reopen'));
    await waitFor(() => expect(screen.getByTestId('issue-status')).toHaveTextContent('草稿'));
    expect(api['issues.reopen']).toHaveBeenCalledWith({ id, note: '受理数字有误' });
    expect(editable()).toHaveAttribute('contenteditable', 'true');
    expect(screen.getByRole('button', { name: '修改期号信息' })).toBeInTheDocument();
    for (const name of ['加粗', '保存']) expect(within(screen.getByTestId('toolbar')).getByRole('button', { name })).toBeEnabled();

    await type('，已更正');
    await act(async () => {
      expect(await flush()).toBe(true);
    });
    expect(order).toEqual(['finalize', 'reopen', 'save']);
    expect(api['issues.saveDocument'].mock.calls.at(-1)![0].document.blocks).toEqual(blocksOf(editor()));
    expect(blocksOf(editor())).toEqual([paragraph('本周，已更正')]);
    expect((await real.value('issues.get', { id })).document.blocks).toEqual([paragraph('本周，已更正')]);

    await user.click(screen.getByTestId('toggle-status-log'));
    const events = await screen.findAllByTestId('status-event');
    expect(events.map((e) => e.textContent)).toEqual([
      // main's clock is pinned to 2024-07-04 (realApi): both events fall on it.
      expect.stringMatching(/^定稿 · 2024年7月4日 \d\d:\d\d$/),
      expect.stringMatching(/^重新打开 · 2024年7月4日 \d\d:\d\d · 说明：受理数字有误$/),
    ]);
  });

  it('shows the server’s refusal as it comes and stays a draft', async () => {
    const { real, id } = await open();
    // Finalized meanwhile (another window): main refuses a second 定稿.
    await real.value('issues.finalize', { id });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('finalize-issue'));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '确认定稿' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('本期已定稿。');
    expect(screen.getByTestId('issue-status')).toHaveTextContent('草稿');
    expect(editable()).toHaveAttribute('contenteditable', 'true');
  });

  it('does not finalize when the pending edit cannot be saved', async () => {
    const { api, type } = await open();
    // A full disk is stood in for: main cannot be made to fail so here.
    api['issues.saveDocument'].mockImplementation(async () => ({ ok: false, error: { code: 'DB_ERROR', message: '磁盘已满' } }));
    await type('新内容');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('finalize-issue'));
    expect(await screen.findByText('当前正文未能保存，没有定稿。请稍后再试。')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api['issues.finalize']).not.toHaveBeenCalled();
  });
});
