/**
 * The document model of an issue's body. Slate edits it in the renderer; main-side code (storage,
 * plain-text and later DOCX/print serializers) reads the very same shape.
 *
 * The body is a flat list of blocks. Numbers (一、（一）1.（1）) are never stored: they are derived from
 * the order and levels of the numbered blocks (see numbering.ts), so they are always right.
 */

export const DOCUMENT_SCHEMA_VERSION = 1;

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

export type BlockElement = ParagraphElement | NumberedElement;
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

export function blockText(block: BlockElement): string {
  return block.children.map((leaf) => leaf.text).join('');
}
