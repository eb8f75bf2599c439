/** 简报系列 workbench: 基本设置 (edit, create, refusal kept), deleting with confirmation and a refusal shown. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { SeriesWorkbench } from '../../renderer/src/series/SeriesWorkbench';
import { weekly } from './fakeApi';
import { seriesFake, type SeriesFake } from './seriesFakeApi';

function open(fake: SeriesFake = seriesFake()) {
  const refresh = vi.fn();
  render(
    <ApiProvider api={fake.api}>
      <SeriesWorkbench series={weekly} refresh={refresh} />
    </ApiProvider>,
  );
  return { fake, refresh };
}

describe('简报系列 workbench: 基本设置', () => {
  it('shows the chosen series’ settings and saves every field, then refreshes the sidebar', async () => {
    const user = userEvent.setup();
    const { fake, refresh } = open();
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
    expect(fake.api['series.update']).toHaveBeenCalledWith({
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
  });

  it('shows a refusal as it comes and keeps what was typed', async () => {
    const user = userEvent.setup();
    const fake = seriesFake();
    fake.api['series.update'].mockResolvedValue({ ok: false, error: { code: 'CONFLICT', message: '已有名为“政务窗口月报”的简报系列，请换一个名称。' } });
    const { refresh } = open(fake);
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
    const { fake, refresh } = open();
    await user.click(await screen.findByTestId('series-new'));
    const title = screen.getByTestId('series-title');
    expect(title).toHaveValue('');
    await user.type(title, '政务窗口月报');
    await user.type(screen.getByTestId('series-issuer'), '省中心');
    await user.selectOptions(screen.getByTestId('series-period-kind'), 'month');
    await user.click(screen.getByTestId('series-save'));
    await waitFor(() => expect(screen.getByTestId('series-item-2')).toHaveAttribute('aria-pressed', 'true'));
    expect(fake.api['series.create']).toHaveBeenCalledWith({
      settings: { title: '政务窗口月报', issuer: '省中心', hasTotal: false, periodKind: 'month', printPeriod: true, partTitle: null, copyPlan: null },
      closing: null,
    });
    expect(screen.getByTestId('series-title')).toHaveValue('政务窗口月报');
    expect(refresh).toHaveBeenCalled();
  });
});

describe('简报系列 workbench: 删除系列', () => {
  it('asks first; cancelling sends nothing', async () => {
    const user = userEvent.setup();
    const { fake } = open();
    await user.click(await screen.findByTestId('series-delete'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('确定删除“窗口工作周报”吗？');
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.api['series.delete']).not.toHaveBeenCalled();
  });

  it('shows the refusal of a series that has issues as it comes', async () => {
    const user = userEvent.setup();
    const fake = seriesFake();
    const message = '“窗口工作周报”还有12期简报（其中回收站中2期），不能删除。请先删除这些简报并在回收站中彻底删除。';
    fake.api['series.delete'].mockResolvedValue({ ok: false, error: { code: 'CONFLICT', message } });
    open(fake);
    await user.click(await screen.findByTestId('series-delete'));
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(await screen.findByTestId('series-error')).toHaveTextContent(message);
    expect(screen.getByTestId(`series-item-${weekly.id}`)).toBeInTheDocument();
  });

  it('deletes a series without issues and chooses the next one', async () => {
    const user = userEvent.setup();
    const fake = seriesFake([weekly, { ...weekly, id: 2, title: '政务窗口月报' }]);
    const { refresh } = open(fake);
    await user.click(await screen.findByTestId('series-delete'));
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(await screen.findByTestId('series-notice')).toHaveTextContent('已删除简报系列“窗口工作周报”。');
    expect(fake.api['series.delete']).toHaveBeenCalledWith({ id: weekly.id });
    expect(screen.queryByTestId(`series-item-${weekly.id}`)).toBeNull();
    expect(screen.getByTestId('series-item-2')).toHaveAttribute('aria-pressed', 'true');
    expect(refresh).toHaveBeenCalled();
  });
});

describe('简报系列 workbench: 统计指标', () => {
  it('shows the chosen series’ metric groups in the statistics editor', async () => {
    const user = userEvent.setup();
    const { fake } = open();
    await user.click(await screen.findByTestId('series-tab-metrics'));
    await waitFor(() => expect(fake.api['statistics.groups']).toHaveBeenCalledWith({ seriesId: weekly.id }));
    expect(await screen.findByDisplayValue('省本级综窗办件情况')).toBeInTheDocument();
  });
});

describe('简报系列 workbench: the sidebar’s series', () => {
  it('follows the series chosen in the sidebar', async () => {
    const fake = seriesFake([weekly, { ...weekly, id: 2, title: '政务窗口月报' }]);
    const ui = (series: typeof weekly) => (
      <ApiProvider api={fake.api}>
        <SeriesWorkbench series={series} refresh={vi.fn()} />
      </ApiProvider>
    );
    const { rerender } = render(ui(weekly));
    expect(await screen.findByTestId('series-title')).toHaveValue('窗口工作周报');
    rerender(ui({ ...weekly, id: 2, title: '政务窗口月报' }));
    await waitFor(() => expect(screen.getByTestId('series-title')).toHaveValue('政务窗口月报'));
    expect(screen.getByTestId('series-item-2')).toHaveAttribute('aria-pressed', 'true');
  });
});
