/** 报尾与印数: the copies per recipient, their sum shown live, and the plan stored with the series' settings. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { SeriesWorkbench } from '../../renderer/src/series/SeriesWorkbench';
import { weekly } from './fakeApi';
import { seriesFake, type SeriesFake } from './seriesFakeApi';

async function openCopies(fake: SeriesFake = seriesFake()) {
  const user = userEvent.setup();
  render(
    <ApiProvider api={fake.api}>
      <SeriesWorkbench series={weekly} refresh={vi.fn()} />
    </ApiProvider>,
  );
  await user.click(await screen.findByTestId('series-tab-closing'));
  return { user, fake };
}

const copiesField = () => document.querySelector<HTMLInputElement>('[data-testid="series-closing"] input[name="copies"]')!;

describe('报尾与印数', () => {
  it('sums the recipients’ copies as they are typed and stores the plan; the 报尾 then shows the sum, read-only', async () => {
    const { user, fake } = await openCopies();
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
    expect(fake.api['series.update']).toHaveBeenCalledWith({
      id: weekly.id,
      settings: {
        title: weekly.title,
        issuer: weekly.issuer,
        hasTotal: true,
        periodKind: 'week',
        printPeriod: true,
        partTitle: '政务服务工作',
        copyPlan: { recipients: [{ name: '各部门窗口', copies: 60 }, { name: '各处（室）', copies: 14 }] },
      },
    });
    expect(copiesField()).toHaveAttribute('readonly');
  });

  it('shows a refusal of the plan as it comes and keeps the rows', async () => {
    const fake = seriesFake();
    fake.api['series.update'].mockResolvedValue({ ok: false, error: { code: 'INVALID_INPUT', message: '请求内容不正确：settings.copyPlan.recipients.0.copies：份数应为整数' } });
    const { user } = await openCopies(fake);
    await user.click(screen.getByTestId('copies-mode-plan'));
    await user.type(screen.getByTestId('copies-name-0'), '中心领导');
    await user.type(screen.getByTestId('copies-count-0'), '六');
    expect(screen.getByTestId('copies-sum')).toHaveTextContent('共印0份');
    await user.click(screen.getByTestId('copies-save'));
    expect(await screen.findByTestId('copies-error')).toHaveTextContent('印数未保存：份数应为整数');
    expect(screen.getByTestId('copies-count-0')).toHaveValue('六');
  });

  it('goes back to a typed count with no plan', async () => {
    const fake = seriesFake([{ ...weekly, copyPlan: { recipients: [{ name: '中心领导', copies: 6 }] }, closing: { lines: [], copies: 6 } }]);
    const { user } = await openCopies(fake);
    expect(screen.getByTestId('copies-mode-plan')).toBeChecked();
    expect(screen.getByTestId('copies-sum')).toHaveTextContent('共印6份');
    expect(copiesField()).toHaveAttribute('readonly');
    await user.click(screen.getByTestId('copies-mode-typed'));
    await user.click(screen.getByTestId('copies-save'));
    await waitFor(() => expect(copiesField()).not.toHaveAttribute('readonly'));
    expect(fake.api['series.update'].mock.calls[0]![0].settings.copyPlan).toBeNull();
  });
});
