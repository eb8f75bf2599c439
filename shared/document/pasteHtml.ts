/**
 * HTML pasted from Word, WPS or a web page becomes the model's blocks, keeping what matters and
 * nothing else: paragraphs with their bold (and only bold), typed numbers turned into numbered blocks
 * of that level (the recogniser of typedNumber.ts, as for typing and plain text), tables as table
 * blocks; styles, fonts, colours, comments, images and scripts dropped. The never-ambiguous 校对 fixes
 * are applied on the way in.
 *
 * It reads a parsed DOM through the few members below — the renderer's DOMParser document (inert:
 * nothing in it runs or loads) or jsdom's under Node — walking it with an explicit stack, so deep
 * nesting cannot overflow and the work is linear in the nodes.
 */
import { fixRuns } from '../proofread/fix';
import { MAX_CELL_CHARS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, table } from './table';
import { displayForText, recogniseTypedNumber } from './typedNumber';
import type { BlockElement, StyledText } from './types';

/** What is read of a DOM node: enough for DOMParser's and jsdom's nodes alike. */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: HtmlNode | null;
  nextSibling: HtmlNode | null;
  getAttribute?(name: string): string | null;
}

/** The children in order, through the sibling links (jsdom's indexed NodeList goes through a Proxy). */
function childrenOf(node: HtmlNode): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) out.push(child);
  return out;
}

/** Pushes the children so that the first is popped first. */
function pushChildren<T>(stack: T[], node: HtmlNode, wrap: (child: HtmlNode) => T): void {
  const children = childrenOf(node);
  for (let i = children.length - 1; i >= 0; i--) stack.push(wrap(children[i]!));
}

/** Larger clipboard HTML is not parsed (plain text is used instead, see pasteLimits). */
export const MAX_PASTE_HTML_CHARS = 3_000_000;
/** The most blocks one paste may bring (about 200 pages). */
export const MAX_PASTE_BLOCKS = 5_000;

export type PasteResult = { ok: true; blocks: BlockElement[] } | { ok: false; message: string };

const TEXT = 3;
const ELEMENT = 1;
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'NOSCRIPT',
  'TEMPLATE',
  'OBJECT',
  'EMBED',
  'IFRAME',
  'SVG',
  'IMG',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'MAIN',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'CENTER',
  'BODY',
  'HTML',
  'HR',
  'FORM',
  'FIELDSET',
]);

function attribute(node: HtmlNode, name: string): string {
  return node.getAttribute?.(name) ?? '';
}

/** Bold as Word (<b>), WPS (font-weight in a span's style) and web pages (<strong>, 600–900) write it. */
function boldOf(node: HtmlNode, inherited: boolean): boolean {
  const name = node.nodeName.toUpperCase();
  const weight = /font-weight\s*:\s*([a-z0-9]+)/i.exec(attribute(node, 'style'))?.[1]?.toLowerCase();
  if (weight) return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  return inherited || name === 'B' || name === 'STRONG';
}

/** Collects paragraphs as runs; a block element or <br> ends the current one. */
class Lines {
  readonly out: BlockElement[] = [];
  private runs: StyledText[] = [];

  text(text: string, bold: boolean): void {
    const clean = text.replace(/[\s\u00a0]+/g, ' ');
    if (clean === '') return;
    const last = this.runs[this.runs.length - 1];
    if (last && (last.bold === true) === bold) last.text += clean;
    else this.runs.push(bold ? { text: clean, bold: true } : { text: clean });
  }

  end(): void {
    const runs = trimRuns(this.runs);
    this.runs = [];
    if (runs.length > 0) this.out.push(paragraphBlock(runs));
  }

  push(block: BlockElement): void {
    this.end();
    this.out.push(block);
  }
}

/** Spaces at both ends go (the layout indents by itself); empty runs go. */
function trimRuns(runs: StyledText[]): StyledText[] {
  const out = runs.map((r) => ({ ...r }));
  while (out[0] && (out[0].text = out[0].text.replace(/^[\s\u3000]+/, '')) === '') out.shift();
  while (out.length > 0 && (out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/[\s\u3000]+$/, '')) === '') out.pop();
  return out;
}

/** Drops the first `n` characters of the runs. */
function dropChars(runs: StyledText[], n: number): StyledText[] {
  const out: StyledText[] = [];
  let left = n;
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

/** A paragraph, or a numbered block when it starts with a typed number (removed), fixed with certainty. */
function paragraphBlock(runs: StyledText[]): BlockElement {
  const text = runs.map((r) => r.text).join('');
  const typed = recogniseTypedNumber(text);
  if (typed && typed.length < text.length) {
    const rest = trimRuns(dropChars(runs, typed.length));
    const restText = rest.map((r) => r.text).join('');
    const display = displayForText(restText);
    // A whole bold heading line is bold because of the heading style: the level's face prints it.
    const children = display === 'heading' ? rest.map(({ text: t }) => ({ text: t })) : rest;
    return {
      type: 'numbered',
      level: typed.level,
      display,
      children: merge(fixRuns(children, display === 'heading' ? 'heading' : 'numberedParagraph')),
    };
  }
  return { type: 'paragraph', children: merge(fixRuns(runs, 'paragraph')) };
}

function merge(runs: StyledText[]): StyledText[] {
  const out: StyledText[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && (last.bold === true) === (run.bold === true)) last.text += run.text;
    else if (run.text !== '') out.push(run.bold ? { text: run.text, bold: true } : { text: run.text });
  }
  return out.length > 0 ? out : [{ text: '' }];
}

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
function tableBlock(node: HtmlNode): BlockElement | string {
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

/** The blocks of a parsed HTML document's body (or any root node). */
export function htmlToBlocks(root: HtmlNode): PasteResult {
  const lines = new Lines();
  // Entries are nodes to visit, or markers that close a block element.
  const stack: ({ node: HtmlNode; bold: boolean } | 'end')[] = [{ node: root, bold: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (entry === 'end') {
      lines.end();
      continue;
    }
    const { node, bold } = entry;
    if (node.nodeType === TEXT) {
      lines.text(node.nodeValue ?? '', bold);
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue; // comments and the rest
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      lines.end();
      continue;
    }
    if (name === 'TABLE') {
      const block = tableBlock(node);
      if (typeof block === 'string') {
        if (block !== '') return { ok: false, message: block };
        continue;
      }
      lines.push(block);
      if (lines.out.length > MAX_PASTE_BLOCKS) return tooLarge();
      continue;
    }
    const isBlock = BLOCK.has(name);
    if (isBlock) {
      lines.end();
      stack.push('end');
      if (lines.out.length > MAX_PASTE_BLOCKS) return tooLarge();
    }
    const childBold = boldOf(node, bold);
    pushChildren(stack, node, (child) => ({ node: child, bold: childBold }));
  }
  lines.end();
  return lines.out.length > MAX_PASTE_BLOCKS ? tooLarge() : { ok: true, blocks: lines.out };
}

function tooLarge(): PasteResult {
  return { ok: false, message: `粘贴的内容超过${MAX_PASTE_BLOCKS}段，未粘贴。请分几次粘贴。` };
}
