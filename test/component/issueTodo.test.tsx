/**
 * 本期待办 in the open issue: each line a link that lands on its place (the block, the 考勤 side
 * panel, 本期报尾, 预览), 本期无请假记录 settles the attendance line, nothing left → 定稿 one click
 * away, and 定稿's question lists the same items.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor } from 'slate';
import { beforeEach, describe, expect, it } from 'vitest';
import { generated, numbered, paragraph, type BlockElement } from '../../shared/document/types';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { IssueView } from '../../renderer/src/issues/IssueView';
import { ok } from '../../shared/contract/result';
import { fakeEnvironment, FLOW_HTML, renderWith } from './previewHarness';
import { realApi } from './realApi';
import { seedAttendance } from './realAttendance';
import { saveBlocks, WEEKLY_ID } from './realSeed';

const NONE = ['本周无请假3天以上人员。'];

const BLOCKS: BlockElement[] = [
  numbered(1, '政务工作动态'),
  paragraph('（本周动态）'),
  numbered(1, '考勤情况'),
  generated('attendance', NONE),
];

/**
 * An issue of the weekly whose 报尾 has no 印数. `todo`: its series' template has 政务工作动态 with the
 * default text the body still has, and no attendance is entered; `done`: no template, two entries
 * and 80 copies. Main works out what is left (issues.todoFacts); jsdom lays nothing out, so the print
 * HTML is the one piece answered here.
 */
async function open(state: 'todo' | 'done' = 'todo') {
  const real = realApi();
  const seeded = await seedAttendance(real);
  const copies = state === 'done' ? 80 : null;
  const weekly = await real.value('series.updateClosing', {
    id: WEEKLY_ID,
    closing: { lines: [{ label: '报', text: '省政府办公厅' }], copies },
  });
  if (state === 'todo') {
    await real.value('templates.save', {
      seriesId: WEEKLY_ID,
      sections: [{ level: 1, title: '政务工作动态', defaultText: '（本周动态）', keepText: false, block: null }],
    });
  }
  const issue = await saveBlocks(real, seeded.issue.id, BLOCKS);
  if (state === 'done') {
    const entry = (name: string) => ({
      personId: seeded.person(name).id,
      leaveTypeId: seeded.typeId('事假'),
      start: '2024-06-17',
      end: '2024-06-18',
      note: '',
    });
    await real.value('attendance.saveEntries', { issueId: issue.id, entries: [entry('游文慧'), entry('杨伟')] });
  }
  real.api['export.printHtml'].mockImplementation(async () => ok({ html: FLOW_HTML }));
  let editor: BriefEditor | null = null;
  renderWith(
    real.api,
    fakeEnvironment(),
    <IssueView
      issue={issue}
      series={weekly}
      onUpdated={() => undefined}
      onFlushReady={() => undefined}
      onEditorReady={(e) => (editor = e)}
    />,
  );
  return { api: real.api, editor: () => editor! };
}

const panel = () => screen.getByTestId('todo-panel');

describe('本期待办 in the issue view', () => {
  // The preview's shown/hidden flag persists: every test starts with it hidden.
  beforeEach(() => localStorage.clear());

  it('lists what is left, and each line lands on its place', async () => {
    const { editor } = await open();
    const user = userEvent.setup();
    const section = await within(panel()).findByRole('button', { name: '“政务工作动态”仍是模板的默认文字，尚未改写' });
    expect(within(panel()).getByTestId('todo-closing')).toHaveTextContent('报：省政府办公厅');
    // A block: the caret goes to it.
    await user.click(section);
    expect(editor().selection && Editor.path(editor(), editor().selection!.anchor)[0]).toBe(0);
    // 印数: 本期报尾 opens.
    await user.click(within(panel()).getByRole('button', { name: '印数：未填写，报尾将不印“（共印N份）”' }));
    expect(await screen.findByRole('dialog', { name: /本期报尾/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    // 预览 (soft): the preview opens, and the reminder goes.
    await user.click(within(panel()).getByRole('button', { name: '预览：最近一次修改后还没有看过分页预览' }));
    expect(await screen.findByTestId('preview-status')).toBeInTheDocument();
    await waitFor(() => expect(within(panel()).queryByTestId('todo-preview')).toBeNull());
    // 考勤: the side panel opens on the attendance grid; confirming 本期无请假记录 settles the line.
    await user.click(within(panel()).getByRole('button', { name: '考勤：本期还没有录入请假记录，也未确认“本期无请假记录”' }));
    const records = await screen.findByTestId('records-panel');
    expect(within(records).getByRole('tab', { name: '考勤记录' })).toHaveAttribute('aria-selected', 'true');
    await user.click(await within(records).findByTestId('confirm-none-attendance'));
    expect(await within(records).findByTestId('confirm-none-status')).toHaveTextContent('已保存');
    await waitFor(() => expect(within(panel()).queryByTestId('todo-records-attendance')).toBeNull());
  });

  it('opens the records panel from the generated section itself', async () => {
    await open();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('open-records-attendance'));
    expect(await screen.findByTestId('records-panel')).toBeInTheDocument();
    expect(await screen.findByTestId('cell-1-person')).toBeInTheDocument();
    await user.click(screen.getByTestId('records-panel-close'));
    expect(screen.queryByTestId('records-panel')).toBeNull();
  });

  it('lists the same items in 定稿’s question', async () => {
    await open();
    const user = userEvent.setup();
    await within(panel()).findByTestId('todo-section-default-0');
    await user.click(screen.getByTestId('finalize-issue'));
    const dialog = await screen.findByRole('alertdialog', { name: '定稿' });
    const listed = within(dialog).getByTestId('confirm-details');
    expect(listed).toHaveTextContent('“政务工作动态”仍是模板的默认文字，尚未改写');
    expect(listed).toHaveTextContent('考勤：本期还没有录入请假记录');
    expect(listed).toHaveTextContent('印数：未填写');
  });

  it('says when nothing is left, with 定稿 one click away', async () => {
    await open('done');
    const user = userEvent.setup();
    expect(await within(panel()).findByTestId('todo-done')).toHaveTextContent('本期没有待办事项，可以定稿。');
    // Only the soft preview reminder is left: it does not hold 定稿 back.
    expect(
      within(panel())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['预览：最近一次修改后还没有看过分页预览']);
    await user.click(within(panel()).getByTestId('todo-finalize'));
    const dialog = await screen.findByRole('alertdialog', { name: '定稿' });
    expect(within(dialog).getByTestId('confirm-details')).toHaveTextContent('预览');
  });
});
