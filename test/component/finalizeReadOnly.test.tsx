/**
 * What a finalized issue shows read-only beyond the editor's text: generated sections (no re-render,
 * no buttons), table cells, the issue's 报尾, 历史版本 (no restore), and the 定稿 mark in the list.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BriefDeskApi } from '../../shared/contract/api';
import type { Series } from '../../shared/issues/types';
import { blocksOf } from '../../shared/document/commands';
import { table } from '../../shared/document/table';
import { generated, numbered, paragraph, type BlockElement } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { HistoryDialog } from '../../renderer/src/archive/HistoryDialog';
import { clearPendingChange, markRecordsChanged } from '../../renderer/src/attendance/recordsChanged';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { DocumentEditor } from '../../renderer/src/editor/DocumentEditor';
import { IssueClosingDialog } from '../../renderer/src/settings/IssueClosingDialog';
import { IssueList } from '../../renderer/src/sidebar/IssueList';
import { realApi } from './realApi';
import { addIssue, seedWeekly, weekMeta } from './realSeed';

const PRINTED = ['本周无请假3天以上人员。'];

type Closing = NonNullable<Series['closing']>;

/** 2024年第26期 of the weekly holding `blocks` (with its own 报尾 `closing`), finalized by main unless `draft`. */
async function issueOf(blocks: BlockElement[], options: { draft?: boolean; closing?: Closing } = {}) {
  const real = realApi();
  const weekly = await seedWeekly(real);
  const { id } = await addIssue(real, weekMeta(26), blocks);
  if (options.closing) await real.value('issues.updateClosing', { id, closing: options.closing });
  if (!options.draft) await real.value('issues.finalize', { id });
  // Every test's database numbers its issue 1: a change flagged by an earlier test must not carry over.
  clearPendingChange(id);
  return { real, api: real.api, id, weekly };
}

function renderEditor(api: BriefDeskApi, blocks: BlockElement[], readOnly: boolean, issueId: number) {
  let editor: BriefEditor | null = null;
  render(
    <ApiProvider api={api}>
      <DocumentEditor issueId={issueId} initialBlocks={blocks} readOnly={readOnly} onEditorReady={(e) => (editor = e)} />
    </ApiProvider>,
  );
  return editor! as BriefEditor;
}

describe('generated sections of a finalized issue', () => {
  it('are neither re-rendered nor applied, even with a records change pending, and offer no buttons', async () => {
    const blocks = [numbered(1, '考勤情况'), generated('attendance', PRINTED)];
    const { api, id } = await issueOf(blocks);
    markRecordsChanged(id); // a change waiting for the issue: a draft would apply it on opening
    const editor = renderEditor(api, blocks, true, id);
    expect(api['generated.render']).not.toHaveBeenCalled();
    markRecordsChanged(id);
    expect(api['generated.render']).not.toHaveBeenCalled();
    expect(blocksOf(editor)[1]).toEqual(generated('attendance', PRINTED));
    const block = screen.getByTestId('generated-attendance');
    expect(block).toHaveTextContent('自动生成·考勤情况');
    expect(block).toHaveTextContent(PRINTED[0]!);
    expect(within(block).queryByRole('button', { name: '更新' })).toBeNull();
    expect(within(block).queryByRole('button', { name: '转为普通文字' })).toBeNull();
  });

  it('(the same block in a draft renders from the records and offers both buttons)', async () => {
    const blocks = [generated('attendance', PRINTED)];
    const { api, id } = await issueOf(blocks, { draft: true });
    renderEditor(api, blocks, false, id);
    expect(api['generated.render']).toHaveBeenCalledWith({ issueId: id, kind: 'attendance' });
    const block = screen.getByTestId('generated-attendance');
    expect(within(block).getByRole('button', { name: '更新' })).toBeEnabled();
    expect(within(block).getByRole('button', { name: '转为普通文字' })).toBeEnabled();
  });
});

describe('a table in a finalized issue', () => {
  it('shows its cells disabled, and its own tools too', async () => {
    const blocks = [
      paragraph('表'),
      table([
        ['项目', '件数'],
        ['受理', '705'],
      ]),
    ];
    const { api, id } = await issueOf(blocks);
    renderEditor(api, blocks, true, id);
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
    const { api, id } = await issueOf([paragraph('本周')], { closing: own });
    render(
      <ApiProvider api={api}>
        <IssueClosingDialog issueId={id} readOnly onSaved={() => {}} onClose={() => {}} />
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
    // 定稿 kept the body as a save point.
    const { api, id } = await issueOf([paragraph('本周')]);
    render(
      <ApiProvider api={api}>
        <HistoryDialog
          issueId={id}
          flush={async () => true}
          onRestored={() => {}}
          onClose={() => {}}
          restoreDisabledReason="本期已定稿，不能恢复历史版本。"
        />
      </ApiProvider>,
    );
    await userEvent.click(await screen.findByTestId('save-point'));
    expect(await screen.findByTestId('diff-summary')).toBeInTheDocument();
    expect(screen.getByTestId('restore-version')).toBeDisabled();
    expect(screen.getByText('本期已定稿，不能恢复历史版本。')).toBeInTheDocument();
  });
});

describe('the issue list', () => {
  it('marks finalized issues 定稿 and does not offer to delete them', async () => {
    const real = realApi();
    const weekly = await seedWeekly(real);
    await addIssue(real, weekMeta(11));
    await real.value('issues.finalize', { id: (await addIssue(real, weekMeta(12), [paragraph('本周')])).id });
    const issues = await real.value('issues.list', { seriesId: weekly.id });
    render(<IssueList series={weekly} issues={issues} openIssueId={null} onOpen={() => {}} onDelete={() => {}} />);
    const rows = screen.getAllByTestId('issue-row');
    const byId = (id: number) => rows.find((r) => r.dataset['issueId'] === String(id))!;
    expect(within(byId(2)).getByTestId('issue-final-badge')).toHaveTextContent('定稿');
    expect(within(byId(1)).queryByTestId('issue-final-badge')).toBeNull();
    expect(within(byId(2)).getByRole('button', { name: /^删除/ })).toBeDisabled();
    expect(within(byId(1)).getByRole('button', { name: /^删除/ })).toBeEnabled();
  });
});
