import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SearchAnswer } from '../../shared/archive/types';
import { paragraph } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { App } from '../../renderer/src/app/App';
import { MessageProvider } from '../../renderer/src/app/messages';
import { SearchView } from '../../renderer/src/archive/SearchView';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { fakeApi, issue, ok, summary, weekly } from './fakeApi';

const answer: SearchAnswer = {
  route: 'scan',
  truncated: false,
  hits: [
    {
      issueId: 7,
      seriesId: 1,
      seriesTitle: '窗口工作周报',
      year: 2024,
      number: 7,
      totalNumber: 387,
      issueDate: '2024-07-04',
      blockIndex: 2,
      segments: [
        { text: '推进', hit: false },
        { text: '综窗', hit: true },
        { text: '改革', hit: false },
      ],
    },
    {
      issueId: 3,
      seriesId: 1,
      seriesTitle: '窗口工作周报',
      year: 2023,
      number: 3,
      totalNumber: 383,
      issueDate: '2023-01-20',
      blockIndex: null,
      segments: [{ text: '综窗', hit: true }],
    },
  ],
};

describe('SearchView', () => {
  it('says when the index could not be brought up to date, and shows the hits it had (issue 13 item 8)', async () => {
    const notice = '检索索引未能更新（磁盘空间已满），以下结果不含最近修改过的内容。';
    const api = fakeApi({ 'archive.search': async () => ok({ ...answer, indexNotice: notice }) });
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
    const api = fakeApi({ 'archive.search': async () => ok(answer) });
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
    const api = fakeApi({ 'archive.search': async () => ok(answer) });
    const openIssue = vi.fn();
    render(
      <ApiProvider api={api}>
        <SearchView seriesList={[weekly]} openIssue={openIssue} />
      </ApiProvider>,
    );
    await userEvent.type(screen.getByLabelText('检索词'), '综窗');
    await userEvent.selectOptions(screen.getByLabelText('简报系列'), '窗口工作周报');
    await userEvent.type(screen.getByLabelText('年份'), '2024');
    await userEvent.click(screen.getByLabelText('包括回收站'));
    await userEvent.click(screen.getByTestId('search-submit'));

    expect(api['archive.search']).toHaveBeenCalledWith({ query: '综窗', seriesId: 1, year: 2024, includeDeleted: true });
    const hits = await screen.findAllByTestId('search-hit');
    expect(hits).toHaveLength(2);
    expect(hits[0]).toHaveTextContent('窗口工作周报 2024年第7期（总第387期）');
    expect(within(hits[0]!).getByText('综窗').tagName).toBe('MARK');
    expect(within(hits[0]!).getByText('推进').tagName).not.toBe('MARK');
    expect(hits[1]).toHaveTextContent('（报头）');
    expect(screen.getByTestId('search-summary')).toHaveTextContent('找到 2 处“综窗”');

    await userEvent.click(hits[0]!);
    expect(openIssue).toHaveBeenCalledWith(7);
  });

  it('says when nothing is found and refuses an empty query or a bad year without asking main', async () => {
    const api = fakeApi({ 'archive.search': async () => ok({ hits: [], truncated: false, route: 'trigram' }) });
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
    const blocks = [paragraph('第一段'), paragraph('第二段'), paragraph('推进综窗改革'), paragraph('末段')];
    const api = fakeApi({
      'series.list': async () => ok([weekly]),
      'issues.list': async () => ok([summary(7, 2024, 7)]),
      'issues.get': async ({ id }) => ok(issue(id, blocks)),
      'archive.search': async () => ok({ ...answer, hits: [answer.hits[0]!] }),
    });
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
    await userEvent.click(await screen.findByTestId('search-hit'));
    await waitFor(() => expect(editor?.selection?.anchor.path[0]).toBe(2));
    expect(api['issues.get']).toHaveBeenCalledWith({ id: 7 });
  });
});
