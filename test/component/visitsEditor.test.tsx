/** 厅（局）长进大厅 entry: keyboard only like the attendance grid, the sentence previewed live, 已保存 said. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Visit, VisitInput } from '../../shared/attendance/types';
import type { Department, Person } from '../../shared/roster/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { VisitsEditor } from '../../renderer/src/attendance/VisitsEditor';
import { fakeApi, ok, summary } from './fakeApi';

const departments: Department[] = [
  { id: 1, name: '商务厅', fullName: '', sortOrder: 1, active: true },
  { id: 2, name: '科技厅', fullName: '', sortOrder: 2, active: true },
];
const people: Person[] = [
  { id: 11, name: '尹奇志', departmentId: 1, title: '党组成员、副厅长', sortOrder: 1, active: true },
  { id: 21, name: '高量', departmentId: 2, title: '二级巡视员', sortOrder: 1, active: true },
];

describe('VisitsEditor', () => {
  it('takes visits by keyboard, previews the sentence as typed, and says 已保存', async () => {
    const saved: VisitInput[][] = [];
    const api = fakeApi({
      'attendance.getSettings': async () => ({ ok: false, error: { code: 'INTERNAL', message: '无' } }),
      'attendance.saveVisits': async ({ visits }) => {
        saved.push(visits);
        return ok(visits.map((v, i): Visit => ({ ...v, id: i + 1, issueId: 7, position: i })));
      },
    });
    render(
      <ApiProvider api={api}>
        <VisitsEditor issue={summary(7, 2024, 20)} visits={[]} people={people} departments={departments} autoFocus />
      </ApiProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getByTestId('visit-1-name')).toHaveFocus();
    expect(screen.getByTestId('visits-preview')).toHaveTextContent('本周无厅（局）长进大厅。');
    // A roster pick fills 职务 and 部门 and goes straight to the date, selected: 18 replaces it.
    await user.keyboard('yqz{Enter}');
    expect(screen.getByTestId('visit-1-date')).toHaveFocus();
    await user.keyboard('18{Enter}{Enter}');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual([
      { personId: 11, name: '尹奇志', title: '党组成员、副厅长', department: '商务厅', date: '2024-06-18', kind: '调研值守' },
    ]);
    expect(await screen.findByTestId('visits-status')).toHaveTextContent('已保存（1 条）');
    expect(screen.getByTestId('visit-1-date')).toHaveValue('2024-06-18');
    await waitFor(() => expect(screen.getByTestId('visit-2-name')).toHaveFocus());
    await user.keyboard('gl{Enter}19');
    // Live: the second name is in the sentence before anything is saved.
    expect(screen.getByTestId('visits-preview')).toHaveTextContent(
      '本周，商务厅党组成员、副厅长尹奇志，科技厅二级巡视员高量到省政务服务大厅窗口调研值守。',
    );
    expect(saved).toHaveLength(1);
  });

  it('saves one list at a time: a row finished while a save is on its way is saved after it, whole', async () => {
    const saved: string[][] = [];
    let inFlight = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const api = fakeApi({
      'attendance.getSettings': async () => ({ ok: false, error: { code: 'INTERNAL', message: '无' } }),
      'attendance.saveVisits': async ({ visits }) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise<void>((resolve) => releases.push(resolve));
        inFlight--;
        saved.push(visits.map((v) => v.name));
        return ok(visits.map((v, i): Visit => ({ ...v, id: i + 1, issueId: 7, position: i })));
      },
    });
    render(
      <ApiProvider api={api}>
        <VisitsEditor issue={summary(7, 2024, 20)} visits={[]} people={people} departments={departments} autoFocus />
      </ApiProvider>,
    );
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
  });

  it('names a bad date by its row and field and saves nothing', async () => {
    const api = fakeApi({ 'attendance.getSettings': async () => ({ ok: false, error: { code: 'INTERNAL', message: '无' } }) });
    render(
      <ApiProvider api={api}>
        <VisitsEditor issue={summary(7, 2024, 20)} visits={[]} people={people} departments={departments} autoFocus />
      </ApiProvider>,
    );
    const user = userEvent.setup();
    await user.keyboard('yqz{Enter}6-99{Enter}{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('第1行日期：“6-99”不是有效日期');
    expect(screen.getByTestId('visits-status')).toHaveTextContent('保存失败');
    expect(api['attendance.saveVisits']).not.toHaveBeenCalled();
  });
});
