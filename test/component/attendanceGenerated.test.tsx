import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../shared/document/commands';
import { generated, numbered, paragraph } from '../../shared/document/types';
import { markRecordsChanged } from '../../renderer/src/attendance/recordsChanged';
import { renderEditor } from './editorHarness';
import { fakeApi, ok } from './fakeApi';

const OLD = ['本周无请假3天以上人员。'];
const NEW = ['本周累计请假3天以上的有：', '事假：民政厅游文慧。'];

function setup(lines: string[], answer: string[], issueId = 41) {
  const api = fakeApi({
    'generated.render': async () => ok(answer),
    'issues.saveDocument': async () => ok({ revision: 2, updatedAt: '2024-07-01T08:00:00.000Z' }),
  });
  const view = renderEditor(api, [numbered(1, '考勤情况'), generated('attendance', lines), paragraph('完')], issueId);
  return { api, ...view };
}

describe('generated block in the editor', () => {
  it('is marked with its label and shows its stored lines', async () => {
    setup(OLD, OLD);
    const block = screen.getByTestId('generated-attendance');
    expect(block).toHaveTextContent('自动生成·考勤情况');
    expect([...block.querySelectorAll('[data-generated-line]')].map((p) => p.textContent)).toEqual(OLD);
  });

  it('keeps its printed lines on opening when the records now say otherwise, and says so', async () => {
    const { editor, api } = setup(OLD, NEW);
    await waitFor(() => expect(api['generated.render']).toHaveBeenCalledWith({ issueId: 41, kind: 'attendance' }));
    expect(await screen.findByText('记录已变化')).toBeInTheDocument();
    expect(blocksOf(editor)[1]).toEqual(generated('attendance', OLD));
    await userEvent.click(screen.getByRole('button', { name: '更新' }));
    await waitFor(() => expect(blocksOf(editor)[1]).toEqual(generated('attendance', NEW)));
  });

  it('re-renders at once when the records of its issue change, and the new lines are saved', async () => {
    const { editor, api } = setup(OLD, NEW, 42);
    await waitFor(() => expect(api['generated.render']).toHaveBeenCalled());
    act(() => markRecordsChanged(99)); // another issue: nothing happens
    expect(blocksOf(editor)[1]).toEqual(generated('attendance', OLD));
    act(() => markRecordsChanged(42));
    await waitFor(() => expect(blocksOf(editor)[1]).toEqual(generated('attendance', NEW)));
    await waitFor(() => expect(api['issues.saveDocument']).toHaveBeenCalled(), { timeout: 5000 });
    const savedBlocks = api['issues.saveDocument'].mock.calls.at(-1)![0].document.blocks;
    expect(savedBlocks[1]).toEqual(generated('attendance', NEW));
  });

  it('keeps re-rendering as row after row is saved while the issue is open (the side panel)', async () => {
    const { editor, api } = setup(OLD, NEW, 45);
    await waitFor(() => expect(api['generated.render']).toHaveBeenCalled());
    act(() => markRecordsChanged(45));
    await waitFor(() => expect(blocksOf(editor)[1]).toEqual(generated('attendance', NEW)));
    // The block was replaced by the first update; the second change must still reach it.
    const THIRD = ['本周累计请假3天以上的有：', '事假：民政厅杨伟。'];
    api['generated.render'].mockImplementation(async () => ok(THIRD));
    act(() => markRecordsChanged(45));
    await waitFor(() => expect(blocksOf(editor)[1]).toEqual(generated('attendance', THIRD)));
  });

  it('turns into ordinary paragraphs with 转为普通文字', async () => {
    const { editor } = setup(NEW, NEW, 43);
    await userEvent.click(screen.getByRole('button', { name: '转为普通文字' }));
    expect(blocksOf(editor)).toEqual([numbered(1, '考勤情况'), paragraph(NEW[0]), paragraph(NEW[1]), paragraph('完')]);
    expect(screen.queryByTestId('generated-attendance')).toBeNull();
  });

  it('is inserted from the toolbar with the current text', async () => {
    const api = fakeApi({ 'generated.render': async () => ok(['本周，商务厅副厅长梁勇到省政务服务大厅窗口调研值守。']) });
    const { editor } = renderEditor(api, [paragraph('正文')], 44);
    await userEvent.selectOptions(screen.getByTestId('insert-generated'), 'leaderVisits');
    await waitFor(() =>
      expect(blocksOf(editor)).toEqual([paragraph('正文'), generated('leaderVisits', ['本周，商务厅副厅长梁勇到省政务服务大厅窗口调研值守。'])]),
    );
  });
});
