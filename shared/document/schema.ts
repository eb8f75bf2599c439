/**
 * The schemas of a document, built from the block modules (blocks/registry.ts) under two sets of
 * limits (blocks/limits.ts): `documentSchema` for what a request submits (the contract), lenient
 * `storedDocumentSchema` for what the storage reads, so that tightening a request limit never turns a
 * stored row into an error.
 */
import { z } from 'zod';
import { REQUEST_LIMITS, STORED_LIMITS, type DocumentLimits } from './blocks/limits';
import { blockSchemaFor } from './blocks/registry';
import { DOCUMENT_SCHEMA_VERSION, type BriefDocument } from './types';
import { upgradeDocument } from './upgrade';

export const MAX_BLOCKS = REQUEST_LIMITS.blocks;
export const MAX_LEAVES_PER_BLOCK = REQUEST_LIMITS.leavesPerBlock;
export const MAX_TEXT_PER_LEAF = REQUEST_LIMITS.textPerLeaf;
export const MAX_GENERATED_LINES = REQUEST_LIMITS.generatedLines;
export const MAX_CAPTION_CHARS = REQUEST_LIMITS.captionChars;
export const MAX_PICTURE_PIXELS = REQUEST_LIMITS.picturePixels;

function documentSchemaFor(limits: DocumentLimits) {
  return z.strictObject({
    schemaVersion: z.literal(DOCUMENT_SCHEMA_VERSION),
    blocks: z.array(blockSchemaFor(limits)).min(1).max(limits.blocks),
  }) as unknown as z.ZodType<BriefDocument, BriefDocument>;
}

/** One block as a request may submit it. */
export const blockSchema = blockSchemaFor(REQUEST_LIMITS);

/** A document as a request may submit it (issues.saveDocument, import). */
export const documentSchema = documentSchemaFor(REQUEST_LIMITS);

/** What the storage reads: an older stored document is upgraded first (upgrade.ts), then validated. */
export const storedDocumentSchema = z.preprocess(upgradeDocument, documentSchemaFor(STORED_LIMITS));
