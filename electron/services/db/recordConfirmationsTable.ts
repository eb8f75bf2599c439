/** The `issue_record_confirmations` table: "this issue has no records of this kind", as the clerk confirmed. */
import type { GeneratedKind } from '../../../shared/document/types';
import type { Db } from './connection';

export function isConfirmedNone(db: Db, issueId: number, kind: GeneratedKind): boolean {
  return db.prepare('SELECT 1 FROM issue_record_confirmations WHERE issue_id = ? AND kind = ?').get(issueId, kind) !== undefined;
}

export function setConfirmedNone(db: Db, issueId: number, kind: GeneratedKind, confirmed: boolean, now: string): void {
  if (confirmed) {
    db.prepare(
      `INSERT INTO issue_record_confirmations (issue_id, kind, confirmed_at) VALUES (?, ?, ?)
       ON CONFLICT (issue_id, kind) DO UPDATE SET confirmed_at = excluded.confirmed_at`,
    ).run(issueId, kind, now);
  } else {
    db.prepare('DELETE FROM issue_record_confirmations WHERE issue_id = ? AND kind = ?').run(issueId, kind);
  }
}
