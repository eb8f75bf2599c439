/**
 * Stored documents of older schema versions, brought to the current one before validation. Only the
 * storage's read path applies it (storedDocumentSchema); what the editor saves is always current.
 *
 * Each step is an explicit function from one version to the next, with its own test
 * (test/unit/document/upgrade.test.ts); a document runs through every step from its version on.
 * A version this code does not know (newer, or garbage) is left as it is, for the schema to refuse.
 */
import { DOCUMENT_SCHEMA_VERSION } from './types';

type StoredJson = Record<string, unknown>;

/** 1 → 2: version 2 only added the generated and table blocks, so a version-1 body is valid as it is. */
export function upgrade1To2(doc: StoredJson): StoredJson {
  return { ...doc, schemaVersion: 2 };
}

/** The step from each old version to the next. */
export const UPGRADE_STEPS: Readonly<Record<number, (doc: StoredJson) => StoredJson>> = {
  1: upgrade1To2,
};

export function upgradeDocument(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let doc = raw as StoredJson;
  while (typeof doc.schemaVersion === 'number' && doc.schemaVersion !== DOCUMENT_SCHEMA_VERSION) {
    const step = UPGRADE_STEPS[doc.schemaVersion];
    if (!step) break;
    doc = step(doc);
  }
  return doc;
}
