/**
 * The schema a stored or submitted document must satisfy. Limits are generous for a briefing
 * (a 30-page issue is ≈600 blocks, ≈25,000 characters) and keep a malformed request from growing
 * the database without bound.
 */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import { DOCUMENT_SCHEMA_VERSION, GENERATED_KINDS, PICTURE_ID_PATTERN } from './types';
import { MAX_CELL_CHARS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, tableSchema } from './table';
import { upgradeDocument } from './upgrade';

export const MAX_BLOCKS = 20_000;
export const MAX_LEAVES_PER_BLOCK = 2_000;
export const MAX_TEXT_PER_LEAF = 100_000;

const styledTextSchema = z.strictObject({
  text: xmlText().max(MAX_TEXT_PER_LEAF),
  bold: z.literal(true).optional(),
});

const childrenSchema = z.array(styledTextSchema).min(1).max(MAX_LEAVES_PER_BLOCK);

const paragraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  children: childrenSchema,
});

const numberedSchema = z.strictObject({
  type: z.literal('numbered'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  display: z.enum(['heading', 'paragraph']),
  children: childrenSchema,
});

export const MAX_GENERATED_LINES = 500;

/** A generated block: its stored lines and the one empty child Slate keeps in a void element. */
const generatedSchema = z.strictObject({
  type: z.literal('generated'),
  kind: z.enum(GENERATED_KINDS as ['attendance', 'leaderVisits']),
  lines: z.array(xmlText().max(MAX_TEXT_PER_LEAF)).max(MAX_GENERATED_LINES),
  children: z
    .array(styledTextSchema)
    .length(1)
    .refine((leaves) => leaves[0]?.text === '', { message: '自动段落不能含有文字' }),
});

/** A statistics block: its metric group, its form and its last rendered text (types.ts). */
const statisticsSchema = z.strictObject({
  type: z.literal('statistics'),
  groupId: z.int().positive().max(Number.MAX_SAFE_INTEGER),
  form: z.enum(['sentence', 'table']),
  lines: z.array(xmlText().max(MAX_TEXT_PER_LEAF)).max(MAX_GENERATED_LINES),
  rows: z.array(z.array(xmlText().max(MAX_CELL_CHARS)).max(MAX_TABLE_COLUMNS)).max(MAX_TABLE_ROWS),
  children: z
    .array(styledTextSchema)
    .length(1)
    .refine((leaves) => leaves[0]?.text === '', { message: '统计段落不能含有文字' }),
});

export const MAX_CAPTION_CHARS = 500;
/** Pixel sizes above this are no photo a clerk inserts (a 300 dpi A4 page is 2480 × 3508). */
export const MAX_PICTURE_PIXELS = 20_000;

/** A picture block: its stored image's key and size, its printed width and its 图注. */
const pictureSchema = z.strictObject({
  type: z.literal('picture'),
  pictureId: z.string().regex(PICTURE_ID_PATTERN, { message: '图片编号无效' }),
  pixelWidth: z.int().positive().max(MAX_PICTURE_PIXELS),
  pixelHeight: z.int().positive().max(MAX_PICTURE_PIXELS),
  width: z.union([z.literal(100), z.literal(75), z.literal(50)]),
  caption: xmlText().max(MAX_CAPTION_CHARS),
  children: z
    .array(styledTextSchema)
    .length(1)
    .refine((leaves) => leaves[0]?.text === '', { message: '图片段落不能含有文字' }),
});

export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  numberedSchema,
  generatedSchema,
  tableSchema,
  statisticsSchema,
  pictureSchema,
]);

export const documentSchema = z.strictObject({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  blocks: z.array(blockSchema).min(1).max(MAX_BLOCKS),
});

/** What the storage reads: an older stored document is upgraded first (upgrade.ts), then validated. */
export const storedDocumentSchema = z.preprocess(upgradeDocument, documentSchema);
