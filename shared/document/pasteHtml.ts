/**
 * HTML pasted from Word, WPS or a web page becomes the model's blocks, keeping what matters and
 * nothing else: paragraphs with their bold (and only bold), typed numbers turned into numbered blocks
 * of that level (the recogniser of typedNumber.ts, as for typing and plain text), tables as table
 * blocks (pasteTable.ts); styles, fonts, colours, comments and scripts dropped, images left out and
 * counted. The never-ambiguous 校对 fixes are applied on the way in.
 *
 * It reads a parsed DOM through htmlNodes.ts, walking it with an explicit stack, so deep nesting
 * cannot overflow and the work is linear in the nodes.
 */
import { fixRuns } from '../proofread/fix';
import { attribute, BLOCK, ELEMENT, pushChildren, SKIP, TEXT, type HtmlNode } from './htmlNodes';
import { imagesIn, tableBlock } from './pasteTable';
import { displayForText, recogniseTypedNumber } from './typedNumber';
import type { BlockElement, StyledText } from './types';

export type { HtmlNode } from './htmlNodes';

/** Larger clipboard HTML is not parsed (plain text is used instead, see pasteLimits). */
export const MAX_PASTE_HTML_CHARS = 3_000_000;
/** The most blocks one paste may bring (about 200 pages). */
export const MAX_PASTE_BLOCKS = 5_000;

/**
 * The blocks, and how many pictures (<img>) the HTML held: a copy from Word or WPS names its pictures
 * by temporary file paths the page cannot read, and a web page's by addresses it must not fetch, so
 * they are left out — and the clerk is told how many.
 */
export type PasteResult = { ok: true; blocks: BlockElement[]; pictures: number } | { ok: false; message: string };

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

/** The blocks of a parsed HTML document's body (or any root node). */
export function htmlToBlocks(root: HtmlNode): PasteResult {
  const lines = new Lines();
  let pictures = 0;
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
    if (name === 'IMG') {
      pictures++;
      continue;
    }
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      lines.end();
      continue;
    }
    if (name === 'TABLE') {
      pictures += imagesIn(node);
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
  return lines.out.length > MAX_PASTE_BLOCKS ? tooLarge() : { ok: true, blocks: lines.out, pictures };
}

function tooLarge(): PasteResult {
  return { ok: false, message: `粘贴的内容超过${MAX_PASTE_BLOCKS}段，未粘贴。请分几次粘贴。` };
}
