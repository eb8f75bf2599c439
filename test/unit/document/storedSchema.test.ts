/**
 * Stored data has its own, lenient schema: a request limit tightened later must never turn a row saved
 * under the old limit into 正文格式无法识别. The request schema is stricter or equal, by construction
 * (both are built from the block modules under two sets of limits) and checked here.
 */
import { describe, expect, it } from 'vitest';
import { REQUEST_LIMITS, STORED_LIMITS } from '../../../shared/document/blocks/limits';
import { documentSchema, storedDocumentSchema } from '../../../shared/document/schema';
import { table } from '../../../shared/document/table';
import { DOCUMENT_SCHEMA_VERSION, generated, picture, type BlockElement } from '../../../shared/document/types';
import { BLOCK_FIXTURES } from '../blocks/blockFixtures';

const doc = (blocks: BlockElement[]) => ({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks });
const ID = BLOCK_FIXTURES.picture.pictureId;

describe('stored and request document schemas', () => {
  it('holds no stored limit below its request limit', () => {
    for (const key of Object.keys(REQUEST_LIMITS) as (keyof typeof REQUEST_LIMITS)[]) {
      expect(STORED_LIMITS[key], key).toBeGreaterThanOrEqual(REQUEST_LIMITS[key]);
    }
  });

  it('reads stored rows past a request limit that a request may not submit', () => {
    const overRequest: BlockElement[] = [
      picture(ID, 800, 600, '图'.repeat(REQUEST_LIMITS.captionChars + 1)),
      generated(
        'attendance',
        Array.from({ length: REQUEST_LIMITS.generatedLines + 1 }, () => '出勤正常。'),
      ),
      table([['格'.repeat(REQUEST_LIMITS.cellChars + 1)]]),
      picture(ID, REQUEST_LIMITS.picturePixels + 1, 600),
    ];
    for (const block of overRequest) {
      expect(documentSchema.safeParse(doc([block])).success, block.type).toBe(false);
      expect(storedDocumentSchema.safeParse(doc([block])).success, block.type).toBe(true);
    }
  });

  it('refuses in both what is malformed rather than large', () => {
    const malformed = [
      { ...BLOCK_FIXTURES.picture, pictureId: 'not-a-hash' },
      { ...BLOCK_FIXTURES.picture, width: 60 },
      { ...BLOCK_FIXTURES.picture, pixelWidth: 0 },
      { ...BLOCK_FIXTURES.picture, children: [{ text: '字' }] },
      { ...BLOCK_FIXTURES.picture, url: 'file:///C:/photo.jpg' },
      { type: 'video', children: [{ text: '' }] },
    ];
    for (const block of malformed) {
      expect(documentSchema.safeParse(doc([block as BlockElement])).success).toBe(false);
      expect(storedDocumentSchema.safeParse(doc([block as BlockElement])).success).toBe(false);
    }
  });
});
