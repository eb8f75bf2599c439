import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MetricGroup } from '../../shared/statistics/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { MetricGroupsEditor } from '../../renderer/src/statistics/MetricGroupsEditor';
import { twoMetricGroup } from '../fixtures/metricGroups';
import { fakeApi, ok } from './fakeApi';

const GROUPS: MetricGroup[] = [twoMetricGroup(1, 3, [11, 12])];

function setup(saveAnswer: 'echo' | { message: string } = 'echo') {
  const api = fakeApi({
    'statistics.groups': async () => ok(GROUPS),
    'statistics.saveGroups': async ({ groups }) => {
      if (saveAnswer !== 'echo') return { ok: false, error: { code: 'CONFLICT', message: saveAnswer.message } };
      let id = 100;
      return ok(
        groups.map((g) => ({
          id: g.id ?? (id += 1),
          seriesId: 3,
          name: g.name,
          mode: g.mode,
          lead: g.lead,
          metrics: g.metrics.map((m) => ({ ...m, id: m.id ?? (id += 1) })),
        })),
      );
    },
  });
  render(
    <ApiProvider api={api}>
      <MetricGroupsEditor seriesId={3} />
    </ApiProvider>,
  );
  return api;
}

describe('MetricGroupsEditor', () => {
  it('edits a group, reorders and adds metrics, adds a cumulative group, and saves them all', async () => {
    const api = setup();
    const name = await screen.findByTestId('metric-group-name-0');
    expect(api['statistics.groups']).toHaveBeenCalledWith({ seriesId: 3 });
    await userEvent.clear(name);
    await userEvent.type(name, '综窗办件');
    await userEvent.click(screen.getByRole('button', { name: '统计1指标2上移' }));
    await userEvent.click(screen.getByTestId('metric-add-0'));
    await userEvent.type(screen.getByTestId('metric-label-0-2'), '颁发');
    await userEvent.type(screen.getByRole('textbox', { name: '统计1指标3单位' }), '件');
    await userEvent.click(screen.getByTestId('metric-group-add'));
    await userEvent.type(screen.getByTestId('metric-group-name-1'), '平台数据');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '统计2方式' }), 'cumulative');
    await userEvent.type(screen.getByRole('textbox', { name: '统计2引导语' }), '据平台数据统计，');
    await userEvent.type(screen.getByTestId('metric-label-1-0'), '受理');
    await userEvent.type(screen.getByRole('textbox', { name: '统计2指标1分类' }), '公共服务事项');
    await userEvent.click(screen.getByTestId('metric-groups-save'));
    await waitFor(() => expect(api['statistics.saveGroups']).toHaveBeenCalledTimes(1));
    expect(api['statistics.saveGroups'].mock.calls[0]![0]).toEqual({
      seriesId: 3,
      groups: [
        {
          id: 1,
          name: '综窗办件',
          mode: 'period',
          lead: '',
          metrics: [
            { id: 12, label: '受理', unit: '件', category: '' },
            { id: 11, label: '咨询', unit: '人次', category: '' },
            { id: null, label: '颁发', unit: '件', category: '' },
          ],
        },
        { id: null, name: '平台数据', mode: 'cumulative', lead: '据平台数据统计，', metrics: [{ id: null, label: '受理', unit: '', category: '公共服务事项' }] },
      ],
    });
    expect(await screen.findByText('已保存（统计设置）')).toBeInTheDocument();
  });

  it('removes a metric and a group from what is saved', async () => {
    const api = setup();
    await screen.findByTestId('metric-group-name-0');
    await userEvent.click(screen.getByRole('button', { name: '统计1指标1删除' }));
    await userEvent.click(screen.getByTestId('metric-groups-save'));
    await waitFor(() => expect(api['statistics.saveGroups']).toHaveBeenCalledTimes(1));
    expect(api['statistics.saveGroups'].mock.calls[0]![0].groups[0]!.metrics.map((m) => m.id)).toEqual([12]);
    await userEvent.click(screen.getByRole('button', { name: '删除统计1' }));
    await userEvent.click(screen.getByTestId('metric-groups-save'));
    await waitFor(() => expect(api['statistics.saveGroups']).toHaveBeenCalledTimes(2));
    expect(api['statistics.saveGroups'].mock.calls[1]![0].groups).toEqual([]);
  });

  it('shows a refusal and keeps the form as typed', async () => {
    const message = '统计“省本级综窗办件情况”的指标“咨询”已有2期简报填写了数字，不能删除。';
    setup({ message });
    const name = await screen.findByTestId('metric-group-name-0');
    await userEvent.type(name, '（改）');
    await userEvent.click(screen.getByRole('button', { name: '统计1指标1删除' }));
    await userEvent.click(screen.getByTestId('metric-groups-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByTestId('metric-group-name-0')).toHaveValue('省本级综窗办件情况（改）');
    expect(screen.getByTestId('metric-label-0-0')).toHaveValue('受理');
  });
});
