/**
 * Queries of 1–2 characters cannot use the trigram index, and instr() over ≈10 M characters in SQLite
 * takes 35–70 ms. The same scan over the index text held in memory (String.includes) takes 1–3 ms, so
 * the index text is mirrored here per connection: built on the first short query, updated for the
 * issues refreshStaleIssues re-indexes, and rebuilt when another connection changed the file
 * (PRAGMA data_version) or the runtime swapped the connection (forgetShortQueryCache).
 */
import type { Db } from './connection';

interface Mirror {
  dataVersion: number;
  /** search_blocks row id → text, per issue (so one issue's rows can be replaced). */
  byIssue: Map<number, { id: number; text: string }[]>;
}

const mirrors = new WeakMap<object, Mirror>();

function dataVersion(db: Db): number {
  return Number(db.pragma('data_version', { simple: true }));
}

function rowsByIssue(rows: { id: number; issue_id: number; text: string }[]): Map<number, { id: number; text: string }[]> {
  const map = new Map<number, { id: number; text: string }[]>();
  for (const row of rows) {
    let list = map.get(row.issue_id);
    if (!list) map.set(row.issue_id, (list = []));
    list.push({ id: row.id, text: row.text });
  }
  return map;
}

function build(db: Db): Mirror {
  const rows = db.prepare('SELECT id, issue_id, text FROM search_blocks').all() as { id: number; issue_id: number; text: string }[];
  const mirror = { dataVersion: dataVersion(db), byIssue: rowsByIssue(rows) };
  mirrors.set(db, mirror);
  return mirror;
}

/** After this connection re-indexed `issueIds`: the mirror follows (if there is one). */
export function updateShortQueryCache(db: Db, issueIds: readonly number[]): void {
  const mirror = mirrors.get(db);
  if (!mirror || issueIds.length === 0) return;
  const select = db.prepare('SELECT id, issue_id, text FROM search_blocks WHERE issue_id = ?');
  for (const id of issueIds) {
    const rows = select.all(id) as { id: number; issue_id: number; text: string }[];
    if (rows.length === 0) mirror.byIssue.delete(id);
    else
      mirror.byIssue.set(
        id,
        rows.map((r) => ({ id: r.id, text: r.text })),
      );
  }
}

export function forgetShortQueryCache(db: Db): void {
  mirrors.delete(db);
}

/** search_blocks ids whose text contains `query`; stops after `cap` (the caller then scans in SQL). */
export function shortQueryMatches(db: Db, query: string, cap: number): number[] {
  let mirror = mirrors.get(db);
  if (!mirror || mirror.dataVersion !== dataVersion(db)) mirror = build(db);
  const ids: number[] = [];
  for (const rows of mirror.byIssue.values()) {
    for (const row of rows) {
      if (row.text.includes(query)) {
        ids.push(row.id);
        if (ids.length >= cap) return ids;
      }
    }
  }
  return ids;
}
