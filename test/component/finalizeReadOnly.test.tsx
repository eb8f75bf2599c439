/**
 * What a finalized issue shows read-only beyond the editor's text: generated sections (no re-render,
 * no buttons), table cells, the issue's 报尾, 历史版本 (no restore), and the 定稿 mark in the list.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SavePoint, VersionDiff } from '../../shared/archive/types';
import type { IssueClosing } from '../../shared/contract/channels';
import { blocksOf } from '../../shared/document/commands';
import { table } from '../../shared/document/table';
import { generated, numbered, paragraph, type BlockElement } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { HistoryDialog } from '../../renderer/src/archive/HistoryDialog';
import { markRecordsChanged } from '../../renderer/src/attendance/recordsChanged';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { DocumentEditor } from '../../renderer/src/editor/DocumentEditor';
import { IssueClosingDialog } from '../../renderer/src/settings/IssueClosingDialog';
import { IssueList } from '../../renderer/src/sidebar/IssueList';
import { fakeApi, ok, summary, weekly, type FakeApi } from './fakeApi';

const PRINTED = ['本周无请假3天以上人员。'];

function renderEditor(api: FakeApi, blocks: BlockElement[], readOnly: boolean, issueId: number) {
  let editor: BriefEditor | null = null;
  render(
    <ApiProvider api={api}>
      <DocumentEditor issueId={issueId} initialBlocks={blocks} readOnly={readOnly} onEditorReady={(e) => (editor = e)} />
    </ApiProvider>,
  );
  return editor! as BriefEditor;
}

describe('generated sections of a finalized issue', () => {
  const renderApi = () => fakeApi({ 'generated.render': async () => ok(['本周累计请假3天以上的有：', '事假：民政厅游文慧。']) });

  it('are neither re-rendered nor applied, even with a records change pending, and offer no buttons', () => {
    const api = renderApi();
    markRecordsChanged(61); // a change waiting for the issue: a draft would apply it on opening
    const editor = renderEditor(api, [numbered(1, '考勤情况'), generated('attendance', PRINTED)], true, 61);
    expect(api['generated.render']).not.toHaveBeenCalled();
    markRecordsChanged(61);
    expect(api['generated.render']).not.toHaveBeenCalled();
    expect(blocksOf(editor)[1]).toEqual(generated('attendance', PRINTED));
    const block = screen.getByTestId('generated-attendance');
    expect(block).toHaveTextContent('自动生成·考勤情况');
    expect(block).toHaveTextContent(PRINTED[0]!);
    expect(within(block).queryByRole('button', { name: '更新' })).toBeNull();
    expect(within(block).queryByRole('button', { name: '转为普通文字' })).toBeNull();
  });

  it('(the same block in a draft renders from the records and offers both buttons)', () => {
    const api = renderApi();
    renderEditor(api, [generated('attendance', PRINTED)], false, 62);
    expect(api['generated.render']).toHaveBeenCalledWith({ issueId: 62, kind: 'attendance' });
    const block = screen.getByTestId('generated-attendance');
    expect(within(block).getByRole('button', { name: '更新' })).toBeEnabled();
    expect(within(block).getByRole('button', { name: '转为普通文字' })).toBeEnabled();
  });
});

describe('a table in a finalized issue', () => {
  it('shows its cells disabled, and its own tools too', () => {
    renderEditor(fakeApi(), [paragraph('表'), table([['项目', '件数'], ['受理', '705']])], true, 63);
    const cells = screen.getAllByRole('textbox');
    expect(cells.map((c) => (c as HTMLInputElement).value)).toEqual(['项目', '件数', '受理', '705']);
    for (const cell of cells) expect(cell).toBeDisabled();
    const tools = within(within(screen.getByTestId('editor')).getByRole('group', { name: '表格' }));
    for (const name of ['插入行', '插入列']) expect(tools.getByRole('button', { name })).toBeDisabled();
    expect(tools.getByRole('checkbox', { name: '首行为表头' })).toBeDisabled();
  });
});

describe('本期报尾 of a finalized issue', () => {
  it('is shown but cannot be changed or saved', async () => {
    const own = { lines: [{ label: '报' as const, text: '省政府办公厅' }], copies: 30 };
    const api = fakeApi({ 'issues.closing': async () => ok<IssueClosing>({ issueId: 7, override: own, effective: own }) });
    render(
      <ApiProvider api={api}>
        <IssueClosingDialog issueId={7} readOnly onSaved={() => {}} onClose={() => {}} />
      </ApiProvider>,
    );
    expect(await screen.findByTestId('issue-closing-readonly')).toHaveTextContent('本期已定稿，报尾不能修改');
    expect(screen.queryByTestId('issue-closing-save')).toBeNull();
    expect(screen.getByRole('radio', { name: '本期单独设置' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: '使用系列默认报尾' })).toBeDisabled();
    const inputs = screen.getAllByRole('textbox');
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(input).toBeDisabled();
    expect(inputs.map((i) => (i as HTMLInputElement).value)).toContain('省政府办公厅');
  });
});

describe('历史版本 of a finalized issue', () => {
  it('shows the versions and the differences but offers no restore', async () => {
    const point: SavePoint = { id: 3, issueId: 7, createdAt: '2024-07-04T09:30:00.000Z', reason: 'finalize', revision: 4, characters: 10 };
    const diff: VersionDiff = { savePoint: point, blocks: [{ kind: 'same', text: '本周', oldIndex: 0, newIndex: 0 }], added: 0, removed: 0, changed: 0 };
    const api = fakeApi({ 'versions.list': async () => ok([point]), 'versions.diff': async () => ok(diff) });
    render(
      <ApiProvider api={api}>
        <HistoryDialog issueId={7} flush={async () => true} onRestored={() => {}} onClose={() => {}} restoreDisabledReason="本期已定稿，不能恢复历史版本。" />
      </ApiProvider>,
    );
    await userEvent.click(await screen.findByTestId('save-point'));
    expect(await screen.findByTestId('diff-summary')).toBeInTheDocument();
    expect(screen.getByTestId('restore-version')).toBeDisabled();
    expect(screen.getByText('本期已定稿，不能恢复历史版本。')).toBeInTheDocument();
  });
});

describe('the issue list', () => {
  it('marks finalized issues 定稿 and does not offer to delete them', () => {
    const issues = [summary(1, 2024, 11), summary(2, 2024, 12, { status: 'final', finalizedAt: '2024-07-04T09:30:00.000Z' })];
    render(<IssueList series={weekly} issues={issues} openIssueId={null} onOpen={() => {}} onDelete={() => {}} />);
    const rows = screen.getAllByTestId('issue-row');
    const byId = (id: number) => rows.find((r) => r.dataset['issueId'] === String(id))!;
    expect(within(byId(2)).getByTestId('issue-final-badge')).toHaveTextContent('定稿');
    expect(within(byId(1)).queryByTestId('issue-final-badge')).toBeNull();
    expect(within(byId(2)).getByRole('button', { name: /^删除/ })).toBeDisabled();
    expect(within(byId(1)).getByRole('button', { name: /^删除/ })).toBeEnabled();
  });
});
