/**
 * The search index tables (migration 005): search_blocks (+ its FTS5 trigram shadow) and search_stale,
 * which triggers fill on every write. `refreshStaleIssues` brings the index up to date; `searchBlocks`
 * queries it by either route.
 */
import type { Db } from './connection';
import { findIssue, findIssueSummary } from './issuesTable';
import { findSeries } from './seriesTable';
import { indexEntries, mastheadText, type IndexEntry } from '../../../shared/archive/indexText';
import { updateShortQueryCache } from './shortQueryCache';

function entriesFor(db: Db, issueId: number): IndexEntry[] | null {
  const summary = findIssueSummary(db, issueId);
  if (!summary) return null;
  const series = findSeries(db, summary.seriesId);
  if (!series) return null;
  try {
    const issue = findIssue(db, issueId);
    return issue ? indexEntries(series, issue, issue.document) : null;
  } catch {
    // A body the schema does not accept stays findable by its masthead; the editor reports the body.
    return [{ blockIndex: -1, text: mastheadText(series, summary) }];
  }
}

/**
 * Re-indexes every issue a write marked stale, in one transaction; returns how many. `onProgress`
 * hears after each issue how many of how many are done (the heavy task reports it).
 */
export function refreshStaleIssues(db: Db, onProgress?: (done: number, total: number) => void): number {
  const stale = db.prepare('SELECT issue_id FROM search_stale LIMIT 1').get();
  if (stale === undefined) return 0;
  return db
    .transaction(() => {
      const ids = (db.prepare('SELECT issue_id FROM search_stale').all() as { issue_id: number }[]).map((r) => r.issue_id);
      const remove = db.prepare('DELETE FROM search_blocks WHERE issue_id = ?');
      const insert = db.prepare('INSERT INTO search_blocks (issue_id, block_index, text) VALUES (?, ?, ?)');
      for (const [done, id] of ids.entries()) {
        remove.run(id);
        for (const entry of entriesFor(db, id) ?? []) insert.run(id, entry.blockIndex, entry.text);
        onProgress?.(done + 1, ids.length);
      }
      db.prepare('DELETE FROM search_stale').run();
      updateShortQueryCache(db, ids);
      return ids.length;
    })
    .immediate();
}

export interface BlockMatchRow {
  issue_id: number;
  block_index: number;
  text: string;
  series_id: number;
  series_title: string;
  year: number;
  number: number;
  total_number: number | null;
  supplement: number;
  issue_date: string;
}

export interface BlockQuery {
  /** The query as typed (trimmed); `route` says how it is matched. */
  query: string;
  route: 'trigram' | 'scan';
  seriesId: number | null;
  year: number | null;
  includeDeleted: boolean;
  limit: number;
}

/** An FTS5 string literal: the query as one phrase, double quotes doubled. */
export function ftsPhrase(query: string): string {
  return `"${query.replaceAll('"', '""')}"`;
}

const SELECT = `SELECT b.issue_id, b.block_index, b.text, i.series_id, s.title AS series_title, i.year, i.number,
       i.total_number, i.supplement, i.issue_date`;
const FILTERS = `(@includeDeleted = 1 OR i.deleted_at IS NULL)
   AND (@seriesId IS NULL OR i.series_id = @seriesId)
   AND (@year IS NULL OR i.year = @year)`;
const ORDER = 'ORDER BY i.issue_date DESC, i.id DESC, b.block_index LIMIT @limit';

/** Blocks by search_blocks id (candidates found by FTS5 or the in-memory scan), filtered and ordered. */
export function blocksByIds(db: Db, ids: readonly number[], q: Omit<BlockQuery, 'query' | 'route'>): BlockMatchRow[] {
  if (ids.length === 0) return [];
  const sql = `${SELECT} FROM search_blocks b JOIN issues i ON i.id = b.issue_id JOIN series s ON s.id = i.series_id
    WHERE b.id IN (SELECT value FROM json_each(@ids)) AND ${FILTERS} ${ORDER}`;
  return db.prepare(sql).all({
    ids: JSON.stringify(ids),
    includeDeleted: q.includeDeleted ? 1 : 0,
    seriesId: q.seriesId,
    year: q.year,
    limit: q.limit,
  }) as BlockMatchRow[];
}

/** FTS5 candidates for a 3+ character query, at most `cap`. */
export function trigramCandidates(db: Db, query: string, cap: number): number[] {
  return db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?').pluck().all(ftsPhrase(query), cap) as number[];
}

/** Matching blocks, newest issue first, then in reading order (masthead first). */
export function searchBlocks(db: Db, q: BlockQuery): BlockMatchRow[] {
  const params = {
    query: q.route === 'trigram' ? ftsPhrase(q.query) : q.query,
    includeDeleted: q.includeDeleted ? 1 : 0,
    seriesId: q.seriesId,
    year: q.year,
    limit: q.limit,
  };
  const sql =
    q.route === 'trigram'
      ? `${SELECT} FROM search_fts f JOIN search_blocks b ON b.id = f.rowid JOIN issues i ON i.id = b.issue_id
         JOIN series s ON s.id = i.series_id WHERE search_fts MATCH @query AND ${FILTERS} ${ORDER}`
      : `${SELECT} FROM issues i JOIN search_blocks b ON b.issue_id = i.id JOIN series s ON s.id = i.series_id
         WHERE instr(b.text, @query) > 0 AND ${FILTERS} ${ORDER}`;
  return db.prepare(sql).all(params) as BlockMatchRow[];
}

/**
 * Whether bringing the index up to date is more than a moment's work (many issues, or long ones, were
 * changed — an import, another process's writes): then a host does it as a heavy task.
 */
export function staleIndexWorkIsLarge(db: Db, maxIssues = 20, maxChars = 500_000): boolean {
  const row = db
    .prepare(
      'SELECT count(*) AS issues, coalesce(sum(length(i.document)), 0) AS chars FROM search_stale s JOIN issues i ON i.id = s.issue_id',
    )
    .get() as { issues: number; chars: number };
  return row.issues > maxIssues || row.chars > maxChars;
}
