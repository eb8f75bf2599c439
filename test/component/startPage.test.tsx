/** 接续往期: the start page's manual starting point and the summary it leads to. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { StartPage } from '../../renderer/src/start/StartPage';
import { realApi } from './realApi';
import { seedWeekly, WEEKLY_ID } from './realSeed';
import { CONSULT_ACCEPT_GROUP } from './realStatistics';

/**
 * The weekly without issues, its metric groups replaced by 省本级综窗办件情况 cut to 咨询 and 受理;
 * main stores the starting point and sums up the archive from it.
 */
async function setup() {
  // Today is the week after the starting point: 新建一期 carries on from it in the same year.
  const real = realApi({ today: '2026-11-27' });
  const weekly = await seedWeekly(real);
  const [group] = await real.value('statistics.saveGroups', {
    seriesId: WEEKLY_ID,
    groups: [CONSULT_ACCEPT_GROUP],
  });
  const onDone = vi.fn();
  render(
    <ApiProvider api={real.api}>
      <StartPage seriesList={[weekly]} onDone={onDone} refresh={() => {}} />
    </ApiProvider>,
  );
  return { real, api: real.api, onDone, weekly, group: group!, consult: group!.metrics[0]! };
}

describe('接续往期 start page', () => {
  it('offers the two ways in and a skip', async () => {
    const { onDone } = await setup();
    expect(screen.getByTestId('start-import')).toHaveTextContent('从往期导入');
    expect(screen.getByTestId('start-manual')).toHaveTextContent('手动设定起点');
    screen.getByTestId('start-skip').click();
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('手动设定起点 stores the last issue and its 今年以来 figures, then shows what 新建一期 will propose', async () => {
    const user = userEvent.setup();
    const { api, onDone, weekly, group, consult, real } = await setup();
    await user.click(screen.getByTestId('start-manual'));
    await screen.findByTestId(`starting-group-${group.id}`);
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
        point: {
          year: 2026,
          number: 46,
          totalNumber: 521,
          issueDate: '2026-11-20',
          periodEnd: '2026-11-20',
          balances: [{ metricId: consult.id, total: 98765 }],
        },
      }),
    );
    expect((await real.value('start.get', { seriesId: weekly.id })).point).toMatchObject({ year: 2026, number: 46, totalNumber: 521 });
    const summary = await screen.findByTestId('archive-summary');
    expect(summary).toHaveTextContent('最后一期：2026年第46期（总第521期）');
    expect(summary).toHaveTextContent('咨询98765人次，受理（未填）');
    expect(screen.getByTestId('summary-next')).toHaveTextContent('2026年第47期（总第522期） （11月23日—11月27日）');
    await user.click(screen.getByTestId('summary-confirm'));
    expect(onDone).toHaveBeenCalledWith(weekly.id);
  });

  it('names a figure it cannot read and stores nothing', async () => {
    const user = userEvent.setup();
    const { api, group } = await setup();
    await user.click(screen.getByTestId('start-manual'));
    await screen.findByTestId(`starting-group-${group.id}`);
    await user.type(screen.getByLabelText('年份'), '2026');
    await user.type(screen.getByLabelText('第几期'), '46');
    await user.type(screen.getByLabelText('印发日期'), '2026-11-20');
    await user.type(screen.getByLabelText('受理（件）'), '12.5');
    await user.click(screen.getByTestId('starting-point-save'));
    expect(await screen.findByTestId('starting-point-error')).toHaveTextContent('“受理”的今年以来累计应为不带小数的数字。');
    expect(api['start.save']).not.toHaveBeenCalled();
  });
});
