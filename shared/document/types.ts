/**
 * The document model of an issue's body. Slate edits it in the renderer; main-side code (storage,
 * plain-text and the DOCX/print serializers) reads the very same shape.
 *
 * The body is a flat list of blocks. Each block type has its home in blocks/ (its element, schema,
 * normaliser and outputs) and one entry in blocks/registry.ts; this file re-exports them for the many
 * importers. Numbers (一、（一）1.（1）) are never stored: they are derived from the order and levels of
 * the numbered blocks (see numbering.ts), so they are always right.
 */
import { paragraph } from './blocks/paragraph';
import type { BlockElement } from './blocks/registry';

/** 2 added the generated and table blocks; a version-1 document is upgraded on read (upgrade.ts). */
export const DOCUMENT_SCHEMA_VERSION = 2;

export { blockText, type StyledText } from './blocks/text';
export { paragraph, type ParagraphElement } from './blocks/paragraph';
export { numbered, NUMBER_LEVELS, type NumberLevel, type NumberedElement } from './blocks/numbered';
export { generated, GENERATED_KINDS, type GeneratedKind, type GeneratedElement } from './blocks/generated';
export type { TableElement } from './table';
export { statistics, type StatisticsElement } from './blocks/statistics';
export { picture, pictureLine, PICTURE_ID_PATTERN, PICTURE_WIDTHS, type PictureElement, type PictureWidth } from './blocks/picture';
export { blockLines, type BlockElement, type BlockType } from './blocks/registry';

export interface BriefDocument {
  schemaVersion: typeof DOCUMENT_SCHEMA_VERSION;
  blocks: BlockElement[];
}

export function emptyDocument(): BriefDocument {
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: [paragraph()] };
}
