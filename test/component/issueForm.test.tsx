import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import type { IssueMeta } from '../../shared/issues/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { IssueHeader } from '../../renderer/src/issues/IssueHeader';
import { NewIssue } from '../../renderer/src/issues/NewIssue';
import { fakeApi, issue, ok, weekly } from './fakeApi';

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

function setup(createResult = ok(issue(99))) {
  const api = fakeApi({
    'issues.propose': async () => ok(proposal),
    'issues.create': async () => createResult,
  });
  const onCreated = vi.fn();
  render(
    <ApiProvider api={api}>
      <NewIssue series={weekly} onCreated={onCreated} onCancel={() => {}} />
    </ApiProvider>,
  );
  return { api, onCreated };
}

describe('新建一期 form', () => {
  it('shows the proposal in labelled fields', async () => {
    const { api } = setup();
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
    const { api, onCreated } = setup();
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
      // templates.get and issues.list are not answered here: no template, no previous issue
      body: 'blank',
      confirm: [],
    });
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(issue(99)));
  });

  it('shows a duplicate number beside the form and keeps every field', async () => {
    const { api, onCreated } = setup({
      ok: false,
      error: { code: 'DUPLICATE_ISSUE_NUMBER', message: '本系列已有2024年第13期。' },
    });
    const user = userEvent.setup();
    const partTitle = await screen.findByLabelText('栏目标题');
    await user.clear(partTitle);
    await user.type(partTitle, '公共资源交易工作');
    await user.click(screen.getByTestId('create-issue'));
    const form = screen.getByTestId('issue-form');
    const error = await screen.findByRole('alert');
    expect(form).toContainElement(error);
    expect(error).toHaveTextContent('本系列已有2024年第13期。');
    expect(api['issues.create']).toHaveBeenCalledTimes(1);
    expect(onCreated).not.toHaveBeenCalled();
    expect(screen.getByLabelText('栏目标题')).toHaveValue('公共资源交易工作');
    expect(screen.getByLabelText('第几期')).toHaveValue(13);
  });

  it('refuses a half-filled period without calling the server', async () => {
    const { api } = setup();
    const user = userEvent.setup();
    await user.clear(await screen.findByLabelText('时段结束'));
    await user.click(screen.getByTestId('create-issue'));
    expect(await screen.findByRole('alert')).toHaveTextContent('起止日期应同时填写或同时留空');
    expect(api['issues.create']).not.toHaveBeenCalled();
  });

  it('has no 总第几期 field for a series without a running total', async () => {
    const api = fakeApi({ 'issues.propose': async () => ok({ ...proposal, totalNumber: null }) });
    render(
      <ApiProvider api={api}>
        <NewIssue series={{ ...weekly, hasTotal: false }} onCreated={() => {}} onCancel={() => {}} />
      </ApiProvider>,
    );
    await screen.findByLabelText('第几期');
    expect(screen.queryByLabelText('总第几期')).toBeNull();
  });
});

describe('issue header', () => {
  it('saves edited meta through issues.updateMeta and shows a refusal', async () => {
    const open = issue(5);
    const updateMeta = vi
      .fn<BriefDeskApi['issues.updateMeta']>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'DUPLICATE_ISSUE_NUMBER', message: '本系列已有2024年第6期。' } })
      .mockResolvedValueOnce(ok({ ...open, number: 7 }));
    const api = fakeApi({ 'issues.updateMeta': updateMeta });
    const onUpdated = vi.fn();
    const user = userEvent.setup();
    render(
      <ApiProvider api={api}>
        <IssueHeader issue={open} series={weekly} onUpdated={onUpdated} />
      </ApiProvider>,
    );
    expect(screen.getByTestId('issue-number-line')).toHaveTextContent('2024年第5期（总第385期）');
    await user.click(screen.getByRole('button', { name: '修改期号信息' }));
    await user.clear(screen.getByLabelText('第几期'));
    await user.type(screen.getByLabelText('第几期'), '6');
    await user.click(screen.getByTestId('save-meta'));
    expect(await screen.findByRole('alert')).toHaveTextContent('本系列已有2024年第6期。');
    expect(screen.getByLabelText('第几期')).toHaveValue(6);
    expect(onUpdated).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('第几期'));
    await user.type(screen.getByLabelText('第几期'), '7');
    await user.click(screen.getByTestId('save-meta'));
    expect(updateMeta).toHaveBeenLastCalledWith({
      id: 5,
      meta: {
        year: 2024,
        supplement: false,
        number: 7,
        totalNumber: 385,
        issueDate: '2024-07-04',
        periodStart: '2024-06-17',
        periodEnd: '2024-06-21',
        partTitle: '政务服务工作',
      },
      confirm: [],
    });
    expect(onUpdated).toHaveBeenCalledWith({ ...open, number: 7 });
  });
});

describe('date questions', () => {
  it('asks once, with the reason, before creating an issue dated before its period ends; cancel sends nothing', async () => {
    const user = userEvent.setup();
    const { api } = setup();
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
    const { api } = setup();
    const year = await screen.findByLabelText('年份');
    await user.clear(year);
    await user.type(year, '2023');
    await user.click(screen.getByTestId('create-issue'));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('期号的年份是2023年，印发日期却在2024年');
    await user.click(screen.getByRole('button', { name: '日期无误，继续' }));
    await waitFor(() => expect(api['issues.create']).toHaveBeenCalledTimes(1));
    expect(api['issues.create'].mock.calls[0]![0].confirm).toEqual(['yearDiffersFromDate']);
  });
});
