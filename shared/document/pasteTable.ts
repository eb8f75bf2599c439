/**
 * A pasted <table> as a table block: its cells' text (Word's paragraphs and <o:p> inside a cell joined
 * by spaces), colspans as empty cells, th/thead as the header row; and the pictures it held, which a
 * table block cannot.
 */
import { fixRuns } from '../proofread/fix';
import { attribute, BLOCK, childrenOf, ELEMENT, pushChildren, SKIP, TEXT, type HtmlNode } from './htmlNodes';
import { MAX_CELL_CHARS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, table } from './table';
import type { BlockElement } from './types';

/** The plain text of a subtree (a table cell), iteratively. */
function textOf(root: HtmlNode): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === ELEMENT && !SKIP.has(node.nodeName.toUpperCase())) {
      const name = node.nodeName.toUpperCase();
      if (name === 'BR' || (BLOCK.has(name) && parts.length > 0)) parts.push(' ');
      pushChildren(stack, node, (child) => child);
    }
  }
  return (
    fixRuns(
      [
        {
          text: parts
            .join('')
            .replace(/[\s\u00a0]+/g, ' ')
            .trim(),
        },
      ],
      'cell',
    )[0]?.text ?? ''
  );
}

/** A <table> as a table block: rows of cell text, colspans as empty cells, th/thead as the header. */
export function tableBlock(node: HtmlNode): BlockElement | string {
  const rows: string[][] = [];
  let header = false;
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.nodeType !== ELEMENT) continue;
    const name = current.nodeName.toUpperCase();
    if (name === 'TR') {
      const row: string[] = [];
      for (const cell of childrenOf(current)) {
        const cellName = cell.nodeName.toUpperCase();
        if (cellName !== 'TD' && cellName !== 'TH') continue;
        if (rows.length === 0 && cellName === 'TH') header = true;
        const text = textOf(cell);
        if (text.length > MAX_CELL_CHARS) return `表格中有超过${MAX_CELL_CHARS}字的单元格，未粘贴。`;
        row.push(text);
        const span = Math.min(MAX_TABLE_COLUMNS, Math.max(1, Number(attribute(cell, 'colspan')) || 1));
        for (let k = 1; k < span; k++) row.push('');
      }
      if (row.length > 0) rows.push(row);
      continue; // a table nested in a cell was read as the cell's text
    }
    if (name === 'THEAD') header = true;
    pushChildren(stack, current, (child) => child);
  }
  if (rows.length === 0) return '';
  const columns = Math.max(...rows.map((r) => r.length));
  if (columns > MAX_TABLE_COLUMNS) return `表格超过${MAX_TABLE_COLUMNS}列，未粘贴。`;
  if (rows.length > MAX_TABLE_ROWS) return `表格超过${MAX_TABLE_ROWS}行，未粘贴。`;
  return table(
    rows.map((r) => [...r, ...Array<string>(columns - r.length).fill('')]),
    header ? 1 : 0,
  );
}

/** The <img> elements in a subtree (a table, whose cells are read as text), iteratively. */
export function imagesIn(root: HtmlNode): number {
  let count = 0;
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    if (node.nodeName.toUpperCase() === 'IMG') count++;
    else pushChildren(stack, node, (child) => child);
  }
  return count;
}
