/** The `proofread_ignores` table (migration 008): the 校对 findings ignored (忽略) per issue, by key. */
import type { Db } from './connection';

export function listIgnoredKeys(db: Db, issueId: number): string[] {
  const rows = db.prepare('SELECT finding_key FROM proofread_ignores WHERE issue_id = ? ORDER BY finding_key').all(issueId) as {
    finding_key: string;
  }[];
  return rows.map((row) => row.finding_key);
}

export function insertIgnoredKey(db: Db, issueId: number, key: string, at: string): void {
  db.prepare('INSERT OR IGNORE INTO proofread_ignores (issue_id, finding_key, ignored_at) VALUES (?, ?, ?)').run(issueId, key, at);
}

export function deleteIgnoredKey(db: Db, issueId: number, key: string): void {
  db.prepare('DELETE FROM proofread_ignores WHERE issue_id = ? AND finding_key = ?').run(issueId, key);
}
