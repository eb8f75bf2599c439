/**
 * The document model of an issue's body. Slate edits it in the renderer; main-side code (storage,
 * plain-text and later DOCX/print serializers) reads the very same shape.
 *
 * The body is a flat list of blocks. Numbers (一、（一）1.（1）) are never stored: they are derived from
 * the order and levels of the numbered blocks (see numbering.ts), so they are always right.
 */
import { tableLines, type TableElement } from './table';

/** 2 added the generated and table blocks; a version-1 document is upgraded on read (upgrade.ts). */
export const DOCUMENT_SCHEMA_VERSION = 2;

/** 1: 一、  2: （一）  3: 1.  4: （1） */
export type NumberLevel = 1 | 2 | 3 | 4;
export const NUMBER_LEVELS: readonly NumberLevel[] = [1, 2, 3, 4];

export interface StyledText {
  text: string;
  bold?: true;
}

export interface ParagraphElement {
  type: 'paragraph';
  children: StyledText[];
}

/**
 * A block that carries a generated number. `display: 'heading'` is a short title on its own line
 * (（一）优化营商环境工作开展情况); `display: 'paragraph'` is a whole paragraph that begins with its
 * number (（一）3月19日，省中心召开…). Both share one count.
 */
export interface NumberedElement {
  type: 'numbered';
  level: NumberLevel;
  display: 'heading' | 'paragraph';
  children: StyledText[];
}

/** Sections BriefDesk writes itself from the records (考勤情况, 厅（局）长进大厅). */
export type GeneratedKind = 'attendance' | 'leaderVisits';
export const GENERATED_KINDS: readonly GeneratedKind[] = ['attendance', 'leaderVisits'];

/**
 * A live generated section: a void block whose text is written from the records. `lines` is the last
 * rendered text, stored with the document so exports, search and a finalized issue keep the names as
 * printed even if the records or the roster change later. Its one empty child is what Slate needs
 * of a void element; it never holds text.
 */
export interface GeneratedElement {
  type: 'generated';
  kind: GeneratedKind;
  lines: string[];
  children: StyledText[];
}

export type { TableElement } from './table';

/**
 * A statistics block: the figures of one of the series' metric groups in this issue, printed as a
 * sentence (本周，共计咨询2046人次…。今年以来，累计…。) or as a table. The figures live in the database
 * (issue_figures) where the year-to-date totals are computed; `lines` and `rows` are the last rendered
 * text, kept with the document like a generated section's lines, so a finalized issue prints as it was.
 */
export interface StatisticsElement {
  type: 'statistics';
  /** The metric group (MetricGroup.id) of the series. */
  groupId: number;
  form: 'sentence' | 'table';
  /** Sentence form as printed. */
  lines: string[];
  /** Table form as printed: header row first. */
  rows: string[][];
  children: StyledText[];
}

/** Widths a picture may take, as a percentage of the text width. */
export type PictureWidth = 100 | 75 | 50;
export const PICTURE_WIDTHS: readonly PictureWidth[] = [100, 75, 50];
export const PICTURE_ID_PATTERN = /^[0-9a-f]{64}$/;

/**
 * A picture (issue 14): the image lives in the database (the `pictures` table, keyed by the SHA-256 of
 * its bytes), the block holds its key, its pixel size (so layout never has to read the image), the
 * width it is printed at and its 图注 ('' = none). Void: the caption is edited in its own input.
 */
export interface PictureElement {
  type: 'picture';
  /** SHA-256 of the stored bytes, 64 lowercase hex digits. */
  pictureId: string;
  pixelWidth: number;
  pixelHeight: number;
  width: PictureWidth;
  /** `图为…`, printed centred under the picture; '' prints none. */
  caption: string;
  children: StyledText[];
}

export type BlockElement =
  | ParagraphElement
  | NumberedElement
  | GeneratedElement
  | TableElement
  | StatisticsElement
  | PictureElement;
export type BlockType = BlockElement['type'];

export interface BriefDocument {
  schemaVersion: typeof DOCUMENT_SCHEMA_VERSION;
  blocks: BlockElement[];
}

export function paragraph(text = '', bold = false): ParagraphElement {
  return { type: 'paragraph', children: [bold ? { text, bold: true } : { text }] };
}

export function numbered(
  level: NumberLevel,
  text = '',
  display: NumberedElement['display'] = 'heading',
): NumberedElement {
  return { type: 'numbered', level, display, children: [{ text }] };
}

export function emptyDocument(): BriefDocument {
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: [paragraph()] };
}

export function generated(kind: GeneratedKind, lines: string[] = []): GeneratedElement {
  return { type: 'generated', kind, lines, children: [{ text: '' }] };
}

export function statistics(groupId: number, form: StatisticsElement['form'] = 'sentence'): StatisticsElement {
  return { type: 'statistics', groupId, form, lines: [], rows: [], children: [{ text: '' }] };
}

export function picture(
  pictureId: string,
  pixelWidth: number,
  pixelHeight: number,
  caption = '',
  width: PictureWidth = 100,
): PictureElement {
  return { type: 'picture', pictureId, pixelWidth, pixelHeight, width, caption, children: [{ text: '' }] };
}

/** A picture as plain text: `[图片：图为…]`, or `[图片]` without a caption. */
export function pictureLine(block: Pick<PictureElement, 'caption'>): string {
  return block.caption === '' ? '[图片]' : `[图片：${block.caption}]`;
}

/** The text typed into a block (a generated block has none: see blockLines). */
export function blockText(block: BlockElement): string {
  return block.children.map((leaf) => leaf.text).join('');
}

/** What a block prints, line by line: its text, a generated block's stored lines, a table's rows (table.ts). */
export function blockLines(block: BlockElement): string[] {
  if (block.type === 'table') return tableLines(block);
  if (block.type === 'statistics') return block.form === 'table' ? tableLines(block) : block.lines;
  if (block.type === 'picture') return [pictureLine(block)];
  return block.type === 'generated' ? block.lines : [blockText(block)];
}
