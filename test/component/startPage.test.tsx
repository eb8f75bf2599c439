/** 接续往期: the start page's manual starting point and the summary it leads to. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { StartingPoint } from '../../shared/start/types';
import type { ArchiveSummary } from '../../shared/start/summary';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { StartPage } from '../../renderer/src/start/StartPage';
import { twoMetricGroup } from '../fixtures/metricGroups';
import { fakeApi, ok, weekly } from './fakeApi';

const GROUP = twoMetricGroup(3, weekly.id, [31, 32]);

const STORED: StartingPoint = {
  seriesId: weekly.id,
  year: 2026,
  number: 46,
  totalNumber: 521,
  issueDate: '2026-11-20',
  periodEnd: '2026-11-20',
  balances: [{ metricId: 31, total: 98765 }],
};

const SUMMARY: ArchiveSummary = {
  series: [
    {
      seriesId: weekly.id,
      title: weekly.title,
      periodKind: 'week',
      hasTotal: true,
      issueCount: 0,
      last: null,
      start: STORED,
      groups: [
        {
          groupId: 3,
          groupName: GROUP.name,
          mode: 'period',
          source: '起点（2026年第46期）',
          figures: [
            { label: '咨询', category: '', unit: '人次', total: 98765 },
            { label: '受理', category: '', unit: '件', total: null },
          ],
          errors: [],
        },
      ],
      next: { year: 2026, supplement: false, number: 47, totalNumber: 522, issueDate: '2026-11-27', periodStart: '2026-11-23', periodEnd: '2026-11-27', partTitle: null },
    },
  ],
};

function setup() {
  const api = fakeApi({
    'statistics.groups': async () => ok([GROUP]),
    'start.get': async () => ok({ point: null }),
    'start.save': async () => ok(STORED),
    'start.summary': async () => ok(SUMMARY),
    'roster.proposeFromIssues': async () => ok({ newDepartments: [], people: [], unread: [], issuesRead: 0 }),
  });
  const onDone = vi.fn();
  render(
    <ApiProvider api={api}>
      <StartPage seriesList={[weekly]} onDone={onDone} refresh={() => {}} />
    </ApiProvider>,
  );
  return { api, onDone };
}

describe('接续往期 start page', () => {
  it('offers the two ways in and a skip', () => {
    const { onDone } = setup();
    expect(screen.getByTestId('start-import')).toHaveTextContent('从往期导入');
    expect(screen.getByTestId('start-manual')).toHaveTextContent('手动设定起点');
    screen.getByTestId('start-skip').click();
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('手动设定起点 stores the last issue and its 今年以来 figures, then shows what 新建一期 will propose', async () => {
    const user = userEvent.setup();
    const { api, onDone } = setup();
    await user.click(screen.getByTestId('start-manual'));
    await screen.findByTestId('starting-group-3');
    await user.type(screen.getByLabelText('年份'), '2026');
    await user.type(screen.getByLabelText('第几期'), '46');
    await user.type(screen.getByLabelText('总第几期'), '521');
    await user.type(screen.getByLabelText('印发日期'), '2026-11-20');
    await user.type(screen.getByLabelText('该期时段结束'), '2026-11-20');
    await user.type(screen.getByLabelText('咨询（人次）'), '98,765');
    await user.click(screen.getByTestId('starting-point-save'));
    await waitFor(() =>
      expect(api['start.save']).toHaveBeenCalledWith({
        seriesId: weekly.id,
        point: { year: 2026, number: 46, totalNumber: 521, issueDate: '2026-11-20', periodEnd: '2026-11-20', balances: [{ metricId: 31, total: 98765 }] },
      }),
    );
    const summary = await screen.findByTestId('archive-summary');
    expect(summary).toHaveTextContent('最后一期：2026年第46期（总第521期）');
    expect(summary).toHaveTextContent('咨询98765人次，受理（未填）');
    expect(screen.getByTestId('summary-next')).toHaveTextContent('2026年第47期（总第522期） （11月23日—11月27日）');
    await user.click(screen.getByTestId('summary-confirm'));
    expect(onDone).toHaveBeenCalledWith(weekly.id);
  });

  it('names a figure it cannot read and stores nothing', async () => {
    const user = userEvent.setup();
    const { api } = setup();
    await user.click(screen.getByTestId('start-manual'));
    await screen.findByTestId('starting-group-3');
    await user.type(screen.getByLabelText('年份'), '2026');
    await user.type(screen.getByLabelText('第几期'), '46');
    await user.type(screen.getByLabelText('印发日期'), '2026-11-20');
    await user.type(screen.getByLabelText('受理（件）'), '12.5');
    await user.click(screen.getByTestId('starting-point-save'));
    expect(await screen.findByTestId('starting-point-error')).toHaveTextContent('“受理”的今年以来累计应为不带小数的数字。');
    expect(api['start.save']).not.toHaveBeenCalled();
  });
});
