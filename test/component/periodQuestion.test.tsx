/**
 * A period years away from the issue date is questioned (issue 10): once, with the reason, in the
 * New-issue form and in the 导入往期 review (the rule of shared/issues/dateQuestions.ts), and the start
 * page's summary says when the next issue starts a new year, letting the clerk set the starting point.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/contract/result';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { MessageProvider } from '../../renderer/src/app/messages';
import { ImportWorkbench } from '../../renderer/src/import/ImportWorkbench';
import { NewIssue } from '../../renderer/src/issues/NewIssue';
import { StartPage } from '../../renderer/src/start/StartPage';
import { realApi } from './realApi';
import { addIssue, seedWeekly } from './realSeed';
import weekly2022 from '../fixtures/import/samples/weekly-2022-28.txt?raw';

describe('新建一期 with a period far before the issue date', () => {
  it('asks once with the reason and creates with the confirmation', async () => {
    const user = userEvent.setup();
    // The archive stops at 2022年第27期: main proposes 2024年第1期, dated today.
    const real = realApi();
    const weekly = await seedWeekly(real);
    await addIssue(real, {
      year: 2022,
      supplement: false,
      number: 27,
      totalNumber: 403,
      issueDate: '2022-08-19',
      periodStart: '2022-08-15',
      periodEnd: '2022-08-19',
      partTitle: null,
    });
    const { api } = real;
    render(
      <ApiProvider api={api}>
        <NewIssue series={weekly} onCreated={() => {}} onCancel={() => {}} />
      </ApiProvider>,
    );
    await waitFor(() => expect(screen.getByLabelText('第几期')).toHaveValue(1));
    // The clerk types the period of an old issue: 2022-08-22 — 2022-08-26.
    fireEvent.change(screen.getByLabelText('时段开始'), { target: { value: '2022-08-22' } });
    fireEvent.change(screen.getByLabelText('时段结束'), { target: { value: '2022-08-26' } });
    await user.click(await screen.findByTestId('create-issue'));
    const dialog = await screen.findByRole('alertdialog');
    // 2022-08-26 → 2024-07-04: 127 + 365 (2023) + 186 (1 January – 4 July 2024) = 678 days.
    expect(dialog).toHaveTextContent('时段结束日2022年8月26日比印发日期2024年7月4日早678天（超过60天）');
    expect(api['issues.create']).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: '日期无误，继续' }));
    await waitFor(() => expect(api['issues.create']).toHaveBeenCalledTimes(1));
    expect(api['issues.create'].mock.calls[0]![0].confirm).toEqual(['periodLongBeforeDate']);
    // Main stored it with the period as the form had it, the question confirmed.
    await waitFor(async () =>
      expect((await real.value('issues.list', { seriesId: weekly.id })).find((i) => i.year === 2024)).toMatchObject({
        number: 1,
        periodEnd: '2022-08-26',
      }),
    );
  });
});

describe('导入往期 with a period far before the issue date', () => {
  it('names it in the row, keeps the file out of 全部导入, and asks before saving it', async () => {
    const user = userEvent.setup();
    const real = realApi();
    await seedWeekly(real);
    const { api } = real;
    // 远.txt is the 2022 sample's period under a 2024 期号 and date: main's reading, those fields changed.
    api['import.preview'].mockImplementation(async (input) => {
      const answer = await real.call('import.preview', input);
      if (!answer.ok || input.fileName !== '远.txt') return answer;
      return ok({ ...answer.value, issue: { ...answer.value.issue, year: 2024, number: 24, totalNumber: 476, issueDate: '2024-07-04' } });
    });
    render(
      <ApiProvider api={api}>
        <MessageProvider>
          <ImportWorkbench openIssue={vi.fn()} refresh={vi.fn()} />
        </MessageProvider>
      </ApiProvider>,
    );
    await user.upload(screen.getByTestId('import-files'), [
      new File([weekly2022], 'weekly-2022-28.txt', { type: 'text/plain' }),
      new File([weekly2022], '远.txt', { type: 'text/plain' }),
      new File(
        [
          weekly2022
            .replace('第 28 期（总第 403 期）', '第 29 期（总第 404 期）')
            .replace('（8 月 22 日—8 月 26 日）', '（8 月 29 日—9 月 2 日）'),
        ],
        'weekly-2022-29.txt',
        {
          type: 'text/plain',
        },
      ),
    ]);
    await waitFor(() => expect(screen.getAllByTestId('import-entry').every((el) => el.dataset.status === 'ready')).toBe(true));
    const far = screen.getAllByTestId('import-entry').find((el) => el.dataset.file === '远.txt')!;
    expect(within(far).getByTestId('import-question')).toHaveTextContent(
      '导入前将请您确认：时段结束日2022年8月26日比印发日期2024年7月4日早678天',
    );
    // 全部导入 takes the two plausible files only.
    expect(screen.getByTestId('import-all')).toHaveTextContent('全部导入（2 份）');
    await user.click(within(far).getByRole('button', { name: '导入 远.txt' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('早678天');
    expect(api['import.save']).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: '确认并导入' }));
    await waitFor(() => expect(api['import.save']).toHaveBeenCalledTimes(1));
    expect(api['import.save'].mock.calls[0]![0].draft.meta).toMatchObject({ number: 24, periodEnd: '2022-08-26' });
    const [stored] = await real.value('issues.list', { seriesId: 1 });
    expect(stored).toMatchObject({ year: 2024, number: 24, periodEnd: '2022-08-26' });
  });
});

describe('the summary after an archive that stops in an earlier year', () => {
  it('says the new year starts at 第1期 and offers 手动设定起点 instead', async () => {
    const user = userEvent.setup();
    // Today is 2026-12-02: main sums up the imported 2022年第28期 and proposes the new year's first issue.
    const real = realApi({ today: '2026-12-02' });
    const weekly = await seedWeekly(real);
    const onDone = vi.fn();
    render(
      <ApiProvider api={real.api}>
        <StartPage seriesList={[weekly]} onDone={onDone} refresh={() => {}} />
      </ApiProvider>,
    );
    await user.upload(screen.getByTestId('start-import-files'), [new File([weekly2022], 'weekly-2022-28.txt', { type: 'text/plain' })]);
    const notice = await screen.findByTestId('summary-new-year');
    expect(notice).toHaveTextContent('往期最后一期是2022年第28期，新的一年（2026年）从第1期开始，总期号接着为总第404期。');
    expect(screen.getByTestId('summary-next')).toHaveTextContent('2026年第1期（总第404期） （11月23日—11月27日）');
    await user.click(within(notice).getByTestId('summary-set-start'));
    expect(await screen.findByTestId('starting-point-form')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
