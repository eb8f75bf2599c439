import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IssueMeta, Series } from '../../shared/issues/types';
import type { TemplateSection } from '../../shared/templates/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { IssueHeader } from '../../renderer/src/issues/IssueHeader';
import { NewIssue } from '../../renderer/src/issues/NewIssue';
import { realApi, type RealApi } from './realApi';
import { addIssue, seedWeekly, WEEKLY_ID } from './realSeed';

/** What main proposes after 第12期 (总第392期, 6月17日—21日) on the pinned today, 2024-07-04. */
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
/** After 2024年增刊第1期. */
const supplementProposal: IssueMeta = { ...proposal, supplement: true, number: 2, totalNumber: null, periodStart: null, periodEnd: null };

const section = (title: string): TemplateSection => ({ level: 1, title, defaultText: '', keepText: false, block: null });
const FIVE = ['政务工作动态', '厅（局）长进大厅', '“高效办成一件事”专项行动', '惠企政策直达快享专项行动', '综窗改革攻坚行动'].map(section);

const week = (number: number, monday: string, friday: string): IssueMeta => ({
  supplement: false,
  year: 2024,
  number,
  totalNumber: 380 + number,
  issueDate: friday,
  periodStart: monday,
  periodEnd: friday,
  partTitle: null,
});
const ELEVENTH = week(11, '2024-06-10', '2024-06-14');
const TWELFTH = week(12, '2024-06-17', '2024-06-21');
const SUPPLEMENT: IssueMeta = { ...TWELFTH, supplement: true, number: 1, totalNumber: null, periodStart: null, periodEnd: null };

/** The weekly with `template` and `issues` stored through main's channels, then the form. */
async function setup(template: TemplateSection[] | 'unreadable', issues: IssueMeta[]) {
  const real: RealApi = realApi();
  const weekly: Series = await seedWeekly(real, { partTitle: null });
  if (template === 'unreadable') {
    // A refusal main gives only for a damaged row: stood in for here.
    real.refuseOnce('templates.get', 'INTERNAL', '此功能尚在开发中。');
  } else {
    await real.value('templates.save', { seriesId: WEEKLY_ID, sections: template });
  }
  for (const meta of issues) await addIssue(real, meta);
  const onCreated = vi.fn();
  render(
    <ApiProvider api={real.api}>
      <NewIssue series={weekly} onCreated={onCreated} onCancel={() => {}} />
    </ApiProvider>,
  );
  return { real, api: real.api, weekly, onCreated };
}

async function ready(number = 13) {
  await screen.findByTestId('body-choice');
  await waitFor(() => expect(screen.getByLabelText('第几期')).toHaveValue(number));
}

describe('新建一期: the body', () => {
  it('offers the template, the previous issue and blank, and starts from the template', async () => {
    // A 增刊 (made last) is not what 沿用上一期 follows.
    const { api, weekly } = await setup(FIVE, [ELEVENTH, TWELFTH, { ...SUPPLEMENT, number: 3 }]);
    await ready();
    expect(screen.getByLabelText('按模板（5个部分）')).toBeChecked();
    expect(screen.getByLabelText('沿用上一期（2024年第12期（总第392期））')).not.toBeChecked();
    expect(screen.getByLabelText('空白')).not.toBeChecked();
    await userEvent.setup().click(screen.getByTestId('create-issue'));
    expect(api['issues.create']).toHaveBeenCalledWith({ seriesId: weekly.id, meta: proposal, body: 'template', confirm: [] });
  });

  it('creates from the previous issue when the clerk picks it', async () => {
    const { api, onCreated, weekly, real } = await setup(FIVE, [TWELFTH]);
    const user = userEvent.setup();
    await ready();
    await user.click(screen.getByTestId('body-previous'));
    await user.click(screen.getByTestId('create-issue'));
    expect(api['issues.create']).toHaveBeenCalledWith({ seriesId: weekly.id, meta: proposal, body: 'previous', confirm: [] });
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ number: 13, totalNumber: 393 })));
    expect((await real.value('issues.list', { seriesId: weekly.id })).map((i) => i.number)).toEqual([13, 12]);
  });

  it('hides the template choice when the template cannot be read, and starts from the previous issue', async () => {
    await setup('unreadable', [TWELFTH]);
    await ready();
    expect(screen.queryByTestId('body-template')).toBeNull();
    expect(screen.getByTestId('body-previous')).toBeChecked();
  });

  it('offers only 空白 for a first issue without a template', async () => {
    const { api, weekly, real } = await setup([], []);
    await ready(1);
    expect(screen.getAllByRole('radio')).toEqual([screen.getByLabelText('空白')]);
    expect(screen.getByLabelText('空白')).toBeChecked();
    const first = await real.value('issues.propose', { seriesId: weekly.id });
    await userEvent.setup().click(screen.getByTestId('create-issue'));
    expect(api['issues.create']).toHaveBeenCalledWith({ seriesId: weekly.id, meta: first, body: 'blank', confirm: [] });
  });
});

describe('新建一期: 增刊', () => {
  it('re-proposes as a 增刊 without a total and creates it as one', async () => {
    const { api, weekly } = await setup([], [TWELFTH, SUPPLEMENT]);
    const user = userEvent.setup();
    await ready();
    expect(screen.getByLabelText('总第几期')).toHaveValue(393);
    await user.click(screen.getByTestId('issue-supplement'));
    await waitFor(() => expect(screen.getByLabelText('第几期')).toHaveValue(2));
    expect(api['issues.propose']).toHaveBeenLastCalledWith({ seriesId: weekly.id, supplement: true });
    expect(screen.queryByLabelText('总第几期')).toBeNull();
    expect(screen.getByLabelText('时段开始')).toHaveValue('');
    await user.click(screen.getByTestId('create-issue'));
    // 第12期 is there to follow, so 沿用上一期 stays the choice for the 增刊 too.
    expect(api['issues.create']).toHaveBeenCalledWith({ seriesId: weekly.id, meta: supplementProposal, body: 'previous', confirm: [] });
  });

  it('shows the 增刊 number line in the header, and its meta form has no 总第几期', async () => {
    const real = realApi();
    const weekly = await seedWeekly(real);
    const open = await addIssue(real, SUPPLEMENT);
    render(
      <ApiProvider api={real.api}>
        <IssueHeader issue={open} series={weekly} onUpdated={() => {}} />
      </ApiProvider>,
    );
    expect(screen.getByTestId('issue-number-line')).toHaveTextContent('2024年增刊第1期');
    await userEvent.setup().click(screen.getByRole('button', { name: '修改期号信息' }));
    expect(screen.getByLabelText('第几期')).toHaveValue(1);
    expect(screen.queryByLabelText('总第几期')).toBeNull();
  });
});
