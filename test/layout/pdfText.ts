/**
 * Text geometry of a PDF from `pdftotext -bbox-layout` (poppler): pages → visual lines with their
 * bounding boxes in PDF points (origin top left, y downwards, as pdftotext reports them).
 *
 * The XHTML is parsed with parse5 (a maintained WHATWG HTML parser; here it is the one jsdom depends on —
 * it should become a direct devDependency). pdftotext's <doc>/<page>/<flow>/<block>/<line>/<word> are
 * unknown HTML elements to parse5, which keeps them as ordinary nested elements.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { run } from './render';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface TextLine extends Box {
  /** The words of the line in reading order, joined by single spaces. */
  text: string;
}

export interface TextPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** Visual lines, top to bottom. */
  lines: TextLine[];
}

export const PT_PER_MM = 72 / 25.4;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childElements(node: Node, tagName: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    if (!('childNodes' in n)) return;
    for (const child of n.childNodes) {
      if (isElement(child) && child.tagName === tagName) out.push(child);
      else walk(child);
    }
  };
  walk(node);
  return out;
}

function numberAttr(el: Element, name: string): number {
  const raw = el.attrs.find((a) => a.name === name)?.value;
  const value = raw === undefined ? NaN : Number(raw);
  if (!Number.isFinite(value)) throw new Error(`pdftotext: <${el.tagName}> without numeric ${name}`);
  return value;
}

function box(el: Element): Box {
  return {
    xMin: numberAttr(el, 'xmin'),
    yMin: numberAttr(el, 'ymin'),
    xMax: numberAttr(el, 'xmax'),
    yMax: numberAttr(el, 'ymax'),
  };
}

function textOf(el: Element): string {
  let s = '';
  for (const child of el.childNodes) {
    if (child.nodeName === '#text' && 'value' in child) s += child.value;
    else if (isElement(child)) s += textOf(child);
  }
  return s;
}

/**
 * pdftotext splits one visual line into several <line>s when its parts sit in different blocks (a date
 * pushed right by a tab, a line Chromium wrote in pieces). Lines whose vertical centres lie within a third
 * of the smaller height of each other are one visual line here; their words are joined left to right.
 */
function mergeVisualLines(lines: TextLine[]): TextLine[] {
  const sorted = [...lines].sort((a, b) => a.yMin + a.yMax - (b.yMin + b.yMax) || a.xMin - b.xMin);
  const merged: TextLine[][] = [];
  for (const line of sorted) {
    const group = merged.at(-1);
    const last = group?.at(-1);
    const centre = (l: Box): number => (l.yMin + l.yMax) / 2;
    const tolerance = last ? Math.min(last.yMax - last.yMin, line.yMax - line.yMin) / 3 : 0;
    if (group && last && Math.abs(centre(last) - centre(line)) <= tolerance) group.push(line);
    else merged.push([line]);
  }
  return merged.map((group) => {
    const parts = [...group].sort((a, b) => a.xMin - b.xMin);
    return {
      text: parts.map((p) => p.text).join(' '),
      xMin: Math.min(...parts.map((p) => p.xMin)),
      yMin: Math.min(...parts.map((p) => p.yMin)),
      xMax: Math.max(...parts.map((p) => p.xMax)),
      yMax: Math.max(...parts.map((p) => p.yMax)),
    };
  });
}

/** Parses the XHTML that `pdftotext -bbox-layout` writes. */
export function parseBboxLayout(xhtml: string): TextPage[] {
  const document = parse(xhtml);
  return childElements(document, 'page').map((pageEl, index) => {
    const lines = childElements(pageEl, 'line').map((lineEl) => ({
      ...box(lineEl),
      text: childElements(lineEl, 'word')
        .map((w) => textOf(w).trim())
        .filter((w) => w.length > 0)
        .join(' '),
    }));
    return {
      number: index + 1,
      width: numberAttr(pageEl, 'width'),
      height: numberAttr(pageEl, 'height'),
      lines: mergeVisualLines(lines.filter((l) => l.text.length > 0)),
    };
  });
}

/** All pages of a PDF with their lines. */
export async function readPages(pdfPath: string): Promise<TextPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdfPath, '-']);
  return parseBboxLayout(stdout);
}
