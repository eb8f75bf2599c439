/**
 * Search across all issues. Queries of 3+ characters go to the FTS5 trigram index; 1–2 characters,
 * which trigram silently cannot find, scan the plain text column (GUIDE §4). The index is brought up
 * to date first, so a search always sees the last save.
 */
import { snippetSegments } from '../../../shared/archive/snippet';
import type { SearchAnswer } from '../../../shared/archive/types';
import { SEARCH_DEFAULT_LIMIT } from '../../../shared/contract/archiveChannels';
import type { Db } from '../db/connection';
import { blocksByIds, refreshStaleIssues, searchBlocks, trigramCandidates } from '../db/searchIndexTable';
import { sqliteErrorCode, sqliteReason } from '../db/errors';
import { forgetShortQueryCache, shortQueryMatches } from '../db/shortQueryCache';
import { MASTHEAD_BLOCK } from '../../../shared/archive/indexText';

export interface SearchOptions {
  query: string;
  seriesId?: number | undefined;
  year?: number | undefined;
  includeDeleted?: boolean | undefined;
  limit?: number | undefined;
  /** Tests lower it to drive the common-word path on a small archive. */
  candidateCap?: number;
  /**
   * The caller already tried to bring the index up to date (as a heavy task) and it could not: the
   * search answers from the index as it stands with this notice, without trying again.
   */
  indexNotice?: string;
}

export const TRIGRAM_MIN_CHARS = 3;
/** Above this many matching blocks a query counts as common (see searchArchive). */
export const CANDIDATE_CAP = 2000;

export function searchRoute(query: string): 'trigram' | 'scan' {
  return [...query].length >= TRIGRAM_MIN_CHARS ? 'trigram' : 'scan';
}

export function searchArchive(db: Db, options: SearchOptions): SearchAnswer {
  const query = options.query.trim();
  const route = searchRoute(query);
  const limit = options.limit ?? SEARCH_DEFAULT_LIMIT;
  if (query === '') return { hits: [], truncated: false, route };
  const indexNotice = options.indexNotice ?? catchUpIndex(db);
  const filters = {
    seriesId: options.seriesId ?? null,
    year: options.year ?? null,
    includeDeleted: options.includeDeleted ?? false,
    limit: limit + 1,
  };
  // Few candidates (a rare word): fetch exactly those. Many (a common word): walk the issues newest
  // first in SQL, which stops as soon as the page is full — matches are dense then.
  const cap = options.candidateCap ?? CANDIDATE_CAP;
  const candidates = route === 'trigram' ? trigramCandidates(db, query, cap) : shortQueryMatches(db, query, cap);
  const rows = candidates.length < cap ? blocksByIds(db, candidates, filters) : searchBlocks(db, { query, route: 'scan', ...filters });
  const hits = rows.slice(0, limit).map((row) => ({
    issueId: row.issue_id,
    seriesId: row.series_id,
    seriesTitle: row.series_title,
    year: row.year,
    number: row.number,
    totalNumber: row.total_number,
    supplement: row.supplement === 1,
    issueDate: row.issue_date,
    blockIndex: row.block_index === MASTHEAD_BLOCK ? null : row.block_index,
    segments: snippetSegments(row.text, query),
  }));
  return { hits, truncated: rows.length > limit, route, ...(indexNotice ? { indexNotice } : {}) };
}

/**
 * Brings the index up to date, or says why it could not: the search must still answer on a full disk
 * or a read-only database, from the index as it stands (which lacks only the latest changes). The
 * in-memory mirror may have taken rows the failed transaction rolled back, so it is rebuilt.
 */
function catchUpIndex(db: Db): string | null {
  try {
    refreshStaleIssues(db);
    return null;
  } catch (error) {
    return indexNoticeFor(db, error);
  }
}

/** The notice for an index that could not be brought up to date; rethrows what is not SQLite's refusal. */
export function indexNoticeFor(db: Db, error: unknown): string {
  const code = sqliteErrorCode(error);
  if (!code) throw error;
  forgetShortQueryCache(db);
  console.error('[briefdesk] search index not brought up to date:', error);
  return `检索索引未能更新（${sqliteReason(code)}），以下结果不含最近修改过的内容。`;
}
