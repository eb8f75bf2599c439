import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../shared/document/commands';
import { generated, numbered, paragraph } from '../../shared/document/types';
import { clearPendingChange, markRecordsChanged } from '../../renderer/src/attendance/recordsChanged';
import { renderEditor } from './editorHarness';
import { realApi, type RealApi } from './realApi';
import { seedAttendance, type SeededAttendance } from './realAttendance';

/** What main writes for 第25期: nobody away, or 游文慧 on 事假 all week (5 days, over the threshold of 3). */
const OLD = ['本周无请假3天以上人员。'];
const NEW = ['本周累计请假3天以上的有：', '事假：民政厅游文慧。'];

/** Stores a week of 事假 for `name` as the issue's only entry. */
function awayAllWeek(real: RealApi, seeded: SeededAttendance, name: string) {
  return real.value('attendance.saveEntries', {
    issueId: seeded.issue.id,
    entries: [{ personId: seeded.person(name).id, leaveTypeId: seeded.typeId('事假'), start: '2024-06-17', end: '2024-06-21', note: '' }],
  });
}

/** The block prints `lines`; the records are OLD's or NEW's. */
async function setup(lines: string[], records: 'old' | 'new') {
  const real = realApi();
  const seeded = await seedAttendance(real);
  if (records === 'new') await awayAllWeek(real, seeded, '游文慧');
  // Every test's database numbers its issue 1: a change flagged by an earlier test must not carry over.
  clearPendingChange(seeded.issue.id);
  const view = renderEditor(real.api, [numbered(1, '考勤情况'), generated('attendance', lines), paragraph('完')], seeded.issue.id);
  return { real, api: real.api, issueId: seeded.issue.id, seeded, ...view };
}

describe('generated block in the editor', () => {
  it('is marked with its label and shows its stored lines', async () => {
    await setup(OLD, 'old');
    const block = screen.getByTestId('generated-attendance');
    expect(block).toHaveTextContent('自动生成·考勤情况');
    expect([...block.querySelectorAll('[data-generated-line]')].map((p) => p.textContent)).toEqual(OLD);
  });

  it('keeps its printed lines on opening when the records now say otherwise, and says so', async () => {
    const { editor, api, issueId } = await setup(OLD, 'new');
    await waitFor(() => expect(api['generated.render']).toHaveBeenCalledWith({ issueId, kind: 'attendance' }));
    expect(await screen.findByText('记录已变化')).toBeInTheDocument();
    expect(blocksOf(editor)[1]).toEqual(generated('attendance', OLD));
    await userEvent.click(screen.getByRole('button', { name: '更新' }));
    await waitFor(() => expect(blocksOf(editor)[1]).toEqual(generated('attendance', NEW)));
  });

  it('re-renders at once when the records of its issue change, and the new lines are saved', async () => {
    const { editor, api, issueId, real } = await setup(OLD, 'new');
    await waitFor(() => expect(api['generated.render']).toHaveBeenCalled());
    act(() => markRecordsChanged(issueId + 1)); // another issue: nothing happens
    expect(blocksOf(editor)[1]).toEqual(generated('attendance', OLD));
    act(() => markRecordsChanged(issueId));
    await waitFor(() => expect(blocksOf(editor)[1]).toEqual(generated('attendance', NEW)));
    await waitFor(() => expect(api['issues.saveDocument']).toHaveBeenCalled(), { timeout: 5000 });
    const savedBlocks = api['issues.saveDocument'].mock.calls.at(-1)![0].document.blocks;
    expect(savedBlocks[1]).toEqual(generated('attendance', NEW));
    await waitFor(async () =>
      expect((await real.value('issues.get', { id: issueId })).document.blocks[1]).toEqual(generated('attendance', NEW)),
    );
  });

  it('keeps re-rendering as row after row is saved while the issue is open (the side panel)', async () => {
    const { editor, api, issueId, real, seeded } = await setup(OLD, 'new');
    await waitFor(() => expect(api['generated.render']).toHaveBeenCalled());
    act(() => markRecordsChanged(issueId));
    await waitFor(() => expect(blocksOf(editor)[1]).toEqual(generated('attendance', NEW)));
    // The block was replaced by the first update; the second change must still reach it.
    const THIRD = ['本周累计请假3天以上的有：', '事假：民政厅杨伟。'];
    await awayAllWeek(real, seeded, '杨伟');
    act(() => markRecordsChanged(issueId));
    await waitFor(() => expect(blocksOf(editor)[1]).toEqual(generated('attendance', THIRD)));
  });

  it('turns into ordinary paragraphs with 转为普通文字', async () => {
    const { editor } = await setup(NEW, 'new');
    await userEvent.click(screen.getByRole('button', { name: '转为普通文字' }));
    expect(blocksOf(editor)).toEqual([numbered(1, '考勤情况'), paragraph(NEW[0]), paragraph(NEW[1]), paragraph('完')]);
    expect(screen.queryByTestId('generated-attendance')).toBeNull();
  });

  it('is inserted from the toolbar with the current text', async () => {
    const real = realApi();
    const { issue } = await seedAttendance(real);
    await real.value('attendance.saveVisits', {
      issueId: issue.id,
      visits: [{ personId: null, name: '梁勇', title: '副厅长', department: '商务厅', date: '2024-06-19', kind: '调研值守' }],
    });
    const { editor } = renderEditor(real.api, [paragraph('正文')], issue.id);
    await userEvent.selectOptions(screen.getByTestId('insert-generated'), 'leaderVisits');
    await waitFor(() =>
      expect(blocksOf(editor)).toEqual([
        paragraph('正文'),
        generated('leaderVisits', ['本周，商务厅副厅长梁勇到省政务服务大厅窗口调研值守。']),
      ]),
    );
  });
});
