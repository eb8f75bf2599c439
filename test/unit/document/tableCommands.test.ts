import { createEditor, Editor, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { insertBlockBreak, setBlockKind, withBriefCommands } from '../../../shared/document/commands';
import { withBriefDocument } from '../../../shared/document/normalize';
import { table, type TableElement } from '../../../shared/document/table';
import {
  insertTable,
  insertTableColumn,
  insertTableRow,
  removeTable,
  removeTableColumn,
  removeTableRow,
  setTableCell,
  setTableHeader,
} from '../../../shared/document/tableCommands';
import { paragraph, type BlockElement } from '../../../shared/document/types';

function makeEditor(blocks: BlockElement[]): Editor {
  const editor = withBriefCommands(withBriefDocument(withHistory(createEditor())));
  editor.children = blocks;
  Editor.normalize(editor, { force: true });
  return editor;
}

const tableAt = (editor: Editor, i: number) => editor.children[i] as TableElement;

describe('insertTable (插入表格)', () => {
  it('puts a 3 × 3 table with a header row after the caret block, and a paragraph after it at the end', () => {
    const editor = makeEditor([paragraph('本周统计如下：')]);
    Transforms.select(editor, Editor.end(editor, [0]));
    expect(insertTable(editor)).toEqual([1]);
    expect(editor.children).toEqual([
      paragraph('本周统计如下：'),
      table([
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
      ]),
      paragraph(),
    ]);
    expect(editor.selection?.anchor.path[0]).toBe(1);
  });

  it('takes the place of an empty paragraph, keeping the blocks after it', () => {
    const editor = makeEditor([paragraph('前'), paragraph(''), paragraph('后')]);
    Transforms.select(editor, Editor.start(editor, [1]));
    insertTable(editor, 2, 4);
    expect(editor.children.map((b) => (b as BlockElement).type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tableAt(editor, 1).rows).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
  });
});

describe('editing a table', () => {
  const stats = () =>
    makeEditor([
      paragraph('前'),
      table([
        ['单位', '咨询'],
        ['民政厅', '2230'],
      ]),
      paragraph('后'),
    ]);

  it('sets a cell as one undoable step', () => {
    const editor = stats();
    expect(setTableCell(editor, [1], 1, 1, '2300')).toBe(true);
    expect(tableAt(editor, 1).rows).toEqual([
      ['单位', '咨询'],
      ['民政厅', '2300'],
    ]);
    editor.undo();
    expect(tableAt(editor, 1).rows).toEqual([
      ['单位', '咨询'],
      ['民政厅', '2230'],
    ]);
    expect(setTableCell(editor, [1], 1, 1, '2230')).toBe(false);
  });

  it('adds and removes rows and columns', () => {
    const editor = stats();
    insertTableRow(editor, [1], 2);
    expect(tableAt(editor, 1).rows).toEqual([
      ['单位', '咨询'],
      ['民政厅', '2230'],
      ['', ''],
    ]);
    insertTableColumn(editor, [1], 1);
    expect(tableAt(editor, 1).rows[0]).toEqual(['单位', '', '咨询']);
    removeTableColumn(editor, [1], 1);
    removeTableRow(editor, [1], 2);
    expect(tableAt(editor, 1).rows).toEqual([
      ['单位', '咨询'],
      ['民政厅', '2230'],
    ]);
  });

  it('drops stored column widths when the columns change', () => {
    const editor = makeEditor([table([['a', 'b']], 1, [3, 1])]);
    insertTableColumn(editor, [0], 2);
    expect(tableAt(editor, 0).columnWidths).toBeUndefined();
    expect(tableAt(editor, 0).rows[0]).toEqual(['a', 'b', '']);
  });

  it('switches the header row off and on', () => {
    const editor = stats();
    expect(setTableHeader(editor, [1], false)).toBe(true);
    expect(tableAt(editor, 1).headerRows).toBe(0);
    setTableHeader(editor, [1], true);
    expect(tableAt(editor, 1).headerRows).toBe(1);
  });

  it('does nothing to a block that is not a table', () => {
    const editor = stats();
    expect(setTableCell(editor, [0], 0, 0, 'x')).toBe(false);
    expect(editor.children[0]).toEqual(paragraph('前'));
  });

  it('removes the table; the document never ends up empty', () => {
    const editor = stats();
    removeTable(editor, [1]);
    expect(editor.children).toEqual([paragraph('前'), paragraph('后')]);
    const alone = makeEditor([table([['a']])]);
    removeTable(alone, [0]);
    expect(alone.children).toEqual([paragraph()]);
  });

  it('the block-type buttons leave a selected table a table', () => {
    const editor = stats();
    Transforms.select(editor, { anchor: Editor.start(editor, [0]), focus: Editor.end(editor, [2]) });
    setBlockKind(editor, 1);
    expect(tableAt(editor, 1).type).toBe('table');
    expect(tableAt(editor, 1).rows).toEqual([
      ['单位', '咨询'],
      ['民政厅', '2230'],
    ]);
    expect((editor.children[0] as BlockElement).type).toBe('numbered');
  });

  it('Enter on a selected table opens a paragraph after it', () => {
    const editor = stats();
    Transforms.select(editor, Editor.start(editor, [1]));
    insertBlockBreak(editor);
    expect(editor.children.map((b) => (b as BlockElement).type)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    expect(editor.selection?.anchor.path[0]).toBe(2);
  });
});
