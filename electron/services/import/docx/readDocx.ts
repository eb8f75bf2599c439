/**
 * A .docx package to the incoming document: word/document.xml walked in order with styles.xml and
 * numbering.xml beside it. Paragraphs keep their runs (text, bold, East Asian face), style, heading
 * level, printed automatic number, alignment and borders; tables are rows of cells; a text box's
 * paragraphs come before the paragraph that anchors it, read once (the `mc:Fallback` copy Word keeps
 * for old readers is skipped); pictures, charts and embedded objects are named in `dropped`.
 */
import type { IncomingBlock, IncomingDocument, IncomingParagraph, IncomingRun } from '../../../../shared/import/incoming';
import { readZipEntries } from '../zipArchive';
import { readNumbering, type Numbering } from './numbering';
import { faceOf, numberingOf, readStyles, type StyleSheet } from './styles';
import { attr, child, descendant, onOff, parseXml, type XmlElement } from './xmlTree';

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml'];

interface Context {
  styles: StyleSheet;
  numbering: Numbering;
  dropped: string[];
  /** Paragraphs seen so far, to say where a dropped picture stood. */
  paragraphCount: number;
}

/** Thrown for a package without a main document part. */
export class NotADocxError extends Error {}

export function readDocx(fileName: string, bytes: Uint8Array): IncomingDocument {
  const parts = readZipEntries(fileName, bytes, (name) => PARTS.includes(name));
  const decoder = new TextDecoder('utf-8');
  const xml = (name: string): XmlElement | undefined => {
    const part = parts.get(name);
    return part ? parseXml(decoder.decode(part)) : undefined;
  };
  const document = xml('word/document.xml');
  if (!document) throw new NotADocxError('word/document.xml missing');
  const context: Context = {
    styles: readStyles(xml('word/styles.xml')),
    numbering: readNumbering(xml('word/numbering.xml')),
    dropped: [],
    paragraphCount: 0,
  };
  const body = child(child(document, 'w:document'), 'w:body');
  return { blocks: readBlocks(body, context), wholeParagraphs: true, dropped: context.dropped };
}

/** Block-level content: paragraphs, tables, and the containers that hold them. */
function readBlocks(container: XmlElement | undefined, context: Context): IncomingBlock[] {
  const blocks: IncomingBlock[] = [];
  for (const element of container?.children ?? []) {
    switch (element.name) {
      case 'w:p':
        blocks.push(...readParagraph(element, context));
        break;
      case 'w:tbl':
        blocks.push(readTable(element, context));
        break;
      case 'w:sdt':
        blocks.push(...readBlocks(child(element, 'w:sdtContent'), context));
        break;
      case 'w:customXml':
      case 'w:ins':
        blocks.push(...readBlocks(element, context));
        break;
      case 'mc:AlternateContent':
        blocks.push(...readBlocks(child(element, 'mc:Choice') ?? child(element, 'mc:Fallback'), context));
        break;
      default:
        break; // sectPr, bookmarks, w:del …
    }
  }
  return blocks;
}

function readTable(element: XmlElement, context: Context): IncomingBlock {
  const rows: IncomingParagraph[][][] = [];
  for (const row of element.children) {
    if (row.name !== 'w:tr') continue;
    const cells: IncomingParagraph[][] = [];
    for (const cell of row.children) {
      if (cell.name !== 'w:tc') continue;
      const content = readBlocks(cell, context);
      // A table nested in a cell is flattened into that cell's paragraphs.
      cells.push(content.flatMap((block) => (block.kind === 'paragraph' ? [block] : block.rows.flat(2))));
    }
    rows.push(cells);
  }
  return { kind: 'table', rows };
}

interface ParagraphProps {
  styleName?: string;
  headingLevel?: IncomingParagraph['headingLevel'];
  autoNumber?: string;
  align?: IncomingParagraph['align'];
  bordered?: boolean;
  styleBold?: boolean;
  styleFace?: string;
}

function paragraphProps(element: XmlElement, context: Context): ParagraphProps {
  const pPr = child(element, 'w:pPr');
  const style = context.styles.style(attr(child(pPr, 'w:pStyle'), 'w:val'));
  const own = numberingOf(pPr);
  const numId = own?.numId ?? style?.numbering?.numId;
  const ilvl = own?.ilvl ?? style?.numbering?.ilvl ?? 0;
  const autoNumber = numId !== undefined ? context.numbering.printed(numId, ilvl) : undefined;
  const outline = attr(child(pPr, 'w:outlineLvl'), 'w:val');
  const ownHeading = outline !== undefined && Number(outline) < 9 ? (Math.min(Number(outline) + 1, 4) as 1 | 2 | 3 | 4) : undefined;
  const headingLevel = ownHeading ?? style?.headingLevel;
  const jc = attr(child(pPr, 'w:jc'), 'w:val');
  const align = jc === 'center' ? 'center' : jc === 'right' || jc === 'end' ? 'right' : jc === 'both' || jc === 'distribute' ? 'both' : jc ? 'left' : undefined;
  const borders = child(pPr, 'w:pBdr');
  const bordered = ['w:top', 'w:bottom'].some((side) => {
    const value = attr(child(borders, side), 'w:val');
    return value !== undefined && value !== 'none' && value !== 'nil';
  });
  return {
    ...(style?.name ? { styleName: style.name } : {}),
    ...(headingLevel ? { headingLevel } : {}),
    ...(autoNumber ? { autoNumber } : {}),
    ...(align ? { align } : {}),
    ...(bordered ? { bordered } : {}),
    ...(style?.bold !== undefined ? { styleBold: style.bold } : {}),
    ...((style?.face ?? context.styles.defaultFace) ? { styleFace: (style?.face ?? context.styles.defaultFace)! } : {}),
  };
}

/**
 * One paragraph, or several: a text box's paragraphs first, then the paragraph itself split at its
 * line breaks (`w:br`: a masthead typed as one paragraph with Shift+Enter is several lines).
 */
function readParagraph(element: XmlElement, context: Context): IncomingBlock[] {
  context.paragraphCount++;
  const props = paragraphProps(element, context);
  const before: IncomingBlock[] = [];
  const lines: IncomingRun[][] = [[]];
  const add = (run: IncomingRun): void => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && last.bold === run.bold && last.face === run.face) last.text += run.text;
    else line.push(run);
  };
  const walk = (container: XmlElement): void => {
    for (const node of container.children) {
      switch (node.name) {
        case 'w:r':
          readRun(node, props, context, add, () => lines.push([]), before);
          break;
        case 'w:hyperlink':
        case 'w:ins':
        case 'w:smartTag':
        case 'w:fldSimple':
        case 'w:customXml':
          walk(node);
          break;
        case 'w:sdt':
          walk(child(node, 'w:sdtContent') ?? node);
          break;
        case 'mc:AlternateContent':
          walk(child(node, 'mc:Choice') ?? child(node, 'mc:Fallback') ?? node);
          break;
        default:
          break; // pPr, w:del, bookmarks, proofing marks
      }
    }
  };
  walk(element);
  const { styleBold: _bold, styleFace: _face, ...kept } = props;
  const paragraphs = lines.map(
    (runs, index): IncomingParagraph => ({ kind: 'paragraph', runs, ...(index === 0 ? kept : dropNumber(kept)) }),
  );
  // Empty paragraphs are spacing, not content; a text box anchor often is one.
  return [...before, ...paragraphs.filter((p) => p.runs.some((run) => run.text.trim() !== ''))];
}

function dropNumber(props: Omit<ParagraphProps, 'styleBold' | 'styleFace'>): Omit<ParagraphProps, 'styleBold' | 'styleFace'> {
  const { autoNumber: _n, ...rest } = props;
  return rest;
}

function readRun(
  run: XmlElement,
  props: ParagraphProps,
  context: Context,
  add: (run: IncomingRun) => void,
  lineBreak: () => void,
  before: IncomingBlock[],
): void {
  const rPr = child(run, 'w:rPr');
  const characterStyle = context.styles.style(attr(child(rPr, 'w:rStyle'), 'w:val'));
  const bold = onOff(child(rPr, 'w:b')) ?? characterStyle?.bold ?? props.styleBold ?? false;
  const face = faceOf(rPr) ?? characterStyle?.face ?? props.styleFace;
  const style = { ...(bold ? { bold: true } : {}), ...(face ? { face } : {}) };
  const visit = (node: XmlElement): void => {
    switch (node.name) {
      case 'w:t':
        if (node.text !== '') add({ text: node.text, ...style });
        break;
      case 'w:tab':
      case 'w:ptab':
        add({ text: '\t', ...style });
        break;
      case 'w:br':
      case 'w:cr':
        if (attr(node, 'w:type') !== 'page' && attr(node, 'w:type') !== 'column') lineBreak();
        break;
      case 'w:noBreakHyphen':
        add({ text: '-', ...style });
        break;
      case 'w:sym':
        add({ text: String.fromCharCode(parseInt(attr(node, 'w:char') ?? '20', 16) || 0x20), ...style });
        break;
      case 'mc:AlternateContent':
        // Choice is the text box or drawing; Fallback is the same again for old readers.
        for (const inner of (child(node, 'mc:Choice') ?? child(node, 'mc:Fallback'))?.children ?? []) visit(inner);
        break;
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        readGraphic(node, context, before);
        break;
      default:
        break; // rPr, fldChar, instrText (a field's code, not its result), lastRenderedPageBreak …
    }
  };
  for (const node of run.children) visit(node);
}

/** A text box gives its paragraphs; a picture, chart or object is named in the warnings. */
function readGraphic(node: XmlElement, context: Context, before: IncomingBlock[]): void {
  const textBox = descendant(node, 'w:txbxContent');
  if (textBox) {
    before.push(...readBlocks(textBox, context));
    return;
  }
  const where = `（第${context.paragraphCount}段）`;
  if (node.name === 'w:object') {
    context.dropped.push(`嵌入对象${where}`);
    return;
  }
  const docPr = descendant(node, 'wp:docPr');
  const name = attr(docPr, 'descr') || attr(docPr, 'title') || attr(docPr, 'name');
  const graphic = attr(descendant(node, 'a:graphicData'), 'uri') ?? '';
  const label = name ? `“${name}”` : '';
  if (graphic.includes('/chart')) context.dropped.push(`图表${label}${where}`);
  else if (descendant(node, 'pic:pic') || descendant(node, 'v:imagedata') || descendant(node, 'a:blip')) {
    context.dropped.push(`图片${label}${where}`);
  } else if (graphic.includes('diagram')) context.dropped.push(`SmartArt 图形${label}${where}`);
  // Other shapes (the masthead's red rule drawn as a line) carry nothing to keep.
}
