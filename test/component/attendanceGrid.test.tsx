import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AttendanceEntryInput } from '../../shared/attendance/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { EntryGrid } from '../../renderer/src/attendance/EntryGrid';
import { clearPendingChange, hasPendingChange } from '../../renderer/src/attendance/recordsChanged';
import { realApi } from './realApi';
import { seedAttendance } from './realAttendance';

/**
 * The grid over main's attendance: `saved` holds each list main accepted. `refuse` stands in for a
 * refusal main cannot give on purpose (one that mixes the contract's and the service's row counts).
 */
async function setup(refuse?: (entries: AttendanceEntryInput[]) => string | null) {
  const real = realApi();
  const seeded = await seedAttendance(real);
  const saved: AttendanceEntryInput[][] = [];
  real.api['attendance.saveEntries'].mockImplementation(async (input) => {
    const refusal = refuse?.(input.entries);
    if (refusal) return { ok: false as const, error: { code: 'INVALID_INPUT' as const, message: refusal } };
    const answer = await real.call('attendance.saveEntries', input);
    if (answer.ok) saved.push(input.entries);
    return answer;
  });
  const { issue, people, departments, leaveTypes } = seeded;
  // Every test's database numbers its issue 1: a change flagged by an earlier test must not carry over.
  clearPendingChange(issue.id);
  render(
    <ApiProvider api={real.api}>
      <EntryGrid issue={issue} entries={[]} people={people} departments={departments} leaveTypes={leaveTypes} onSaved={() => undefined} />
    </ApiProvider>,
  );
  const stored = () => real.value('attendance.listEntries', { issueId: issue.id });
  return { api: real.api, saved, stored, ...seeded };
}

describe('attendance entry grid', () => {
  it('enters rows by keyboard only: pinyin initials or characters, Enter to move on, saved at the end of each row', async () => {
    const { saved, person, typeId, issue, stored } = await setup();
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
    expect(saved[0]).toEqual([
      { personId: person('游文慧').id, leaveTypeId: typeId('因公外出'), start: '2024-06-19', end: '2024-06-21', note: '会议' },
    ]);
    // Row 2 is ready, focused; characters of the name work too, and Tab moves on like Enter.
    await waitFor(() => expect(screen.getByTestId('cell-2-person')).toHaveFocus());
    await user.keyboard('王{Tab}');
    expect(screen.getByTestId('cell-2-person')).toHaveValue('农业农村厅王毓');
    expect(screen.getByTestId('cell-2-type')).toHaveFocus();
    await user.keyboard('qbj{Enter}{Enter}{Enter}{Enter}');
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]![1]).toEqual({
      personId: person('王毓').id,
      leaveTypeId: typeId('请病假'),
      start: '2024-06-17',
      end: '2024-06-21',
      note: '',
    });
    expect(hasPendingChange(issue.id)).toBe(true);
    expect((await stored()).map((e) => `${e.personName}${e.leaveTypeName}${e.days}天`)).toEqual(['游文慧因公外出3天', '王毓请病假5天']);
  });

  it('↓ chooses another candidate, and a name not in the roster is refused with its row named', async () => {
    const { saved, person } = await setup();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('cell-1-person'));
    await user.keyboard('y'); // 游文慧, 杨伟 (民政厅, roster order)
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['民政厅游文慧', '民政厅杨伟']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('cell-1-person')).toHaveValue('民政厅杨伟');
    await user.keyboard('sj{Enter}{Enter}{Enter}{Enter}');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]![0]!.personId).toBe(person('杨伟').id);
    await waitFor(() => expect(screen.getByTestId('cell-2-person')).toHaveFocus());
    await user.keyboard('张三{Enter}sj{Enter}{Enter}{Enter}{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('第2行：请从名册中选择人员（“张三”未选定）');
    expect(saved).toHaveLength(1);
  });

  it('Enter into a date cell selects it like Tab: typing 25 replaces the pre-filled date (issue 13 item 12)', async () => {
    const { saved } = await setup();
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
    const { saved } = await setup();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('cell-1-person'));
    await user.keyboard('ywh{Enter}ygwc{Enter}{End}25{Enter}{Enter}{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('第1行开始日期：“2024-06-1725”不是有效日期（可写 25、11-25 或 2026-11-25）');
    expect(saved).toHaveLength(0);
  });

  it('turns a refusal into 第N行 and the field name, counted as the grid shows the rows', async () => {
    // The contract counts submitted rows from 0 with field keys, the service from 1; blank grid rows
    // are not sent, so with row 1 cleared the service's first row is the grid's 第2行.
    await setup((entries) => (entries.length === 1 ? '请求内容不正确：entries.0.start：数值过大；第1行：王毓的请病假与第1行重复' : null));
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
