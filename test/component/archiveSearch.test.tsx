import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { paragraph } from '../../shared/document/types';
import { ok } from '../../shared/contract/result';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { App } from '../../renderer/src/app/App';
import { MessageProvider } from '../../renderer/src/app/messages';
import { SearchView } from '../../renderer/src/archive/SearchView';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

const BLOCKS = [paragraph('第一段'), paragraph('第二段'), paragraph('推进综窗改革'), paragraph('末段')];

/**
 * The archive main searches: 2024年第7期 (总第387期) with 综窗 in its third paragraph, and 2023年第3期
 * (总第383期) with it only in the 报头 (its 栏目标题).
 */
async function archive() {
  const real = realApi();
  const weekly = await seedWeekly(real);
  const seventh = await addIssue(real, { ...weekMeta(7), totalNumber: 387 }, BLOCKS);
  await addIssue(
    real,
    {
      ...weekMeta(3),
      year: 2023,
      totalNumber: 383,
      issueDate: '2023-01-20',
      periodStart: '2023-01-16',
      periodEnd: '2023-01-20',
      partTitle: '综窗工作',
    },
    [paragraph('本周工作平稳。')],
  );
  return { real, api: real.api, weekly, seventh };
}

describe('SearchView', () => {
  it('says when the index could not be brought up to date, and shows the hits it had (issue 13 item 8)', async () => {
    const notice = '检索索引未能更新（磁盘空间已满），以下结果不含最近修改过的内容。';
    const { real, api, weekly } = await archive();
    // A full disk is stood in for: main's hits, with the notice main gives when the index update failed.
    api['archive.search'].mockImplementation(async (input) => {
      const answer = await real.call('archive.search', input);
      return answer.ok ? ok({ ...answer.value, indexNotice: notice }) : answer;
    });
    render(
      <ApiProvider api={api}>
        <SearchView seriesList={[weekly]} openIssue={vi.fn()} />
      </ApiProvider>,
    );
    await userEvent.type(screen.getByLabelText('检索词'), '综窗');
    await userEvent.click(screen.getByTestId('search-submit'));
    expect(await screen.findByTestId('search-index-notice')).toHaveTextContent(notice);
    expect(screen.getAllByTestId('search-hit')).toHaveLength(2);
  });

  it('shows no notice when the index is current', async () => {
    const { api, weekly } = await archive();
    render(
      <ApiProvider api={api}>
        <SearchView seriesList={[weekly]} openIssue={vi.fn()} />
      </ApiProvider>,
    );
    await userEvent.type(screen.getByLabelText('检索词'), '综窗');
    await userEvent.click(screen.getByTestId('search-submit'));
    await screen.findAllByTestId('search-hit');
    expect(screen.queryByTestId('search-index-notice')).toBeNull();
  });

  it('sends the query with the filters and shows marked snippets, newest first', async () => {
    const { api, weekly, seventh } = await archive();
    const openIssue = vi.fn();
    render(
      <ApiProvider api={api}>
        <SearchView seriesList={[weekly]} openIssue={openIssue} />
      </ApiProvider>,
    );
    await userEvent.type(screen.getByLabelText('检索词'), '综窗');
    await userEvent.selectOptions(screen.getByLabelText('简报系列'), '窗口工作周报');
    await userEvent.click(screen.getByLabelText('包括回收站'));
    await userEvent.click(screen.getByTestId('search-submit'));

    expect(api['archive.search']).toHaveBeenCalledWith({ query: '综窗', seriesId: 1, includeDeleted: true });
    const hits = await screen.findAllByTestId('search-hit');
    expect(hits).toHaveLength(2);
    expect(hits[0]).toHaveTextContent('窗口工作周报 2024年第7期（总第387期）');
    expect(within(hits[0]!).getByText('综窗').tagName).toBe('MARK');
    expect(within(hits[0]!).getByText('推进').tagName).not.toBe('MARK');
    expect(hits[1]).toHaveTextContent('（报头）');
    expect(screen.getByTestId('search-summary')).toHaveTextContent('找到 2 处“综窗”');

    await userEvent.click(hits[0]!);
    expect(openIssue).toHaveBeenCalledWith(seventh.id);

    // The year filter: main leaves 2023 out.
    await userEvent.type(screen.getByLabelText('年份'), '2024');
    await userEvent.click(screen.getByTestId('search-submit'));
    expect(api['archive.search']).toHaveBeenLastCalledWith({ query: '综窗', seriesId: 1, year: 2024, includeDeleted: true });
    await waitFor(() => expect(screen.getAllByTestId('search-hit')).toHaveLength(1));
    expect(screen.getByTestId('search-hit')).toHaveTextContent('2024年第7期');
  });

  it('says when nothing is found and refuses an empty query or a bad year without asking main', async () => {
    const { api, weekly } = await archive();
    render(
      <ApiProvider api={api}>
        <SearchView seriesList={[weekly]} openIssue={vi.fn()} />
      </ApiProvider>,
    );
    await userEvent.click(screen.getByTestId('search-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('请输入检索词');
    await userEvent.type(screen.getByLabelText('检索词'), '不存在的话');
    await userEvent.type(screen.getByLabelText('年份'), '24');
    await userEvent.click(screen.getByTestId('search-submit'));
    expect(screen.getByRole('alert')).toHaveTextContent('年份应为四位数字');
    expect(api['archive.search']).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('年份'));
    await userEvent.click(screen.getByTestId('search-submit'));
    expect(await screen.findByTestId('search-summary')).toHaveTextContent('没有找到“不存在的话”');
  });

  it('opens the issue of a hit in the editor with the caret on the block that holds it', async () => {
    const { api, seventh } = await archive();
    let editor: BriefEditor | null = null;
    render(
      <ApiProvider api={api}>
        <MessageProvider>
          <App onEditorReady={(e) => (editor = e)} />
        </MessageProvider>
      </ApiProvider>,
    );
    await userEvent.click(await screen.findByTestId('open-tool-search'));
    await userEvent.type(screen.getByLabelText('检索词'), '综窗');
    await userEvent.click(screen.getByTestId('search-submit'));
    await userEvent.click((await screen.findAllByTestId('search-hit'))[0]!);
    await waitFor(() => expect(editor?.selection?.anchor.path[0]).toBe(2));
    expect(api['issues.get']).toHaveBeenCalledWith({ id: seventh.id });
  });
});
