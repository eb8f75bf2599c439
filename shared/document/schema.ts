/**
 * The schema a stored or submitted document must satisfy. Limits are generous for a briefing
 * (a 30-page issue is ≈600 blocks, ≈25,000 characters) and keep a malformed request from growing
 * the database without bound.
 */
import { z } from 'zod';
import { DOCUMENT_SCHEMA_VERSION } from './types';

export const MAX_BLOCKS = 20_000;
export const MAX_LEAVES_PER_BLOCK = 2_000;
export const MAX_TEXT_PER_LEAF = 100_000;

const styledTextSchema = z.strictObject({
  text: z.string().max(MAX_TEXT_PER_LEAF),
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

export const blockSchema = z.discriminatedUnion('type', [paragraphSchema, numberedSchema]);

export const documentSchema = z.strictObject({
  schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
  blocks: z.array(blockSchema).min(1).max(MAX_BLOCKS),
});
