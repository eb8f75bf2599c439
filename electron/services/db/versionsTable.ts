/** The `issue_versions` table (migration 005): save points of an issue's body. */
import type { SavePoint, SavePointReason } from '../../../shared/archive/types';
import type { BriefDocument } from '../../../shared/document/types';
import type { Db } from './connection';
import { parseStoredDocument, serializeDocument } from './issuesTable';
import { rawBlockText } from '../../../shared/archive/indexText';

interface VersionRow {
  id: number;
  issue_id: number;
  created_at: string;
  reason: SavePointReason;
  revision: number;
  document: string;
}

function characters(document: string): number {
  try {
    const parsed = JSON.parse(document) as { blocks?: unknown };
    if (!Array.isArray(parsed.blocks)) return 0;
    return parsed.blocks.reduce((n: number, block: unknown) => n + [...rawBlockText(block)].length, 0);
  } catch {
    return 0;
  }
}

function rowToSavePoint(row: VersionRow): SavePoint {
  return {
    id: row.id,
    issueId: row.issue_id,
    createdAt: row.created_at,
    reason: row.reason,
    revision: row.revision,
    characters: characters(row.document),
  };
}

export function insertSavePoint(
  db: Db,
  issueId: number,
  reason: SavePointReason,
  revision: number,
  document: string | BriefDocument,
  now: string,
): number {
  const text = typeof document === 'string' ? document : serializeDocument(document);
  const info = db
    .prepare('INSERT INTO issue_versions (issue_id, created_at, reason, revision, document) VALUES (?, ?, ?, ?, ?)')
    .run(issueId, now, reason, revision, text);
  return Number(info.lastInsertRowid);
}

export function listSavePoints(db: Db, issueId: number): SavePoint[] {
  const rows = db.prepare('SELECT * FROM issue_versions WHERE issue_id = ? ORDER BY created_at DESC, id DESC').all(issueId) as VersionRow[];
  return rows.map(rowToSavePoint);
}

export function latestSavePoint(db: Db, issueId: number): SavePoint | undefined {
  const row = db.prepare('SELECT * FROM issue_versions WHERE issue_id = ? ORDER BY created_at DESC, id DESC LIMIT 1').get(issueId) as
    VersionRow | undefined;
  return row ? rowToSavePoint(row) : undefined;
}

export function findSavePoint(db: Db, id: number): { savePoint: SavePoint; document: BriefDocument } | undefined {
  const row = db.prepare('SELECT * FROM issue_versions WHERE id = ?').get(id) as VersionRow | undefined;
  return row ? { savePoint: rowToSavePoint(row), document: parseStoredDocument(row.issue_id, row.document) } : undefined;
}

export function setSavePointReason(db: Db, id: number, reason: SavePointReason): void {
  db.prepare('UPDATE issue_versions SET reason = ? WHERE id = ?').run(reason, id);
}

/** The stored body of an issue as JSON text and its revision (no parsing: it is copied as is). */
export function storedBody(db: Db, issueId: number): { document: string; revision: number } | undefined {
  return db.prepare('SELECT document, revision FROM issues WHERE id = ?').get(issueId) as
    { document: string; revision: number } | undefined;
}
