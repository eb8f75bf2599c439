/**
 * Stored documents of older schema versions, brought to the current one before validation. Only the
 * storage's read path applies it (storedDocumentSchema); what the editor saves is always current.
 *
 * 1 → 2: version 2 only added the generated block, so a version-1 document is already valid once its
 * version says 2.
 */
import { DOCUMENT_SCHEMA_VERSION } from './types';

export function upgradeDocument(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const doc = raw as Record<string, unknown>;
  if (doc.schemaVersion === 1) return { ...doc, schemaVersion: DOCUMENT_SCHEMA_VERSION };
  return raw;
}
