import { act, fireEvent, screen, within } from '@testing-library/react';
import { Transforms, Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import { table, type TableElement } from '../../shared/document/table';
import { paragraph } from '../../shared/document/types';
import { renderOnIssue } from './editorHarness';

async function settle(fn: () => void): Promise<void> {
  await act(async () => fn());
}

const cell = (row: number, column: number) => screen.getByRole('textbox', { name: `第${row}行第${column}列` });

describe('the table block', () => {
  it('shows one input per cell with the stored text, the header row bold', async () => {
    await renderOnIssue([
      table([
        ['单位', '咨询'],
        ['民政厅', '2230'],
      ]),
    ]);
    expect(cell(1, 1)).toHaveValue('单位');
    expect(cell(2, 2)).toHaveValue('2230');
    expect(cell(1, 2).style.fontWeight).toBe('bold');
    expect(cell(2, 1).style.fontWeight).toBe('normal');
  });

  it('writes an edited cell into the document as the table’s rows, and undo takes it back', async () => {
    const { editor } = await renderOnIssue([
      paragraph('前'),
      table([
        ['单位', '咨询'],
        ['民政厅', '2230'],
      ]),
    ]);
    await settle(() => fireEvent.change(cell(2, 2), { target: { value: '2300' } }));
    expect((editor.children[1] as TableElement).rows).toEqual([
      ['单位', '咨询'],
      ['民政厅', '2300'],
    ]);
    expect(cell(2, 2)).toHaveValue('2300');
    await settle(() => editor.undo());
    expect(cell(2, 2)).toHaveValue('2230');
  });

  it('Tab and Shift+Tab move between cells; Tab in the last cell adds a row and goes there', async () => {
    const { editor } = await renderOnIssue([
      table([
        ['单位', '咨询'],
        ['民政厅', '2230'],
      ]),
    ]);
    cell(1, 1).focus();
    await settle(() => fireEvent.keyDown(cell(1, 1), { key: 'Tab' }));
    expect(cell(1, 2)).toHaveFocus();
    await settle(() => fireEvent.keyDown(cell(1, 2), { key: 'Tab' }));
    expect(cell(2, 1)).toHaveFocus();
    await settle(() => fireEvent.keyDown(cell(2, 1), { key: 'Tab', shiftKey: true }));
    expect(cell(1, 2)).toHaveFocus();
    cell(2, 2).focus();
    await settle(() => fireEvent.keyDown(cell(2, 2), { key: 'Tab' }));
    expect((editor.children[0] as TableElement).rows).toHaveLength(3);
    expect(cell(3, 1)).toHaveFocus();
  });

  it('Enter goes down a row, and in the last row adds a row at the end', async () => {
    const { editor } = await renderOnIssue([
      table([
        ['单位', '咨询'],
        ['民政厅', '2230'],
      ]),
    ]);
    cell(1, 2).focus();
    await settle(() => fireEvent.keyDown(cell(1, 2), { key: 'Enter' }));
    expect(cell(2, 2)).toHaveFocus();
    await settle(() => fireEvent.keyDown(cell(2, 2), { key: 'Enter' }));
    expect((editor.children[0] as TableElement).rows).toEqual([
      ['单位', '咨询'],
      ['民政厅', '2230'],
      ['', ''],
    ]);
    expect(cell(3, 2)).toHaveFocus();
  });

  it('writes nothing into the document while an IME composes, and the chosen characters once it ends', async () => {
    const { editor } = await renderOnIssue([table([['']])]);
    const input = cell(1, 1);
    await settle(() => fireEvent.compositionStart(input));
    await settle(() => fireEvent.change(input, { target: { value: 'dan' } }));
    expect(input).toHaveValue('dan');
    expect((editor.children[0] as TableElement).rows).toEqual([['']]);
    await settle(() => fireEvent.change(input, { target: { value: '单位' } }));
    await settle(() => fireEvent.compositionEnd(input));
    expect((editor.children[0] as TableElement).rows).toEqual([['单位']]);
    expect(input).toHaveValue('单位');
  });

  it('does nothing on Enter while an IME is composing', async () => {
    const { editor } = await renderOnIssue([table([['单位']])]);
    cell(1, 1).focus();
    await settle(() => fireEvent.keyDown(cell(1, 1), { key: 'Enter', isComposing: true }));
    expect((editor.children[0] as TableElement).rows).toHaveLength(1);
  });

  it('adds and removes rows and columns from its own buttons, and switches the header off', async () => {
    const { editor, container } = await renderOnIssue([
      table([
        ['单位', '咨询'],
        ['民政厅', '2230'],
      ]),
    ]);
    const tools = within(container.querySelector('[data-table]') as HTMLElement);
    cell(1, 1).focus();
    await settle(() => fireEvent.click(tools.getByRole('button', { name: '插入行' })));
    expect((editor.children[0] as TableElement).rows).toEqual([
      ['单位', '咨询'],
      ['', ''],
      ['民政厅', '2230'],
    ]);
    await settle(() => fireEvent.click(tools.getByRole('button', { name: '插入列' })));
    expect((editor.children[0] as TableElement).rows[0]).toHaveLength(3);
    await settle(() => fireEvent.click(tools.getByRole('button', { name: '删除列' })));
    await settle(() => fireEvent.click(tools.getByRole('button', { name: '删除行' })));
    expect((editor.children[0] as TableElement).rows).toHaveLength(2);
    await settle(() => fireEvent.click(tools.getByRole('checkbox', { name: '首行为表头' })));
    expect((editor.children[0] as TableElement).headerRows).toBe(0);
  });

  it('插入表格 in the toolbar puts an empty 3 × 3 table after the caret’s paragraph', async () => {
    const { editor } = await renderOnIssue([paragraph('本周统计如下：')]);
    await settle(() => Transforms.select(editor, Editor.end(editor, [0])));
    await settle(() =>
      fireEvent.click(within(screen.getByRole('toolbar', { name: '编辑工具栏' })).getByRole('button', { name: '插入表格' })),
    );
    expect(editor.children[1]).toEqual(
      table([
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
      ]),
    );
    expect(screen.getAllByRole('textbox', { name: /^第\d行第\d列$/ })).toHaveLength(9);
  });

  it('saves the table with the document', async () => {
    const { editor, api, real, id } = await renderOnIssue([table([['单位']])]);
    await settle(() => fireEvent.change(cell(1, 1), { target: { value: '科室' } }));
    await settle(() => fireEvent.click(within(screen.getByRole('toolbar', { name: '编辑工具栏' })).getByRole('button', { name: '保存' })));
    await act(async () => {});
    const saved = api['issues.saveDocument'].mock.calls.at(-1)?.[0].document.blocks[0];
    expect(saved).toEqual(table([['科室']]));
    expect(editor.children[0]).toEqual(table([['科室']]));
    expect((await real.value('issues.get', { id })).document.blocks[0]).toEqual(table([['科室']]));
  });
});
