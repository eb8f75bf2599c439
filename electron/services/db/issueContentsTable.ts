/** The `issue_contents` table: an issue's own 本期要目 choice; no row (or NULL columns) follows the series. */
import type { ContentsOverride } from '../../../shared/layout/contents';
import type { Db } from './connection';

interface IssueContentsRow {
  enabled: number | null;
  level2: number | null;
}

const flag = (value: number | null): boolean | null => (value === null ? null : value === 1);
const column = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

export function findIssueContents(db: Db, issueId: number): ContentsOverride {
  const row = db.prepare('SELECT enabled, level2 FROM issue_contents WHERE issue_id = ?').get(issueId) as IssueContentsRow | undefined;
  return { enabled: flag(row?.enabled ?? null), level2: flag(row?.level2 ?? null) };
}

/** Stores the choice; one that follows the series in both keeps no row. */
export function updateIssueContents(db: Db, issueId: number, override: ContentsOverride): void {
  if (override.enabled === null && override.level2 === null) {
    db.prepare('DELETE FROM issue_contents WHERE issue_id = ?').run(issueId);
    return;
  }
  db.prepare(
    `INSERT INTO issue_contents (issue_id, enabled, level2) VALUES (?, ?, ?)
     ON CONFLICT (issue_id) DO UPDATE SET enabled = excluded.enabled, level2 = excluded.level2`,
  ).run(issueId, column(override.enabled), column(override.level2));
}
