import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import type { IssueMeta } from '../../shared/issues/types';
import { paragraph } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { App } from '../../renderer/src/app/App';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { MessageProvider } from '../../renderer/src/app/messages';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

/** 2024年第10期, issued 7月4日 for 6月17日—21日. */
const TENTH: IssueMeta = { ...weekMeta(10), issueDate: '2024-07-04', periodStart: '2024-06-17', periodEnd: '2024-06-21' };
const LAST_OF_2023: IssueMeta = {
  ...weekMeta(52),
  year: 2023,
  totalNumber: 432,
  issueDate: '2023-12-29',
  periodStart: '2023-12-25',
  periodEnd: '2023-12-29',
};

/**
 * The weekly with `metas` stored (in that order, each body 第N期正文), `deleted` of them in the recycle
 * bin; `order` records the reads and saves of bodies as the App makes them.
 */
async function store(metas: IssueMeta[], deleted: number[] = []) {
  const real = realApi();
  await seedWeekly(real);
  const ids: number[] = [];
  for (const meta of metas) ids.push((await addIssue(real, meta, [paragraph(`第${meta.number}期正文`)])).id);
  for (const i of deleted) await real.value('issues.delete', { id: ids[i]! });
  const order: string[] = [];
  real.api['issues.get'].mockImplementation(async (input) => {
    order.push(`get ${input.id}`);
    return real.call('issues.get', input);
  });
  real.api['issues.saveDocument'].mockImplementation(async (input) => {
    order.push(`save ${input.id}`);
    return real.call('issues.saveDocument', input);
  });
  return { real, api: real.api, order, ids };
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
    // Stored out of order: the list sorts by itself.
    const { api } = await store([LAST_OF_2023, weekMeta(2), weekMeta(1), TENTH]);
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
    const { api, ids, real } = await store([weekMeta(1), weekMeta(2)]);
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
    expect(api['issues.delete']).toHaveBeenCalledWith({ id: ids[1] });
    expect(await screen.findAllByTestId('issue-row')).toHaveLength(1);
    expect(rowTexts()).toEqual(['2024年第1期（总第381期）']);
    expect((await real.value('issues.listDeleted', {})).map((i) => i.id)).toEqual([ids[1]]);
  });

  it('restores from the recycle bin and purges only after confirmation', async () => {
    const { api, ids, real } = await store([weekMeta(1), weekMeta(2), weekMeta(3)], [1, 2]);
    const user = userEvent.setup();
    renderApp(api);
    await screen.findByTestId('issue-list');
    await user.click(screen.getByTestId('open-recycle-bin'));
    const bin = await screen.findByTestId('recycle-bin');
    expect(await within(bin).findAllByTestId('deleted-row')).toHaveLength(2);

    await user.click(within(bin).getByRole('button', { name: '恢复 窗口工作周报 2024年第2期（总第382期）' }));
    expect(api['issues.restore']).toHaveBeenCalledWith({ id: ids[1] });
    await screen.findByText('2024年第2期（总第382期）', { selector: '.bd-issue-number' });
    expect(within(bin).getAllByTestId('deleted-row')).toHaveLength(1);

    await user.click(within(bin).getByRole('button', { name: '彻底删除 窗口工作周报 2024年第3期（总第383期）' }));
    expect(api['issues.purge']).not.toHaveBeenCalled();
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '彻底删除' }));
    expect(api['issues.purge']).toHaveBeenCalledWith({ id: ids[2] });
    expect(await within(bin).findByText('回收站是空的。')).toBeInTheDocument();
    expect((await real.value('issues.list', { seriesId: 1 })).map((i) => i.number)).toEqual([2, 1]);
    expect(await real.call('issues.get', { id: ids[2]! })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('saves the open issue before opening another one', async () => {
    const { api, order, ids, real } = await store([weekMeta(1), weekMeta(2)]);
    const user = userEvent.setup();
    let editor: BriefEditor | null = null;
    renderApp(api, (e) => (editor = e));
    await screen.findByTestId('issue-list');
    await user.click(screen.getByText('2024年第1期（总第381期）'));
    expect(await screen.findByTestId('editor')).toHaveTextContent('第1期正文');
    await act(async () => Transforms.insertText(editor!, '补充', { at: { path: [0, 0], offset: 0 } }));
    await user.click(screen.getByText('2024年第2期（总第382期）'));
    expect(await screen.findByText('第2期正文')).toBeInTheDocument();
    expect(order).toEqual([`get ${ids[0]}`, `save ${ids[0]}`, `get ${ids[1]}`]);
    expect(api['issues.saveDocument'].mock.calls[0]![0].document.blocks[0]).toEqual(paragraph('补充第1期正文'));
    expect((await real.value('issues.get', { id: ids[0]! })).document.blocks[0]).toEqual(paragraph('补充第1期正文'));
  });

  it('shows an error from the server in the message area', async () => {
    const { api } = await store([]);
    // A failing database is stood in for: main's own message for it is not the point here.
    api['issues.list'].mockResolvedValue({ ok: false, error: { code: 'DB_ERROR', message: '无法读取数据库。' } });
    renderApp(api);
    const text = await screen.findByText('无法读取数据库。');
    expect(text.closest('[role="alert"]')).toBe(screen.getByRole('alert'));
  });
});
