/**
 * A .docx package to the incoming document: word/document.xml walked in order with styles.xml and
 * numbering.xml beside it. Paragraphs keep their runs (text, bold, East Asian face), style, heading
 * level, printed automatic number, alignment and borders; tables are rows of cells; a text box's
 * paragraphs come before the paragraph that anchors it, read once (the `mc:Fallback` copy Word keeps
 * for old readers is skipped); a picture is a block of its own where it stood, its bytes checked
 * and kept (docxPictures.ts); charts and embedded objects are named in `dropped`.
 */
import type { IncomingBlock, IncomingDocument, IncomingParagraph, IncomingPicture, IncomingRun } from '../../../../shared/import/incoming';
import { readZipEntries } from '../zipArchive';
import { DocxPictures, imageRelationships, RELATIONSHIPS_PART, textWidthEmu } from './docxPictures';
import { readNumbering, type Numbering } from './numbering';
import { isPhotoTable, photoTableBlocks, type CellContent } from './photoTables';
import { faceOf, numberingOf, readStyles, type StyleSheet } from './styles';
import { attr, child, descendant, onOff, parseXml, type XmlElement } from './xmlTree';

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', RELATIONSHIPS_PART];

interface Context {
  styles: StyleSheet;
  numbering: Numbering;
  dropped: string[];
  pictures: DocxPictures;
  /** Warnings worded here (pictures not kept, and why). */
  notes: string[];
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
  const body = child(child(document, 'w:document'), 'w:body');
  // The media parts are inflated in a second pass, and only those an image relationship names.
  const relationships = imageRelationships(xml(RELATIONSHIPS_PART));
  const wanted = DocxPictures.parts(relationships);
  const media = wanted.size > 0 ? readZipEntries(fileName, bytes, (name) => wanted.has(name)) : new Map<string, Uint8Array>();
  const notes: string[] = [];
  const context: Context = {
    styles: readStyles(xml('word/styles.xml')),
    numbering: readNumbering(xml('word/numbering.xml')),
    dropped: [],
    pictures: new DocxPictures(relationships, media, textWidthEmu(body), notes),
    notes,
    paragraphCount: 0,
  };
  const blocks = readBlocks(body, context);
  return { blocks, wholeParagraphs: true, dropped: context.dropped, notes, pictures: [...context.pictures.data.values()] };
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
        blocks.push(...readTable(element, context));
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

function readTable(element: XmlElement, context: Context): IncomingBlock[] {
  const rows: CellContent[][] = [];
  for (const row of element.children) {
    if (row.name !== 'w:tr') continue;
    rows.push(row.children.filter((cell) => cell.name === 'w:tc').map((cell) => readBlocks(cell, context)));
  }
  if (isPhotoTable(rows)) {
    const blocks = photoTableBlocks(rows);
    const count = blocks.filter((block) => block.kind === 'picture').length;
    context.notes.push(`一个表格中并排的 ${count} 张图片已按从左到右、从上到下的顺序逐张导入，每张单独成行，图下文字作为图注。`);
    return blocks;
  }
  // A table nested in a cell is flattened into that cell's paragraphs; a table cell holds no picture.
  return [{ kind: 'table', rows: rows.map((cells) => cells.map((content) => content.flatMap((block) => cellParagraphs(block, context)))) }];
}

function cellParagraphs(block: IncomingBlock, context: Context): IncomingParagraph[] {
  if (block.kind === 'paragraph') return [block];
  if (block.kind === 'table') return block.rows.flat(2);
  context.notes.push(`表格中的图片${block.name ? `“${block.name}”` : ''}未导入：简报的表格中不能放图片。`);
  return [];
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
  const align =
    jc === 'center'
      ? 'center'
      : jc === 'right' || jc === 'end'
        ? 'right'
        : jc === 'both' || jc === 'distribute'
          ? 'both'
          : jc
            ? 'left'
            : undefined;
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
 * line breaks (`w:br`: a masthead typed as one paragraph with Shift+Enter is several lines) and at
 * its pictures, each of which is a block of its own between the text before and after it.
 */
function readParagraph(element: XmlElement, context: Context): IncomingBlock[] {
  context.paragraphCount++;
  const props = paragraphProps(element, context);
  const before: IncomingBlock[] = [];
  const pieces: (IncomingRun[] | IncomingPicture)[] = [[]];
  const add = (run: IncomingRun): void => {
    let line = pieces[pieces.length - 1]!;
    if (!Array.isArray(line)) pieces.push((line = []));
    const last = line[line.length - 1];
    if (last && last.bold === run.bold && last.face === run.face) last.text += run.text;
    else line.push(run);
  };
  const sink: RunSink = { add, lineBreak: () => pieces.push([]), picture: (picture) => pieces.push(picture), before };
  const walk = (container: XmlElement): void => {
    for (const node of container.children) {
      switch (node.name) {
        case 'w:r':
          readRun(node, props, context, sink);
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
  let first = true;
  const blocks: IncomingBlock[] = [];
  for (const piece of pieces) {
    if (!Array.isArray(piece)) {
      blocks.push(piece);
      continue;
    }
    // Empty paragraphs are spacing, not content; a text box anchor or a picture's own paragraph often is one.
    if (!piece.some((run) => run.text.trim() !== '')) continue;
    blocks.push({ kind: 'paragraph', runs: piece, ...(first ? kept : dropNumber(kept)) });
    first = false;
  }
  return [...before, ...blocks];
}

function dropNumber(props: Omit<ParagraphProps, 'styleBold' | 'styleFace'>): Omit<ParagraphProps, 'styleBold' | 'styleFace'> {
  const { autoNumber: _n, ...rest } = props;
  return rest;
}

/** Where a run's content goes: text, line breaks and pictures in order; a text box's paragraphs before. */
interface RunSink {
  add(run: IncomingRun): void;
  lineBreak(): void;
  picture(picture: IncomingPicture): void;
  before: IncomingBlock[];
}

function readRun(run: XmlElement, props: ParagraphProps, context: Context, sink: RunSink): void {
  const { add, lineBreak } = sink;
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
        readGraphic(node, context, sink);
        break;
      default:
        break; // rPr, fldChar, instrText (a field's code, not its result), lastRenderedPageBreak …
    }
  };
  for (const node of run.children) visit(node);
}

/** A text box gives its paragraphs, a picture its block; a chart or object is named in the warnings. */
function readGraphic(node: XmlElement, context: Context, sink: RunSink): void {
  const textBox = descendant(node, 'w:txbxContent');
  if (textBox) {
    sink.before.push(...readBlocks(textBox, context));
    return;
  }
  const where = `（第${context.paragraphCount}段）`;
  if (node.name === 'w:object') {
    context.dropped.push(`嵌入对象${where}`);
    return;
  }
  const docPr = descendant(node, 'wp:docPr');
  const name = attr(docPr, 'descr') || attr(docPr, 'title') || attr(docPr, 'name') || attr(descendant(node, 'v:imagedata'), 'o:title');
  const graphic = attr(descendant(node, 'a:graphicData'), 'uri') ?? '';
  const label = name ? `“${name}”` : '';
  if (graphic.includes('/chart')) context.dropped.push(`图表${label}${where}`);
  else if (DocxPictures.shows(node)) {
    const picture = context.pictures.read(node, label, where);
    if (picture) sink.picture({ ...picture, name: name ?? '' });
  } else if (graphic.includes('diagram')) context.dropped.push(`SmartArt 图形${label}${where}`);
  // Other shapes (the masthead's red rule drawn as a line) carry nothing to keep.
}
