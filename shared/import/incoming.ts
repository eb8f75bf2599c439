/**
 * The incoming document: what any source of a past issue (a DOCX read over its package, a .txt file,
 * later paste) hands to detection. It keeps what decides the structure and text alone loses — the
 * number a paragraph prints by automatic numbering, its heading style, the East Asian face of its
 * runs, tables as rows of cells, and what could not be kept (pictures, objects) by name.
 */
import type { NumberLevel } from '../document/types';

export interface IncomingRun {
  text: string;
  bold?: boolean;
  /** East Asian face as named in the file (黑体, 楷体_GB2312, 方正小标宋简体…). */
  face?: string;
}

export interface IncomingParagraph {
  kind: 'paragraph';
  runs: IncomingRun[];
  /** The style's name as the file calls it (Heading 2, 标题 1, Normal…). */
  styleName?: string;
  /** The heading level its style or outline level gives (Heading 1 / 标题 1 → 1). */
  headingLevel?: NumberLevel;
  /**
   * The number automatic numbering prints before it, resolved from numbering.xml by what the level
   * prints (numFmt + lvlText: `一、`, `（一）`, `1.`, `（1）`), whatever its ilvl or list.
   */
  autoNumber?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  /** A top or bottom border (a rule of the masthead or the 报尾). */
  bordered?: boolean;
  /** The reader knows it is the caption of the picture before it (the text under a photo in a photo table). */
  caption?: boolean;
}

export interface IncomingTable {
  kind: 'table';
  /** Rows of cells; a cell holds its paragraphs. */
  rows: IncomingParagraph[][][];
}

/** A picture the reader kept (checked and decodable); its bytes are in IncomingDocument.pictures. */
export interface IncomingPicture {
  kind: 'picture';
  pictureId: string;
  pixelWidth: number;
  pixelHeight: number;
  /** The printed width as a share of the text width (`wp:extent cx` over it); null when unknown. */
  widthShare: number | null;
  /** The name Word gave it (`照片 1`), for warnings. */
  name: string;
}

export type IncomingBlock = IncomingParagraph | IncomingTable | IncomingPicture;

/** The bytes of a kept picture, once per picture however often the document shows it. */
export interface IncomingPictureData {
  pictureId: string;
  mime: 'image/jpeg' | 'image/png';
  bytes: Uint8Array;
}

export interface IncomingDocument {
  blocks: IncomingBlock[];
  /**
   * True when every paragraph ends where its author ended it (a DOCX); false for text whose lines
   * may have been broken by extraction (a .txt made from a PDF), which detection joins back.
   */
  wholeParagraphs: boolean;
  /** What the model cannot hold, by name, with where it stood: `图表“图表 1”（第12段）`. */
  dropped: string[];
  /** Warnings the reader words itself (a picture over the cap or damaged), shown as they are. */
  notes?: string[];
  /** The bytes of the picture blocks (a DOCX's media parts, checked). */
  pictures?: IncomingPictureData[];
}

export function paragraphText(paragraph: IncomingParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** A cell's text: its paragraphs joined by line breaks. */
export function cellText(cell: readonly IncomingParagraph[]): string {
  return cell.map(paragraphText).join('\n');
}

/** Plain text lines are the .txt reader's document: one paragraph per line, joined later by detection. */
export function textDocument(text: string): IncomingDocument {
  return {
    blocks: text.split(/\r\n|[\r\n\f\v\u2028\u2029]/).map((line) => ({ kind: 'paragraph', runs: [{ text: line }] })),
    wholeParagraphs: false,
    dropped: [],
  };
}
