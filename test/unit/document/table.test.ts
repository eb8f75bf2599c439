import { createEditor, Editor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withBriefDocument } from '../../../shared/document/normalize';
import { blocksToPlainText } from '../../../shared/document/plainText';
import { documentSchema, storedDocumentSchema } from '../../../shared/document/schema';
import {
  emptyTable,
  insertColumn,
  insertRow,
  MAX_CELL_CHARS,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  removeColumn,
  removeRow,
  resolvedColumnWidths,
  setCell,
  table,
  tableLines,
} from '../../../shared/document/table';
import { blockLines, DOCUMENT_SCHEMA_VERSION, numbered, paragraph, type BlockElement } from '../../../shared/document/types';

const STATS = [
  ['单位', '咨询', '受理'],
  ['民政厅', '2230', '700'],
];

function valid(blocks: unknown[]): boolean {
  return documentSchema.safeParse({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks }).success;
}

function normalized(children: unknown[]): Descendant[] {
  const editor = withBriefDocument(withHistory(createEditor()));
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

describe('table schema', () => {
  it('accepts a table with a header row, optional column widths and its one empty child', () => {
    expect(valid([paragraph('前'), table(STATS), paragraph('后')])).toBe(true);
    expect(valid([table(STATS, 0, [0.5, 0.25, 0.25])])).toBe(true);
  });

  it('refuses ragged rows, text in the child, bad header counts and widths that do not match the columns', () => {
    expect(valid([table([['a', 'b'], ['c']])])).toBe(false);
    expect(valid([{ ...table(STATS), children: [{ text: '外' }] }])).toBe(false);
    expect(valid([{ ...table(STATS), headerRows: 2 }])).toBe(false);
    expect(valid([table(STATS, 1, [0.5, 0.5])])).toBe(false);
    expect(valid([{ ...table(STATS), level: 1 }])).toBe(false);
    expect(valid([table([])])).toBe(false);
  });

  it('holds the limits: columns, rows and characters per cell', () => {
    expect(valid([table([Array.from({ length: MAX_TABLE_COLUMNS }, () => '')])])).toBe(true);
    expect(valid([table([Array.from({ length: MAX_TABLE_COLUMNS + 1 }, () => '')])])).toBe(false);
    expect(valid([table(Array.from({ length: MAX_TABLE_ROWS }, () => ['']))])).toBe(true);
    expect(valid([table(Array.from({ length: MAX_TABLE_ROWS + 1 }, () => ['']))])).toBe(false);
    expect(valid([table([['字'.repeat(MAX_CELL_CHARS)]])])).toBe(true);
    expect(valid([table([['字'.repeat(MAX_CELL_CHARS + 1)]])])).toBe(false);
  });

  it('is read from storage as it is (a version-1 document without tables stays valid)', () => {
    const stored = storedDocumentSchema.safeParse({ schemaVersion: 1, blocks: [paragraph('正文')] });
    expect(stored.success).toBe(true);
    expect(storedDocumentSchema.safeParse({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: [table(STATS)] }).success).toBe(true);
  });
});

describe('table normalizer', () => {
  it('keeps a good table as it is', () => {
    expect(normalized([table(STATS, 1, [2, 1, 1])])).toEqual([table(STATS, 1, [2, 1, 1])]);
  });

  it('repairs ragged rows, numbers in cells, line breaks, bad header counts and mismatched widths', () => {
    const result = normalized([
      { type: 'table', rows: [['单位', 2230], ['民政\n厅']], headerRows: 3, columnWidths: [1], children: [{ text: '' }] },
    ]);
    expect(result).toEqual([
      {
        type: 'table',
        rows: [
          ['单位', '2230'],
          ['民政 厅', ''],
        ],
        headerRows: 1,
        children: [{ text: '' }],
      },
    ]);
    expect(valid(result)).toBe(true);
  });

  it('gives a table without rows one empty cell, and drops keys of other blocks and text in its child', () => {
    const result = normalized([{ type: 'table', level: 2, kind: 'x', rows: 'no', headerRows: 1, children: [{ text: '外', bold: true }] }]);
    expect(result).toEqual([table([['']])]);
    expect(valid(result)).toBe(true);
  });

  it('drops table keys from a block that is no longer a table', () => {
    const result = normalized([{ type: 'paragraph', rows: [['a']], headerRows: 1, children: [{ text: '正文' }] }]);
    expect(result).toEqual([paragraph('正文')]);
  });

  it('makes the table a void block', () => {
    const editor = withBriefDocument(createEditor());
    editor.children = [table(STATS)];
    expect(Editor.isVoid(editor, editor.children[0] as BlockElement)).toBe(true);
    expect(Editor.isVoid(editor, paragraph('x'))).toBe(false);
  });
});

describe('table edits (pure)', () => {
  it('sets one cell, flattening line breaks and cutting at the limit', () => {
    const rows = setCell(STATS, 1, 2, '7\n00');
    expect(rows).toEqual([
      ['单位', '咨询', '受理'],
      ['民政厅', '2230', '7 00'],
    ]);
    expect(STATS[1]![2]).toBe('700');
    expect(setCell(STATS, 0, 0, '字'.repeat(MAX_CELL_CHARS + 5))[0]![0]).toHaveLength(MAX_CELL_CHARS);
  });

  it('inserts and removes rows and columns, never below one of each nor above the limits', () => {
    expect(insertRow(STATS, 1)).toEqual([STATS[0], ['', '', ''], STATS[1]]);
    expect(insertRow(STATS, 99)).toEqual([...STATS, ['', '', '']]);
    expect(removeRow(STATS, 0)).toEqual([STATS[1]]);
    expect(removeRow([['只有']], 0)).toEqual([['只有']]);
    expect(insertColumn(STATS, 1)).toEqual([
      ['单位', '', '咨询', '受理'],
      ['民政厅', '', '2230', '700'],
    ]);
    expect(removeColumn(STATS, 0)).toEqual([
      ['咨询', '受理'],
      ['2230', '700'],
    ]);
    expect(removeColumn([['a'], ['b']], 0)).toEqual([['a'], ['b']]);
    const wide = [Array.from({ length: MAX_TABLE_COLUMNS }, () => '')];
    expect(insertColumn(wide, 0)[0]).toHaveLength(MAX_TABLE_COLUMNS);
  });

  it('an empty table has the asked size and a header row', () => {
    const t = emptyTable(4, 5);
    expect(t.rows).toHaveLength(4);
    expect(t.rows.every((row) => row.length === 5 && row.every((cell) => cell === ''))).toBe(true);
    expect(t.headerRows).toBe(1);
  });

  it('column widths: stored ones as fractions, equal ones when they do not fit', () => {
    expect(resolvedColumnWidths(table(STATS, 1, [2, 1, 1]))).toEqual([0.5, 0.25, 0.25]);
    expect(resolvedColumnWidths(table(STATS, 1, [1, 1]))).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
});

describe('tables as plain text (search, 导出文本)', () => {
  it('gives one line per row, cells joined by a tab', () => {
    expect(tableLines(table(STATS))).toEqual(['单位\t咨询\t受理', '民政厅\t2230\t700']);
    expect(blockLines(table(STATS))).toEqual(['单位\t咨询\t受理', '民政厅\t2230\t700']);
  });

  it('sits between the paragraphs around it and does not disturb the numbering', () => {
    const lines = blocksToPlainText([numbered(1, '统计'), table(STATS), numbered(1, '其他')]);
    expect(lines).toEqual(['一、统计', '单位\t咨询\t受理', '民政厅\t2230\t700', '二、其他']);
  });
});
