import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import type { IssueMeta, IssueSummary } from '../../shared/issues/types';
import type { TemplateSection } from '../../shared/templates/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { IssueHeader } from '../../renderer/src/issues/IssueHeader';
import { NewIssue } from '../../renderer/src/issues/NewIssue';
import { fakeApi, issue, ok, summary, weekly } from './fakeApi';

const proposal: IssueMeta = {
  supplement: false,
  year: 2024,
  number: 13,
  totalNumber: 393,
  issueDate: '2024-07-04',
  periodStart: '2024-06-24',
  periodEnd: '2024-06-28',
  partTitle: null,
};
const supplementProposal: IssueMeta = { ...proposal, supplement: true, number: 2, totalNumber: null, periodStart: null, periodEnd: null };

const section = (title: string): TemplateSection => ({ level: 1, title, defaultText: '', keepText: false, block: null });
const FIVE = ['政务工作动态', '厅（局）长进大厅', '“高效办成一件事”专项行动', '惠企政策直达快享专项行动', '综窗改革攻坚行动'].map(section);

function setup(impl: Partial<BriefDeskApi>) {
  const api = fakeApi({
    'issues.propose': async (input) => ok(input.supplement ? supplementProposal : proposal),
    'issues.create': async () => ok(issue(99)),
    ...impl,
  });
  const onCreated = vi.fn();
  render(
    <ApiProvider api={api}>
      <NewIssue series={weekly} onCreated={onCreated} onCancel={() => {}} />
    </ApiProvider>,
  );
  return { api, onCreated };
}

const listed = (...issues: IssueSummary[]) => async () => ok(issues);

async function ready() {
  await screen.findByTestId('body-choice');
  await waitFor(() => expect(screen.getByLabelText('第几期')).toHaveValue(13));
}

describe('新建一期: the body', () => {
  it('offers the template, the previous issue and blank, and starts from the template', async () => {
    const { api } = setup({
      'templates.get': async () => ok(FIVE),
      // a 增刊 is not what 沿用上一期 follows
      'issues.list': listed(summary(12, 2024, 12), summary(30, 2024, 3, { supplement: true, totalNumber: null }), summary(11, 2024, 11)),
    });
    await ready();
    expect(screen.getByLabelText('按模板（5个部分）')).toBeChecked();
    expect(screen.getByLabelText('沿用上一期（2024年第12期（总第392期））')).not.toBeChecked();
    expect(screen.getByLabelText('空白')).not.toBeChecked();
    await userEvent.setup().click(screen.getByTestId('create-issue'));
    expect(api['issues.create']).toHaveBeenCalledWith({ seriesId: weekly.id, meta: proposal, body: 'template', confirm: [] });
  });

  it('creates from the previous issue when the clerk picks it', async () => {
    const { api, onCreated } = setup({ 'templates.get': async () => ok(FIVE), 'issues.list': listed(summary(12, 2024, 12)) });
    const user = userEvent.setup();
    await ready();
    await user.click(screen.getByTestId('body-previous'));
    await user.click(screen.getByTestId('create-issue'));
    expect(api['issues.create']).toHaveBeenCalledWith({ seriesId: weekly.id, meta: proposal, body: 'previous', confirm: [] });
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(issue(99)));
  });

  it('hides the template choice when the template cannot be read, and starts from the previous issue', async () => {
    setup({
      'templates.get': async () => ({ ok: false, error: { code: 'INTERNAL', message: '此功能尚在开发中。' } }),
      'issues.list': listed(summary(12, 2024, 12)),
    });
    await ready();
    expect(screen.queryByTestId('body-template')).toBeNull();
    expect(screen.getByTestId('body-previous')).toBeChecked();
  });

  it('offers only 空白 for a first issue without a template', async () => {
    const { api } = setup({ 'templates.get': async () => ok([]), 'issues.list': listed() });
    await ready();
    expect(screen.getAllByRole('radio')).toEqual([screen.getByLabelText('空白')]);
    expect(screen.getByLabelText('空白')).toBeChecked();
    await userEvent.setup().click(screen.getByTestId('create-issue'));
    expect(api['issues.create']).toHaveBeenCalledWith({ seriesId: weekly.id, meta: proposal, body: 'blank', confirm: [] });
  });
});

describe('新建一期: 增刊', () => {
  it('re-proposes as a 增刊 without a total and creates it as one', async () => {
    const { api } = setup({ 'templates.get': async () => ok([]), 'issues.list': listed() });
    const user = userEvent.setup();
    await ready();
    expect(screen.getByLabelText('总第几期')).toHaveValue(393);
    await user.click(screen.getByTestId('issue-supplement'));
    await waitFor(() => expect(screen.getByLabelText('第几期')).toHaveValue(2));
    expect(api['issues.propose']).toHaveBeenLastCalledWith({ seriesId: weekly.id, supplement: true });
    expect(screen.queryByLabelText('总第几期')).toBeNull();
    expect(screen.getByLabelText('时段开始')).toHaveValue('');
    await user.click(screen.getByTestId('create-issue'));
    expect(api['issues.create']).toHaveBeenCalledWith({ seriesId: weekly.id, meta: supplementProposal, body: 'blank', confirm: [] });
  });

  it('shows the 增刊 number line in the header, and its meta form has no 总第几期', async () => {
    const open = issue(5, undefined, { supplement: true, number: 1, totalNumber: null });
    render(
      <ApiProvider api={fakeApi()}>
        <IssueHeader issue={open} series={weekly} onUpdated={() => {}} />
      </ApiProvider>,
    );
    expect(screen.getByTestId('issue-number-line')).toHaveTextContent('2024年增刊第1期');
    await userEvent.setup().click(screen.getByRole('button', { name: '修改期号信息' }));
    expect(screen.getByLabelText('第几期')).toHaveValue(1);
    expect(screen.queryByLabelText('总第几期')).toBeNull();
  });
});
