import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import type { IssueSummary } from '../../shared/issues/types';
import { paragraph } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { App } from '../../renderer/src/app/App';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { MessageProvider } from '../../renderer/src/app/messages';
import { fakeApi, issue, ok, summary, weekly } from './fakeApi';

/** A tiny in-memory series: live and deleted issues, enough for the sidebar and the recycle bin. */
function store(initial: IssueSummary[]) {
  let issues = [...initial];
  const order: string[] = [];
  const api = fakeApi({
    'series.list': async () => ok([weekly]),
    // Deliberately not in order: the list must sort by itself.
    'issues.list': async () => ok(issues.filter((i) => i.deletedAt === null)),
    'issues.listDeleted': async () => ok(issues.filter((i) => i.deletedAt !== null)),
    'issues.get': async ({ id }) => {
      order.push(`get ${id}`);
      return ok(issue(id, [paragraph(`第${id}期正文`)], issues.find((i) => i.id === id)));
    },
    'issues.saveDocument': async ({ id }) => {
      order.push(`save ${id}`);
      return ok({ revision: 2, updatedAt: 'x' });
    },
    'issues.delete': async ({ id }) => {
      issues = issues.map((i) => (i.id === id ? { ...i, deletedAt: '2024-07-05T02:00:00Z' } : i));
      return ok(issues.find((i) => i.id === id)!);
    },
    'issues.restore': async ({ id }) => {
      issues = issues.map((i) => (i.id === id ? { ...i, deletedAt: null } : i));
      return ok(issues.find((i) => i.id === id)!);
    },
    'issues.purge': async ({ id }) => {
      issues = issues.filter((i) => i.id !== id);
      return ok({ id });
    },
  });
  return { api, order };
}

function renderApp(api: BriefDeskApi, onEditorReady?: (editor: BriefEditor) => void) {
  return render(
    <ApiProvider api={api}>
      <MessageProvider>
        <App {...(onEditorReady ? { onEditorReady } : {})} />
      </MessageProvider>
    </ApiProvider>,
  );
}

const rowTexts = () => screen.getAllByTestId('issue-row').map((row) => row.querySelector('.bd-issue-number')!.textContent);

describe('issue list', () => {
  it('lists the issues newest first with 期号, date and period', async () => {
    const { api } = store([summary(1, 2023, 52), summary(3, 2024, 2), summary(2, 2024, 1), summary(4, 2024, 10)]);
    renderApp(api);
    await screen.findByTestId('issue-list');
    expect(rowTexts()).toEqual([
      '2024年第10期（总第390期）',
      '2024年第2期（总第382期）',
      '2024年第1期（总第381期）',
      '2023年第52期（总第432期）',
    ]);
    const first = screen.getAllByTestId('issue-row')[0]!;
    expect(first).toHaveTextContent('2024年7月4日');
    expect(first).toHaveTextContent('（6月17日—6月21日）');
  });

  it('asks before moving an issue to the recycle bin', async () => {
    const { api } = store([summary(1, 2024, 1), summary(2, 2024, 2)]);
    const user = userEvent.setup();
    renderApp(api);
    await screen.findByTestId('issue-list');
    await user.click(screen.getByRole('button', { name: '删除 2024年第2期（总第382期）' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('2024年第2期（总第382期）');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api['issues.delete']).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '删除 2024年第2期（总第382期）' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '删除' }));
    expect(api['issues.delete']).toHaveBeenCalledWith({ id: 2 });
    expect(await screen.findAllByTestId('issue-row')).toHaveLength(1);
    expect(rowTexts()).toEqual(['2024年第1期（总第381期）']);
  });

  it('restores from the recycle bin and purges only after confirmation', async () => {
    const deleted = { deletedAt: '2024-07-05T02:00:00Z' };
    const { api } = store([summary(1, 2024, 1), summary(2, 2024, 2, deleted), summary(3, 2024, 3, deleted)]);
    const user = userEvent.setup();
    renderApp(api);
    await screen.findByTestId('issue-list');
    await user.click(screen.getByTestId('open-recycle-bin'));
    const bin = await screen.findByTestId('recycle-bin');
    expect(await within(bin).findAllByTestId('deleted-row')).toHaveLength(2);

    await user.click(within(bin).getByRole('button', { name: '恢复 窗口工作周报 2024年第2期（总第382期）' }));
    expect(api['issues.restore']).toHaveBeenCalledWith({ id: 2 });
    await screen.findByText('2024年第2期（总第382期）', { selector: '.bd-issue-number' });
    expect(within(bin).getAllByTestId('deleted-row')).toHaveLength(1);

    await user.click(within(bin).getByRole('button', { name: '彻底删除 窗口工作周报 2024年第3期（总第383期）' }));
    expect(api['issues.purge']).not.toHaveBeenCalled();
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '彻底删除' }));
    expect(api['issues.purge']).toHaveBeenCalledWith({ id: 3 });
    expect(await within(bin).findByText('回收站是空的。')).toBeInTheDocument();
  });

  it('saves the open issue before opening another one', async () => {
    const { api, order } = store([summary(1, 2024, 1), summary(2, 2024, 2)]);
    const user = userEvent.setup();
    let editor: BriefEditor | null = null;
    renderApp(api, (e) => (editor = e));
    await screen.findByTestId('issue-list');
    await user.click(screen.getByText('2024年第1期（总第381期）'));
    expect(await screen.findByTestId('editor')).toHaveTextContent('第1期正文');
    await act(async () => Transforms.insertText(editor!, '补充', { at: { path: [0, 0], offset: 0 } }));
    await user.click(screen.getByText('2024年第2期（总第382期）'));
    expect(await screen.findByText('第2期正文')).toBeInTheDocument();
    expect(order).toEqual(['get 1', 'save 1', 'get 2']);
    expect(api['issues.saveDocument'].mock.calls[0]![0].document.blocks[0]).toEqual(paragraph('补充第1期正文'));
  });

  it('shows an error from the server in the message area', async () => {
    const api = fakeApi({
      'series.list': async () => ok([weekly]),
      'issues.list': async () => ({ ok: false, error: { code: 'DB_ERROR', message: '无法读取数据库。' } }),
    });
    renderApp(api);
    const text = await screen.findByText('无法读取数据库。');
    expect(text.closest('[role="alert"]')).toBe(screen.getByRole('alert'));
  });
});
