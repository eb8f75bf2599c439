/** 厅（局）长进大厅 entry: keyboard only like the attendance grid, the sentence previewed live, 已保存 said. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { VisitInput } from '../../shared/attendance/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { VisitsEditor } from '../../renderer/src/attendance/VisitsEditor';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

/** The roster (商务厅 尹奇志, 科技厅 高量) and 2024年第25期 (6月17日—21日), stored through main's channels. */
async function setup() {
  const real = realApi();
  await seedWeekly(real);
  const shangwu = await real.value('roster.createDepartment', { name: '商务厅' });
  const keji = await real.value('roster.createDepartment', { name: '科技厅' });
  const yin = await real.value('roster.createPerson', { departmentId: shangwu.id, name: '尹奇志', title: '党组成员、副厅长' });
  await real.value('roster.createPerson', { departmentId: keji.id, name: '高量', title: '二级巡视员' });
  const { document: _body, ...issue } = await addIssue(real, weekMeta(25));
  void _body;
  const people = await real.value('roster.listPeople', {});
  const departments = await real.value('roster.listDepartments', {});
  render(
    <ApiProvider api={real.api}>
      <VisitsEditor issue={issue} visits={[]} people={people} departments={departments} autoFocus />
    </ApiProvider>,
  );
  const stored = () => real.value('attendance.listVisits', { issueId: issue.id });
  return { real, api: real.api, yin, stored };
}

describe('VisitsEditor', () => {
  it('takes visits by keyboard, previews the sentence as typed, and says 已保存', async () => {
    const { api, yin, stored } = await setup();
    const saved = (): VisitInput[][] => api['attendance.saveVisits'].mock.calls.map(([input]) => input.visits);
    const user = userEvent.setup();
    expect(screen.getByTestId('visit-1-name')).toHaveFocus();
    expect(screen.getByTestId('visits-preview')).toHaveTextContent('本周无厅（局）长进大厅。');
    // A roster pick fills 职务 and 部门 and goes straight to the date, selected: 18 replaces it.
    await user.keyboard('yqz{Enter}');
    expect(screen.getByTestId('visit-1-date')).toHaveFocus();
    await user.keyboard('18{Enter}{Enter}');
    await waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]).toEqual([
      { personId: yin.id, name: '尹奇志', title: '党组成员、副厅长', department: '商务厅', date: '2024-06-18', kind: '调研值守' },
    ]);
    expect(await screen.findByTestId('visits-status')).toHaveTextContent('已保存（1 条）');
    expect((await stored()).map((v) => `${v.department}${v.name}${v.date}`)).toEqual(['商务厅尹奇志2024-06-18']);
    expect(screen.getByTestId('visit-1-date')).toHaveValue('2024-06-18');
    await waitFor(() => expect(screen.getByTestId('visit-2-name')).toHaveFocus());
    await user.keyboard('gl{Enter}19');
    // Live: the second name is in the sentence before anything is saved.
    expect(screen.getByTestId('visits-preview')).toHaveTextContent(
      '本周，商务厅党组成员、副厅长尹奇志，科技厅二级巡视员高量到省政务服务大厅窗口调研值守。',
    );
    expect(saved()).toHaveLength(1);
  });

  it('saves one list at a time: a row finished while a save is on its way is saved after it, whole', async () => {
    const saved: string[][] = [];
    let inFlight = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const { real, api, stored } = await setup();
    // Each save is held until the test lets it go, then main stores it.
    api['attendance.saveVisits'].mockImplementation(async (input) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => releases.push(resolve));
      inFlight--;
      saved.push(input.visits.map((v) => v.name));
      return real.call('attendance.saveVisits', input);
    });
    const user = userEvent.setup();
    await user.keyboard('yqz{Enter}18{Enter}{Enter}');
    await waitFor(() => expect(releases).toHaveLength(1));
    // The first save is still on its way when the second row is finished.
    await waitFor(() => expect(screen.getByTestId('visit-2-name')).toHaveFocus());
    await user.keyboard('gl{Enter}19{Enter}{Enter}');
    expect(releases).toHaveLength(1);
    releases[0]!();
    await waitFor(() => expect(releases).toHaveLength(2));
    releases[1]!();
    expect(await screen.findByText('已保存（2 条）')).toBeInTheDocument();
    expect(saved).toEqual([['尹奇志'], ['尹奇志', '高量']]);
    expect(most).toBe(1);
    expect((await stored()).map((v) => v.name)).toEqual(['尹奇志', '高量']);
  });

  it('names a bad date by its row and field and saves nothing', async () => {
    const { api } = await setup();
    const user = userEvent.setup();
    await user.keyboard('yqz{Enter}6-99{Enter}{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('第1行日期：“6-99”不是有效日期');
    expect(screen.getByTestId('visits-status')).toHaveTextContent('保存失败');
    expect(api['attendance.saveVisits']).not.toHaveBeenCalled();
  });
});
