/**
 * Commands on table blocks, headless like commands.ts so Node tests prove them and the toolbar and the
 * table block (TableBlock.tsx) call the very same functions. A table's cells change as a whole new
 * `rows` value through setNodes: one undoable step per edit, and React sees a new value.
 */
import './slateTypes';
import { Editor, Element, Transforms, type Path } from 'slate';
import { blocksOf } from './commands';
import { emptyTable, insertColumn, insertRow, removeColumn, removeRow, setCell, type TableElement } from './table';
import { blockText, paragraph } from './types';

/**
 * 插入表格: a table of `rows` × `columns` (the first row its header) after the caret's block — in place
 * of it when that block is an empty paragraph — with an empty paragraph after it when it would be the
 * last block, so there is always somewhere to type after a table. Returns the table's path.
 */
export function insertTable(editor: Editor, rows = 3, columns = 3): Path | null {
  const selection = editor.selection;
  const index = selection?.anchor.path[0] ?? editor.children.length - 1;
  const block = blocksOf(editor)[index];
  const table = emptyTable(rows, columns);
  let at = index + 1;
  Editor.withoutNormalizing(editor, () => {
    if (block && block.type === 'paragraph' && blockText(block) === '') {
      Transforms.removeNodes(editor, { at: [index] });
      at = index;
    }
    Transforms.insertNodes(editor, table, { at: [at], select: false });
    if (at === editor.children.length - 1) Transforms.insertNodes(editor, paragraph(), { at: [at + 1], select: false });
  });
  Transforms.select(editor, Editor.start(editor, [at]));
  return [at];
}

function tableAt(editor: Editor, path: Path): TableElement | null {
  const node = blocksOf(editor)[path[0] ?? -1];
  return node && Element.isElement(node) && node.type === 'table' ? node : null;
}

function setRows(editor: Editor, path: Path, edit: (rows: readonly string[][]) => string[][]): boolean {
  const table = tableAt(editor, path);
  if (!table) return false;
  const rows = edit(table.rows);
  if (JSON.stringify(rows) === JSON.stringify(table.rows)) return false;
  const columnsChanged = (rows[0]?.length ?? 0) !== (table.rows[0]?.length ?? 0);
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes<TableElement>(editor, { rows }, { at: path });
    // Stored widths belong to the old columns: with a column added or removed they go back to equal.
    if (columnsChanged && table.columnWidths) Transforms.unsetNodes(editor, 'columnWidths', { at: path });
  });
  return true;
}

export function setTableCell(editor: Editor, path: Path, row: number, column: number, text: string): boolean {
  return setRows(editor, path, (rows) => setCell(rows, row, column, text));
}

/** A row inserted before `at` (at = the row count appends one). */
export function insertTableRow(editor: Editor, path: Path, at: number): boolean {
  return setRows(editor, path, (rows) => insertRow(rows, at));
}

export function removeTableRow(editor: Editor, path: Path, at: number): boolean {
  return setRows(editor, path, (rows) => removeRow(rows, at));
}

export function insertTableColumn(editor: Editor, path: Path, at: number): boolean {
  return setRows(editor, path, (rows) => insertColumn(rows, at));
}

export function removeTableColumn(editor: Editor, path: Path, at: number): boolean {
  return setRows(editor, path, (rows) => removeColumn(rows, at));
}

/** 表头: whether the first row is the header (bold, repeated on continued pages). */
export function setTableHeader(editor: Editor, path: Path, header: boolean): boolean {
  const table = tableAt(editor, path);
  if (!table || (table.headerRows === 1) === header) return false;
  Transforms.setNodes<TableElement>(editor, { headerRows: header ? 1 : 0 }, { at: path });
  return true;
}

/** Removes the table; an empty paragraph takes its place when it was the only block. */
export function removeTable(editor: Editor, path: Path): boolean {
  if (!tableAt(editor, path)) return false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: path });
    if (editor.children.length === 0) Transforms.insertNodes(editor, paragraph(), { at: [0] });
  });
  return true;
}
