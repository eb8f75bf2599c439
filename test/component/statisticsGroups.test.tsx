import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { MetricGroupsEditor } from '../../renderer/src/statistics/MetricGroupsEditor';
import { realApi } from './realApi';
import { seedStatistics } from './realStatistics';

/** The weekly series with one group, 省本级综窗办件情况: 咨询 (人次), 受理 (件); 咨询 is filled in two issues. */
async function setup() {
  const real = realApi();
  const { weekly, group, consult, accept } = await seedStatistics(real, { figures: [1, 2] });
  render(
    <ApiProvider api={real.api}>
      <MetricGroupsEditor seriesId={weekly.id} />
    </ApiProvider>,
  );
  const stored = () => real.value('statistics.groups', { seriesId: weekly.id });
  return { api: real.api, seriesId: weekly.id, group, consult, accept, stored };
}

describe('MetricGroupsEditor', () => {
  it('edits a group, reorders and adds metrics, adds a cumulative group, and saves them all', async () => {
    const { api, seriesId, group, consult, accept, stored } = await setup();
    const name = await screen.findByTestId('metric-group-name-0');
    expect(api['statistics.groups']).toHaveBeenCalledWith({ seriesId });
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
      seriesId,
      groups: [
        {
          id: group.id,
          name: '综窗办件',
          mode: 'period',
          lead: '',
          metrics: [
            { id: accept.id, label: '受理', unit: '件', category: '' },
            { id: consult.id, label: '咨询', unit: '人次', category: '' },
            { id: null, label: '颁发', unit: '件', category: '' },
          ],
        },
        {
          id: null,
          name: '平台数据',
          mode: 'cumulative',
          lead: '据平台数据统计，',
          metrics: [{ id: null, label: '受理', unit: '', category: '公共服务事项' }],
        },
      ],
    });
    expect(await screen.findByText('已保存（统计设置）')).toBeInTheDocument();
    const saved = await stored();
    expect(saved.map((g) => g.name)).toEqual(['综窗办件', '平台数据']);
    expect(saved[0]!.metrics.map((m) => m.label)).toEqual(['受理', '咨询', '颁发']);
  });

  it('removes a metric and a group from what is saved', async () => {
    // A fresh series: main keeps a metric that issues have figures for (the refusal below).
    const real = realApi();
    const series = await real.value('series.create', {
      settings: {
        title: '政务窗口月报',
        issuer: '省中心',
        periodKind: 'month',
        hasTotal: false,
        partTitle: null,
        printPeriod: true,
        copyPlan: null,
      },
      closing: null,
    });
    const [group] = await real.value('statistics.saveGroups', {
      seriesId: series.id,
      groups: [
        {
          id: null,
          name: '省本级综窗办件情况',
          mode: 'period',
          lead: '',
          metrics: [
            { id: null, label: '咨询', unit: '人次', category: '' },
            { id: null, label: '受理', unit: '件', category: '' },
          ],
        },
      ],
    });
    const api = real.api;
    render(
      <ApiProvider api={api}>
        <MetricGroupsEditor seriesId={series.id} />
      </ApiProvider>,
    );
    await screen.findByTestId('metric-group-name-0');
    await userEvent.click(screen.getByRole('button', { name: '统计1指标1删除' }));
    await userEvent.click(screen.getByTestId('metric-groups-save'));
    await waitFor(() => expect(api['statistics.saveGroups']).toHaveBeenCalledTimes(1));
    expect(api['statistics.saveGroups'].mock.calls[0]![0].groups[0]!.metrics.map((m) => m.id)).toEqual([group!.metrics[1]!.id]);
    await waitFor(async () =>
      expect((await real.value('statistics.groups', { seriesId: series.id }))[0]!.metrics.map((m) => m.label)).toEqual(['受理']),
    );
    await userEvent.click(screen.getByRole('button', { name: '删除统计1' }));
    await userEvent.click(screen.getByTestId('metric-groups-save'));
    await waitFor(() => expect(api['statistics.saveGroups']).toHaveBeenCalledTimes(2));
    expect(api['statistics.saveGroups'].mock.calls[1]![0].groups).toEqual([]);
    await waitFor(async () => expect(await real.value('statistics.groups', { seriesId: series.id })).toEqual([]));
  });

  it('shows a refusal and keeps the form as typed', async () => {
    // 第8期 and 第9期 have 咨询 figures: main refuses to delete the metric.
    const message = '统计“省本级综窗办件情况”的指标“咨询”已有2期简报填写了数字，不能删除。';
    const { stored } = await setup();
    const name = await screen.findByTestId('metric-group-name-0');
    await userEvent.type(name, '（改）');
    await userEvent.click(screen.getByRole('button', { name: '统计1指标1删除' }));
    await userEvent.click(screen.getByTestId('metric-groups-save'));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByTestId('metric-group-name-0')).toHaveValue('省本级综窗办件情况（改）');
    expect(screen.getByTestId('metric-label-0-0')).toHaveValue('受理');
    expect((await stored())[0]!.metrics.map((m) => m.label)).toEqual(['咨询', '受理']);
  });
});
