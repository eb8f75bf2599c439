/** 报尾与印数: the copies per recipient, their sum shown live, and the plan stored with the series' settings. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Series } from '../../shared/issues/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { SeriesWorkbench } from '../../renderer/src/series/SeriesWorkbench';
import { realApi } from './realApi';
import { seedWeekly } from './realSeed';

async function openCopies(seed: (real: ReturnType<typeof realApi>) => Promise<Series> = seedWeekly) {
  const user = userEvent.setup();
  const real = realApi();
  const weekly = await seed(real);
  render(
    <ApiProvider api={real.api}>
      <SeriesWorkbench series={weekly} refresh={vi.fn()} />
    </ApiProvider>,
  );
  await user.click(await screen.findByTestId('series-tab-closing'));
  return { user, real, weekly };
}

const copiesField = () => document.querySelector<HTMLInputElement>('[data-testid="series-closing"] input[name="copies"]')!;

describe('报尾与印数', () => {
  it('sums the recipients’ copies as they are typed and stores the plan; the 报尾 then shows the sum, read-only', async () => {
    const { user, real, weekly } = await openCopies();
    expect(screen.getByTestId('copies-mode-typed')).toBeChecked();
    expect(copiesField()).toHaveValue('80');
    expect(copiesField()).not.toHaveAttribute('readonly');

    await user.click(screen.getByTestId('copies-mode-plan'));
    await user.type(screen.getByTestId('copies-name-0'), '中心领导');
    await user.type(screen.getByTestId('copies-count-0'), '6');
    expect(screen.getByTestId('copies-sum')).toHaveTextContent('共印6份');
    await user.click(screen.getByTestId('copies-add'));
    await user.type(screen.getByTestId('copies-name-1'), '各部门窗口');
    await user.type(screen.getByTestId('copies-count-1'), '60');
    await user.click(screen.getByTestId('copies-add'));
    await user.type(screen.getByTestId('copies-name-2'), '各处（室）');
    await user.type(screen.getByTestId('copies-count-2'), '14');
    expect(screen.getByTestId('copies-sum')).toHaveTextContent('共印80份');
    await user.click(screen.getByTestId('copies-remove-0'));
    expect(screen.getByTestId('copies-sum')).toHaveTextContent('共印74份');

    await user.click(screen.getByTestId('copies-save'));
    await waitFor(() => expect(copiesField()).toHaveValue('74'));
    expect(real.api['series.update']).toHaveBeenCalledWith({
      id: weekly.id,
      settings: {
        title: weekly.title,
        issuer: weekly.issuer,
        hasTotal: true,
        periodKind: 'week',
        printPeriod: true,
        partTitle: '政务服务工作',
        copyPlan: {
          recipients: [
            { name: '各部门窗口', copies: 60 },
            { name: '各处（室）', copies: 14 },
          ],
        },
      },
    });
    expect(copiesField()).toHaveAttribute('readonly');
    // Main stored the plan's sum as the default 报尾's print run.
    expect((await real.value('series.get', { id: weekly.id })).closing?.copies).toBe(74);
  });

  it('shows a refusal of the plan as it comes and keeps the rows', async () => {
    const { user } = await openCopies();
    await user.click(screen.getByTestId('copies-mode-plan'));
    await user.type(screen.getByTestId('copies-name-0'), '中心领导');
    await user.type(screen.getByTestId('copies-count-0'), '六');
    expect(screen.getByTestId('copies-sum')).toHaveTextContent('共印0份');
    await user.click(screen.getByTestId('copies-save'));
    expect(await screen.findByTestId('copies-error')).toHaveTextContent('印数未保存：份数应为整数');
    expect(screen.getByTestId('copies-count-0')).toHaveValue('六');
  });

  it('goes back to a typed count with no plan', async () => {
    const { user, real } = await openCopies((r) =>
      seedWeekly(r, { copyPlan: { recipients: [{ name: '中心领导', copies: 6 }] } }, { lines: [], copies: 6 }),
    );
    expect(screen.getByTestId('copies-mode-plan')).toBeChecked();
    expect(screen.getByTestId('copies-sum')).toHaveTextContent('共印6份');
    expect(copiesField()).toHaveAttribute('readonly');
    await user.click(screen.getByTestId('copies-mode-typed'));
    await user.click(screen.getByTestId('copies-save'));
    await waitFor(() => expect(copiesField()).not.toHaveAttribute('readonly'));
    expect(real.api['series.update'].mock.calls[0]![0].settings.copyPlan).toBeNull();
    expect((await real.value('series.get', { id: real.api['series.update'].mock.calls[0]![0].id })).copyPlan).toBeNull();
  });
});
