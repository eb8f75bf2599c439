/** 简报系列 workbench: 基本设置 (edit, create, refusal kept), deleting with confirmation and a refusal shown. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Series } from '../../shared/issues/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { SeriesWorkbench } from '../../renderer/src/series/SeriesWorkbench';
import { realApi, type RealApi } from './realApi';
import { addIssue, addSeries, seedWeekly, weekMeta } from './realSeed';

async function seeded() {
  const real = realApi();
  const weekly = await seedWeekly(real);
  return { real, weekly };
}

function open(real: RealApi, weekly: Series) {
  const refresh = vi.fn();
  render(
    <ApiProvider api={real.api}>
      <SeriesWorkbench series={weekly} refresh={refresh} />
    </ApiProvider>,
  );
  return { refresh };
}

describe('简报系列 workbench: 基本设置', () => {
  it('shows the chosen series’ settings and saves every field, then refreshes the sidebar', async () => {
    const user = userEvent.setup();
    const { real, weekly } = await seeded();
    const { refresh } = open(real, weekly);
    const title = await screen.findByTestId('series-title');
    expect(title).toHaveValue('窗口工作周报');
    expect(screen.getByTestId('series-has-total')).toBeChecked();
    expect(screen.getByTestId('series-period-kind')).toHaveValue('week');
    expect(screen.getByTestId('series-print-period')).toBeChecked();
    expect(screen.getByTestId('series-part-title')).toHaveValue('政务服务工作');

    await user.clear(title);
    await user.type(title, ' 窗口周报 ');
    await user.click(screen.getByTestId('series-has-total'));
    await user.selectOptions(screen.getByTestId('series-period-kind'), 'custom');
    await user.click(screen.getByTestId('series-print-period'));
    await user.clear(screen.getByTestId('series-part-title'));
    await user.click(screen.getByTestId('series-save'));

    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(real.api['series.update']).toHaveBeenCalledWith({
      id: weekly.id,
      settings: {
        title: '窗口周报',
        issuer: weekly.issuer,
        hasTotal: false,
        periodKind: 'custom',
        printPeriod: false,
        partTitle: null,
        copyPlan: null,
      },
    });
    expect(screen.getByTestId(`series-item-${weekly.id}`)).toHaveTextContent('窗口周报');
    expect(await real.value('series.get', { id: weekly.id })).toMatchObject({
      title: '窗口周报',
      hasTotal: false,
      periodKind: 'custom',
      partTitle: null,
    });
  });

  it('shows a refusal as it comes and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { real, weekly } = await seeded();
    // Main refuses a title another series has.
    await addSeries(real, { title: '政务窗口月报', periodKind: 'month' });
    const { refresh } = open(real, weekly);
    const title = await screen.findByTestId('series-title');
    await user.clear(title);
    await user.type(title, '政务窗口月报');
    await user.click(screen.getByTestId('series-save'));
    expect(await screen.findByTestId('series-settings-error')).toHaveTextContent('已有名为“政务窗口月报”的简报系列，请换一个名称。');
    expect(title).toHaveValue('政务窗口月报');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('creates a series from the 新建系列 form and selects it', async () => {
    const user = userEvent.setup();
    const { real, weekly } = await seeded();
    const { refresh } = open(real, weekly);
    await user.click(await screen.findByTestId('series-new'));
    const title = screen.getByTestId('series-title');
    expect(title).toHaveValue('');
    await user.type(title, '政务窗口月报');
    await user.type(screen.getByTestId('series-issuer'), '省中心');
    await user.selectOptions(screen.getByTestId('series-period-kind'), 'month');
    await user.click(screen.getByTestId('series-save'));
    await waitFor(() => expect(screen.getByTestId('series-item-2')).toHaveAttribute('aria-pressed', 'true'));
    expect(real.api['series.create']).toHaveBeenCalledWith({
      settings: {
        title: '政务窗口月报',
        issuer: '省中心',
        hasTotal: false,
        periodKind: 'month',
        printPeriod: true,
        partTitle: null,
        copyPlan: null,
      },
      closing: null,
    });
    expect(screen.getByTestId('series-title')).toHaveValue('政务窗口月报');
    expect(refresh).toHaveBeenCalled();
  });
});

describe('简报系列 workbench: 删除系列', () => {
  it('asks first; cancelling sends nothing', async () => {
    const user = userEvent.setup();
    const { real, weekly } = await seeded();
    open(real, weekly);
    await user.click(await screen.findByTestId('series-delete'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('确定删除“窗口工作周报”吗？');
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(real.api['series.delete']).not.toHaveBeenCalled();
  });

  it('shows the refusal of a series that has issues as it comes', async () => {
    const user = userEvent.setup();
    const { real, weekly } = await seeded();
    // Three issues, one of them in the recycle bin: main counts both kinds.
    for (const n of [1, 2]) await addIssue(real, weekMeta(n));
    await real.value('issues.delete', { id: (await addIssue(real, weekMeta(3))).id });
    const message = '“窗口工作周报”还有3期简报（其中回收站中1期），不能删除。请先删除这些简报并在回收站中彻底删除。';
    open(real, weekly);
    await user.click(await screen.findByTestId('series-delete'));
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(await screen.findByTestId('series-error')).toHaveTextContent(message);
    expect(screen.getByTestId(`series-item-${weekly.id}`)).toBeInTheDocument();
    expect((await real.value('series.list', {})).map((x) => x.id)).toContain(weekly.id);
  });

  it('deletes a series without issues and chooses the next one', async () => {
    const user = userEvent.setup();
    const { real, weekly } = await seeded();
    const monthly = await addSeries(real, { title: '政务窗口月报' });
    const { refresh } = open(real, weekly);
    await user.click(await screen.findByTestId('series-delete'));
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(await screen.findByTestId('series-notice')).toHaveTextContent('已删除简报系列“窗口工作周报”。');
    expect(real.api['series.delete']).toHaveBeenCalledWith({ id: weekly.id });
    expect(screen.queryByTestId(`series-item-${weekly.id}`)).toBeNull();
    expect(screen.getByTestId(`series-item-${monthly.id}`)).toHaveAttribute('aria-pressed', 'true');
    expect((await real.value('series.list', {})).map((x) => x.id)).toEqual([monthly.id]);
    expect(refresh).toHaveBeenCalled();
  });
});

describe('简报系列 workbench: 统计指标', () => {
  it('shows the chosen series’ metric groups in the statistics editor', async () => {
    const user = userEvent.setup();
    const { real, weekly } = await seeded();
    open(real, weekly);
    await user.click(await screen.findByTestId('series-tab-metrics'));
    await waitFor(() => expect(real.api['statistics.groups']).toHaveBeenCalledWith({ seriesId: weekly.id }));
    expect(await screen.findByDisplayValue('省本级综窗办件情况')).toBeInTheDocument();
  });
});

describe('简报系列 workbench: the sidebar’s series', () => {
  it('follows the series chosen in the sidebar', async () => {
    const { real, weekly } = await seeded();
    const monthly = await addSeries(real, { title: '政务窗口月报' });
    const ui = (series: Series) => (
      <ApiProvider api={real.api}>
        <SeriesWorkbench series={series} refresh={vi.fn()} />
      </ApiProvider>
    );
    const { rerender } = render(ui(weekly));
    expect(await screen.findByTestId('series-title')).toHaveValue('窗口工作周报');
    rerender(ui(monthly));
    await waitFor(() => expect(screen.getByTestId('series-title')).toHaveValue('政务窗口月报'));
    expect(screen.getByTestId(`series-item-${monthly.id}`)).toHaveAttribute('aria-pressed', 'true');
  });
});
