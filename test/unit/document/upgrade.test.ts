/** The stored-document upgrades (shared/document/upgrade.ts): each step, and the chain the storage runs. */
import { describe, expect, it } from 'vitest';
import { documentSchema, storedDocumentSchema } from '../../../shared/document/schema';
import { UPGRADE_STEPS, upgrade1To2, upgradeDocument } from '../../../shared/document/upgrade';
import { DOCUMENT_SCHEMA_VERSION, numbered, paragraph } from '../../../shared/document/types';

/** A body as version 1 stored it: paragraphs and numbered blocks only. */
const V1 = { schemaVersion: 1, blocks: [numbered(1, '工作动态'), paragraph('省中心召开窗口工作例会。', true)] };

describe('stored document upgrades', () => {
  it('1 → 2 keeps the body and says version 2', () => {
    expect(upgrade1To2(V1)).toEqual({ ...V1, schemaVersion: 2 });
    expect(V1.schemaVersion).toBe(1);
  });

  it('has a step from every version before the current one', () => {
    for (let version = 1; version < DOCUMENT_SCHEMA_VERSION; version++) expect(UPGRADE_STEPS[version]).toBeTypeOf('function');
  });

  it('the storage reads a version-1 row as current; a request must already be current', () => {
    expect(storedDocumentSchema.parse(V1)).toEqual({ ...V1, schemaVersion: DOCUMENT_SCHEMA_VERSION });
    expect(documentSchema.safeParse(V1).success).toBe(false);
  });

  it('leaves a current document as it is, and one of an unknown version for the schema to refuse', () => {
    const current = { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks: [paragraph('正文')] };
    expect(upgradeDocument(current)).toBe(current);
    const future = { schemaVersion: DOCUMENT_SCHEMA_VERSION + 1, blocks: [paragraph('正文')] };
    expect(upgradeDocument(future)).toBe(future);
    expect(storedDocumentSchema.safeParse(future).success).toBe(false);
    expect(storedDocumentSchema.safeParse({ schemaVersion: 0, blocks: [paragraph('正文')] }).success).toBe(false);
    for (const junk of [null, 'text', 42, [V1]]) expect(upgradeDocument(junk)).toBe(junk);
  });
});
