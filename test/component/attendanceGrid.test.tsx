import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AttendanceEntryInput, AttendanceEntryView, LeaveType } from '../../shared/attendance/types';
import { DEFAULT_LEAVE_TYPES } from '../../shared/attendance/types';
import type { Department, Person } from '../../shared/roster/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { EntryGrid } from '../../renderer/src/attendance/EntryGrid';
import { hasPendingChange } from '../../renderer/src/attendance/recordsChanged';
import { fakeApi, ok, summary } from './fakeApi';

const departments: Department[] = [
  { id: 1, name: '民政厅', fullName: '', sortOrder: 1, active: true },
  { id: 2, name: '农业农村厅', fullName: '', sortOrder: 2, active: true },
];
const people: Person[] = [
  { id: 11, name: '游文慧', departmentId: 1, title: '', sortOrder: 1, active: true },
  { id: 12, name: '杨伟', departmentId: 1, title: '', sortOrder: 2, active: true },
  { id: 21, name: '王毓', departmentId: 2, title: '', sortOrder: 1, active: true },
];
const leaveTypes: LeaveType[] = DEFAULT_LEAVE_TYPES.map((name, i) => ({ id: 100 + i, name, position: i }));
const typeId = (name: string) => leaveTypes.find((t) => t.name === name)!.id;
const issue = summary(7, 2024, 20); // period 2024-06-17 — 2024-06-21

function setup(refuse?: (entries: AttendanceEntryInput[]) => string | null) {
  const saved: AttendanceEntryInput[][] = [];
  const api = fakeApi({
    'attendance.saveEntries': async ({ entries }) => {
      const refusal = refuse?.(entries);
      if (refusal) return { ok: false as const, error: { code: 'INVALID_INPUT' as const, message: refusal } };
      saved.push(entries);
      return ok(
        entries.map(
          (e, i): AttendanceEntryView => ({
            ...e,
            id: i + 1,
            issueId: 7,
            position: i,
            note: e.note ?? '',
            personName: people.find((p) => p.id === e.personId)!.name,
            departmentName: '',
            leaveTypeName: leaveTypes.find((t) => t.id === e.leaveTypeId)!.name,
            days: 3,
          }),
        ),
      );
    },
  });
  render(
    <ApiProvider api={api}>
      <EntryGrid issue={issue} entries={[]} people={people} departments={departments} leaveTypes={leaveTypes} onSaved={() => undefined} />
    </ApiProvider>,
  );
  return { api, saved };
}

describe('attendance entry grid', () => {
  it('enters rows by keyboard only: pinyin initials or characters, Enter to move on, saved at the end of each row', async () => {
    const { saved } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('cell-1-person'));
    // Row 1: initials pick the person and the type; dates keep the period; a short date works.
    await user.keyboard('ywh{Enter}');
    expect(screen.getByTestId('cell-1-person')).toHaveValue('民政厅游文慧');
    expect(screen.getByTestId('cell-1-type')).toHaveFocus();
    await user.keyboard('ygwc{Enter}');
    expect(screen.getByTestId('cell-1-type')).toHaveValue('因公外出');
    await user.keyboard('{Control>}a{/Control}19{Enter}{Enter}会议{Enter}');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual([{ personId: 11, leaveTypeId: typeId('因公外出'), start: '2024-06-19', end: '2024-06-21', note: '会议' }]);
    // Row 2 is ready, focused; characters of the name work too, and Tab moves on like Enter.
    await waitFor(() => expect(screen.getByTestId('cell-2-person')).toHaveFocus());
    await user.keyboard('王{Tab}');
    expect(screen.getByTestId('cell-2-person')).toHaveValue('农业农村厅王毓');
    expect(screen.getByTestId('cell-2-type')).toHaveFocus();
    await user.keyboard('qbj{Enter}{Enter}{Enter}{Enter}');
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]![1]).toEqual({ personId: 21, leaveTypeId: typeId('请病假'), start: '2024-06-17', end: '2024-06-21', note: '' });
    expect(hasPendingChange(7)).toBe(true);
  });

  it('↓ chooses another candidate, and a name not in the roster is refused with its row named', async () => {
    const { saved } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('cell-1-person'));
    await user.keyboard('y'); // 游文慧, 杨伟 (民政厅, roster order)
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['民政厅游文慧', '民政厅杨伟']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('cell-1-person')).toHaveValue('民政厅杨伟');
    await user.keyboard('sj{Enter}{Enter}{Enter}{Enter}');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]![0]!.personId).toBe(12);
    await waitFor(() => expect(screen.getByTestId('cell-2-person')).toHaveFocus());
    await user.keyboard('张三{Enter}sj{Enter}{Enter}{Enter}{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('第2行：请从名册中选择人员（“张三”未选定）');
    expect(saved).toHaveLength(1);
  });

  it('Enter into a date cell selects it like Tab: typing 25 replaces the pre-filled date (issue 13 item 12)', async () => {
    const { saved } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('cell-1-person'));
    await user.keyboard('ywh{Enter}ygwc{Enter}');
    const start = screen.getByTestId('cell-1-start') as HTMLInputElement;
    expect(start).toHaveFocus();
    expect([start.selectionStart, start.selectionEnd]).toEqual([0, '2024-06-17'.length]);
    await user.keyboard('18');
    expect(start).toHaveValue('18');
    await user.keyboard('{Enter}20{Enter}{Enter}');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]![0]).toMatchObject({ start: '2024-06-18', end: '2024-06-20' });
    // Saved: the grid shows the dates as stored and the days the service counted, at once.
    await waitFor(() => expect(screen.getByTestId('cell-1-start')).toHaveValue('2024-06-18'));
    expect(screen.getByTestId('cell-1-end')).toHaveValue('2024-06-20');
    expect(screen.getByTestId('days-1')).toHaveTextContent('3');
    expect(screen.getByTestId('save-status')).toHaveTextContent('已保存（1 条）');
  });

  it('names a date it cannot read by the row the clerk sees and the field, and sends nothing', async () => {
    const { saved } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('cell-1-person'));
    await user.keyboard('ywh{Enter}ygwc{Enter}{End}25{Enter}{Enter}{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '第1行开始日期：“2024-06-1725”不是有效日期（可写 25、11-25 或 2026-11-25）',
    );
    expect(saved).toHaveLength(0);
  });

  it('turns a refusal into 第N行 and the field name, counted as the grid shows the rows', async () => {
    // The contract counts submitted rows from 0 with field keys, the service from 1; blank grid rows
    // are not sent, so with row 1 cleared the service's first row is the grid's 第2行.
    setup((entries) =>
      entries.length === 1 ? '请求内容不正确：entries.0.start：数值过大；第1行：王毓的请病假与第1行重复' : null,
    );
    const user = userEvent.setup();
    await user.click(screen.getByTestId('cell-1-person'));
    await user.keyboard('ywh{Enter}ygwc{Enter}{Enter}{Enter}{Enter}');
    await waitFor(() => expect(screen.getByTestId('cell-2-person')).toHaveFocus());
    await user.keyboard('王{Enter}qbj{Enter}{Enter}{Enter}{Enter}');
    await user.clear(screen.getByTestId('cell-1-person'));
    await user.clear(screen.getByTestId('cell-1-type'));
    await user.click(screen.getByRole('button', { name: '保存考勤' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('第2行开始日期：数值过大');
    expect(alert).toHaveTextContent('第2行：王毓的请病假与第2行重复');
    expect(alert.textContent).not.toMatch(/entries|请求内容不正确/);
    expect(screen.getByTestId('save-status')).toHaveTextContent('保存失败');
  });
});
