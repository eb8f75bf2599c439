import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IssueMeta, Series } from '../../shared/issues/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { IssueHeader } from '../../renderer/src/issues/IssueHeader';
import { NewIssue } from '../../renderer/src/issues/NewIssue';
import { realApi, type RealApi } from './realApi';
import { addIssue, seedWeekly } from './realSeed';

/** 2024年第12期 of the week 6月17日—21日: what main's proposal follows on from. */
const TWELFTH: IssueMeta = {
  supplement: false,
  year: 2024,
  number: 12,
  totalNumber: 409,
  issueDate: '2024-06-21',
  periodStart: '2024-06-17',
  periodEnd: '2024-06-21',
  partTitle: null,
};

/** What main proposes after 第12期 on the pinned today, 2024-07-04. */
const proposal: IssueMeta = {
  supplement: false,
  year: 2024,
  number: 13,
  totalNumber: 410,
  issueDate: '2024-07-04',
  periodStart: '2024-06-24',
  periodEnd: '2024-06-28',
  partTitle: '政务服务工作',
};

async function seeded(settings: Partial<Parameters<typeof seedWeekly>[1]> = {}): Promise<{ real: RealApi; weekly: Series }> {
  const real = realApi();
  const weekly = await seedWeekly(real, settings);
  await addIssue(real, settings.hasTotal === false ? { ...TWELFTH, totalNumber: null } : TWELFTH);
  return { real, weekly };
}

async function setup() {
  const { real, weekly } = await seeded();
  const onCreated = vi.fn();
  render(
    <ApiProvider api={real.api}>
      <NewIssue series={weekly} onCreated={onCreated} onCancel={() => {}} />
    </ApiProvider>,
  );
  return { real, api: real.api, weekly, onCreated };
}

describe('新建一期 form', () => {
  it('shows the proposal in labelled fields', async () => {
    const { api, weekly } = await setup();
    expect(await screen.findByLabelText('第几期')).toHaveValue(13);
    expect(api['issues.propose']).toHaveBeenCalledWith({ seriesId: weekly.id });
    expect(screen.getByLabelText('年份')).toHaveValue(2024);
    expect(screen.getByLabelText('总第几期')).toHaveValue(410);
    expect(screen.getByLabelText('印发日期')).toHaveValue('2024-07-04');
    expect(screen.getByLabelText('印发日期')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('时段开始')).toHaveValue('2024-06-24');
    expect(screen.getByLabelText('时段结束')).toHaveValue('2024-06-28');
    expect(screen.getByLabelText('栏目标题')).toHaveValue('政务服务工作');
  });

  it('creates the issue with the edited values and hands it on', async () => {
    const { api, onCreated, weekly, real } = await setup();
    const user = userEvent.setup();
    const number = await screen.findByLabelText('第几期');
    // The proposal arrives asynchronously; typing before it would be overwritten by it.
    await waitFor(() => expect(number).toHaveValue(proposal.number));
    await user.clear(number);
    await user.type(number, '14');
    await user.clear(screen.getByLabelText('总第几期'));
    await user.type(screen.getByLabelText('总第几期'), '411');
    await user.clear(screen.getByLabelText('栏目标题'));
    await user.click(screen.getByTestId('create-issue'));
    expect(api['issues.create']).toHaveBeenCalledWith({
      seriesId: weekly.id,
      meta: { ...proposal, number: 14, totalNumber: 411, partTitle: null },
      // 第12期 exists and the series has no template: the body carries on from the previous issue.
      body: 'previous',
      confirm: [],
    });
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ number: 14, totalNumber: 411, partTitle: null })));
    const created = onCreated.mock.calls[0]![0] as { id: number };
    expect(await real.value('issues.get', { id: created.id })).toMatchObject({ year: 2024, number: 14, totalNumber: 411 });
  });

  it('shows a duplicate number beside the form and keeps every field', async () => {
    const { api, onCreated, real } = await setup();
    const user = userEvent.setup();
    const partTitle = await screen.findByLabelText('栏目标题');
    await waitFor(() => expect(screen.getByLabelText('第几期')).toHaveValue(13));
    // Meanwhile 第13期 is made elsewhere (another window): main refuses a second one.
    await addIssue(real, { ...proposal, totalNumber: 500 });
    await user.clear(partTitle);
    await user.type(partTitle, '公共资源交易工作');
    await user.click(screen.getByTestId('create-issue'));
    const form = screen.getByTestId('issue-form');
    const error = await screen.findByRole('alert');
    expect(form).toContainElement(error);
    expect(error).toHaveTextContent('窗口工作周报 2024年第13期已存在，不能重复创建。请修改期号。');
    expect(api['issues.create']).toHaveBeenCalledTimes(1);
    expect(onCreated).not.toHaveBeenCalled();
    expect(screen.getByLabelText('栏目标题')).toHaveValue('公共资源交易工作');
    expect(screen.getByLabelText('第几期')).toHaveValue(13);
  });

  it('refuses a half-filled period without calling the server', async () => {
    const { api } = await setup();
    const user = userEvent.setup();
    await waitFor(async () => expect(await screen.findByLabelText('时段结束')).toHaveValue('2024-06-28'));
    await user.clear(await screen.findByLabelText('时段结束'));
    await user.click(screen.getByTestId('create-issue'));
    expect(await screen.findByRole('alert')).toHaveTextContent('起止日期应同时填写或同时留空');
    expect(api['issues.create']).not.toHaveBeenCalled();
  });

  it('has no 总第几期 field for a series without a running total', async () => {
    const { real, weekly } = await seeded({ hasTotal: false });
    render(
      <ApiProvider api={real.api}>
        <NewIssue series={weekly} onCreated={() => {}} onCancel={() => {}} />
      </ApiProvider>,
    );
    await screen.findByLabelText('第几期');
    await waitFor(() => expect(screen.getByLabelText('第几期')).toHaveValue(13));
    expect(screen.queryByLabelText('总第几期')).toBeNull();
  });
});

describe('issue header', () => {
  it('saves edited meta through issues.updateMeta and shows a refusal', async () => {
    const real = realApi();
    const weekly = await seedWeekly(real);
    const fifth: IssueMeta = { ...TWELFTH, number: 5, totalNumber: 385, partTitle: '政务服务工作' };
    const open = await addIssue(real, fifth);
    // 第6期 exists (another week, another 总期号): main refuses a second one.
    await addIssue(real, {
      ...TWELFTH,
      number: 6,
      totalNumber: 386,
      issueDate: '2024-06-14',
      periodStart: '2024-06-10',
      periodEnd: '2024-06-14',
    });
    const updateMeta = real.api['issues.updateMeta'];
    const onUpdated = vi.fn();
    const user = userEvent.setup();
    render(
      <ApiProvider api={real.api}>
        <IssueHeader issue={open} series={weekly} onUpdated={onUpdated} />
      </ApiProvider>,
    );
    expect(screen.getByTestId('issue-number-line')).toHaveTextContent('2024年第5期（总第385期）');
    await user.click(screen.getByRole('button', { name: '修改期号信息' }));
    await user.clear(screen.getByLabelText('第几期'));
    await user.type(screen.getByLabelText('第几期'), '6');
    await user.click(screen.getByTestId('save-meta'));
    expect(await screen.findByRole('alert')).toHaveTextContent('窗口工作周报 2024年第6期已存在，不能改成重复的期号。请修改期号。');
    expect(screen.getByLabelText('第几期')).toHaveValue(6);
    expect(onUpdated).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('第几期'));
    await user.type(screen.getByLabelText('第几期'), '7');
    await user.click(screen.getByTestId('save-meta'));
    expect(updateMeta).toHaveBeenLastCalledWith({
      id: open.id,
      meta: {
        year: 2024,
        supplement: false,
        number: 7,
        totalNumber: 385,
        issueDate: '2024-06-21',
        periodStart: '2024-06-17',
        periodEnd: '2024-06-21',
        partTitle: '政务服务工作',
      },
      confirm: [],
    });
    await waitFor(() => expect(onUpdated).toHaveBeenCalledWith(expect.objectContaining({ id: open.id, number: 7, totalNumber: 385 })));
    expect((await real.value('issues.get', { id: open.id })).number).toBe(7);
  });
});

describe('date questions', () => {
  it('asks once, with the reason, before creating an issue dated before its period ends; cancel sends nothing', async () => {
    const user = userEvent.setup();
    const { api } = await setup();
    await waitFor(async () => expect(await screen.findByLabelText('印发日期')).toHaveValue('2024-07-04'));
    fireEvent.change(await screen.findByLabelText('印发日期'), { target: { value: '2024-06-26' } });
    await user.click(screen.getByTestId('create-issue'));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('印发日期2024年6月26日早于时段结束日2024年6月28日');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(api['issues.create']).not.toHaveBeenCalled();

    await user.click(screen.getByTestId('create-issue'));
    await user.click(await screen.findByRole('button', { name: '日期无误，继续' }));
    await waitFor(() => expect(api['issues.create']).toHaveBeenCalledTimes(1));
    expect(api['issues.create'].mock.calls[0]![0]).toMatchObject({ meta: { issueDate: '2024-06-26' }, confirm: ['issuedBeforePeriodEnd'] });
  });

  it('asks about a 期号 year other than the date’s (a December monthly issued in January)', async () => {
    const user = userEvent.setup();
    const { api } = await setup();
    const year = await screen.findByLabelText('年份');
    await waitFor(() => expect(year).toHaveValue(2024));
    await user.clear(year);
    await user.type(year, '2023');
    await user.click(screen.getByTestId('create-issue'));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('期号的年份是2023年，印发日期却在2024年');
    await user.click(screen.getByRole('button', { name: '日期无误，继续' }));
    await waitFor(() => expect(api['issues.create']).toHaveBeenCalledTimes(1));
    expect(api['issues.create'].mock.calls[0]![0].confirm).toEqual(['yearDiffersFromDate']);
  });
});
