/**
 * The `issues` table: snake_case rows ↔ Issue/IssueSummary objects, and the queries the handlers use.
 * Documents are stored as JSON text and validated on the way out: a stored document that does not
 * match the schema is reported, never silently replaced.
 */
import { storedDocumentSchema } from '../../../shared/document/schema';
import type { PrintableClosing } from '../../../shared/layout/issueView';
import type { BriefDocument } from '../../../shared/document/types';
import { AppError } from '../../../shared/contract/result';
import type { Issue, IssueMeta, IssueSummary } from '../../../shared/issues/types';
import type { Db } from './connection';
import { parseJsonColumn, serializeJsonColumn } from './jsonColumn';
import { storedClosingShape } from './storedShapes';

interface IssueSummaryRow {
  id: number;
  series_id: number;
  year: number;
  supplement: number;
  number: number;
  total_number: number | null;
  issue_date: string;
  period_start: string | null;
  period_end: string | null;
  part_title: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  status: string;
  finalized_at: string | null;
}

interface IssueRow extends IssueSummaryRow {
  document: string;
}

const SUMMARY_COLUMNS =
  'id, series_id, year, supplement, number, total_number, issue_date, period_start, period_end, part_title, ' +
  'revision, created_at, updated_at, deleted_at, status, finalized_at';

function rowToSummary(row: IssueSummaryRow): IssueSummary {
  // The CHECK constraint guarantees one of the two; anything else means the file was edited behind our back.
  if (row.status !== 'draft' && row.status !== 'final') {
    throw new AppError('INTERNAL', `数据库中第 ${row.id} 号简报的状态“${row.status}”无法识别。`);
  }
  return {
    id: row.id,
    seriesId: row.series_id,
    year: row.year,
    supplement: row.supplement === 1,
    number: row.number,
    totalNumber: row.total_number,
    issueDate: row.issue_date,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    partTitle: row.part_title,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    status: row.status,
    finalizedAt: row.finalized_at,
  };
}

function corruptDocument(id: number): AppError {
  return new AppError(
    'INTERNAL',
    `数据库中第 ${id} 号简报的正文格式无法识别，无法打开。数据库未做任何改动；请联系维护人员检查数据库文件。`,
  );
}

export function parseStoredDocument(id: number, text: string): BriefDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw corruptDocument(id);
  }
  const parsed = storedDocumentSchema.safeParse(raw);
  if (!parsed.success) throw corruptDocument(id);
  return parsed.data;
}

function rowToIssue(row: IssueRow): Issue {
  return { ...rowToSummary(row), document: parseStoredDocument(row.id, row.document) };
}

export function serializeDocument(document: BriefDocument): string {
  return JSON.stringify(document);
}

/** Live issues of a series, newest first. */
export function listLiveIssues(db: Db, seriesId: number): IssueSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM issues WHERE series_id = ? AND deleted_at IS NULL
       ORDER BY year DESC, number DESC, id DESC`,
    )
    .all(seriesId) as IssueSummaryRow[];
  return rows.map(rowToSummary);
}

/**
 * The live regular issues (no 增刊) of a series' year in number order: what its 合订本 binds
 * (compile/selection.ts). `finalOnly` keeps the finalized ones.
 */
export function listVolumeIssueIds(db: Db, seriesId: number, year: number, finalOnly: boolean): number[] {
  const rows = db
    .prepare(
      `SELECT id FROM issues WHERE series_id = ? AND year = ? AND supplement = 0 AND deleted_at IS NULL
       ${finalOnly ? "AND status = 'final'" : ''} ORDER BY number, id`,
    )
    .all(seriesId, year) as { id: number }[];
  return rows.map((row) => row.id);
}

/** The recycle bin of all series, most recently deleted first. */
export function listDeletedIssues(db: Db): IssueSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM issues WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`)
    .all() as IssueSummaryRow[];
  return rows.map(rowToSummary);
}

/**
 * The live issue that comes last in numbering order (what a new issue follows): among the regular
 * issues, or among the 增刊 when `supplement` is true (they are numbered on their own).
 */
export function latestLiveIssue(db: Db, seriesId: number, supplement = false): IssueSummary | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM issues WHERE series_id = ? AND supplement = ? AND deleted_at IS NULL
       ORDER BY year DESC, number DESC LIMIT 1`,
    )
    .get(seriesId, supplement ? 1 : 0) as IssueSummaryRow | undefined;
  return row ? rowToSummary(row) : undefined;
}

export function findIssueSummary(db: Db, id: number): IssueSummary | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM issues WHERE id = ?`).get(id) as IssueSummaryRow | undefined;
  return row ? rowToSummary(row) : undefined;
}

export function findIssue(db: Db, id: number): Issue | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, document FROM issues WHERE id = ?`).get(id) as IssueRow | undefined;
  return row ? rowToIssue(row) : undefined;
}

/** The live issue that holds this number (regular or 增刊) in the series, other than `exceptId`. */
export function findLiveByNumber(
  db: Db,
  seriesId: number,
  year: number,
  number: number,
  exceptId: number | null = null,
  supplement = false,
): IssueSummary | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM issues
       WHERE series_id = ? AND year = ? AND supplement = ? AND number = ? AND deleted_at IS NULL
         AND (? IS NULL OR id <> ?)`,
    )
    .get(seriesId, year, supplement ? 1 : 0, number, exceptId, exceptId) as IssueSummaryRow | undefined;
  return row ? rowToSummary(row) : undefined;
}

/** The live regular issue of the series that carries this 总期号, other than `exceptId`. */
export function findLiveByTotal(db: Db, seriesId: number, totalNumber: number, exceptId: number | null = null): IssueSummary | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM issues
       WHERE series_id = ? AND total_number = ? AND supplement = 0 AND deleted_at IS NULL AND (? IS NULL OR id <> ?)
       ORDER BY year, number LIMIT 1`,
    )
    .get(seriesId, totalNumber, exceptId, exceptId) as IssueSummaryRow | undefined;
  return row ? rowToSummary(row) : undefined;
}

export function insertIssue(db: Db, seriesId: number, meta: IssueMeta, document: BriefDocument, now: string): number {
  const info = db
    .prepare(
      `INSERT INTO issues (series_id, year, supplement, number, total_number, issue_date, period_start, period_end,
                           part_title, document, revision, created_at, updated_at, deleted_at)
       VALUES (@seriesId, @year, @supplement, @number, @totalNumber, @issueDate, @periodStart, @periodEnd,
               @partTitle, @document, 1, @now, @now, NULL)`,
    )
    .run({ seriesId, ...metaParams(meta), document: serializeDocument(document), now });
  return Number(info.lastInsertRowid);
}

function metaParams(meta: IssueMeta) {
  return {
    year: meta.year,
    supplement: meta.supplement ? 1 : 0,
    number: meta.number,
    totalNumber: meta.totalNumber,
    issueDate: meta.issueDate,
    periodStart: meta.periodStart,
    periodEnd: meta.periodEnd,
    partTitle: meta.partTitle,
  };
}

export function updateIssueMeta(db: Db, id: number, meta: IssueMeta, now: string): void {
  db.prepare(
    `UPDATE issues SET year = @year, supplement = @supplement, number = @number, total_number = @totalNumber, issue_date = @issueDate,
            period_start = @periodStart, period_end = @periodEnd, part_title = @partTitle, updated_at = @now
     WHERE id = @id`,
  ).run({ id, ...metaParams(meta), now });
}

/** Sets the body without moving the revision on: only for a just-created issue's rendered sections. */
export function replaceDocumentInPlace(db: Db, id: number, document: BriefDocument): void {
  db.prepare('UPDATE issues SET document = ? WHERE id = ?').run(serializeDocument(document), id);
}

/** Replaces the body and moves the revision on; only a live issue is touched. Returns false otherwise. */
export function updateIssueDocument(db: Db, id: number, document: BriefDocument, now: string): boolean {
  const info = db
    .prepare(`UPDATE issues SET document = ?, revision = revision + 1, updated_at = ? WHERE id = ? AND deleted_at IS NULL`)
    .run(serializeDocument(document), now, id);
  return info.changes === 1;
}

/** Moves an issue into the recycle bin (a timestamp) or back out of it (null). */
export function setDeletedAt(db: Db, id: number, deletedAt: string | null): void {
  db.prepare('UPDATE issues SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

export function purgeIssue(db: Db, id: number): void {
  db.prepare('DELETE FROM issues WHERE id = ? AND deleted_at IS NOT NULL').run(id);
}

function corruptClosing(id: number): AppError {
  return new AppError('INTERNAL', `数据库中第 ${id} 号简报的报尾格式无法识别。数据库未做任何改动；请联系维护人员检查数据库文件。`);
}

/**
 * The issue's own 报尾: null when it prints the series' default, undefined when there is no such
 * issue. Kept apart from Issue so the editor's reads and writes stay as they are.
 */
export function findIssueClosing(db: Db, id: number): PrintableClosing | null | undefined {
  const row = db.prepare('SELECT closing FROM issues WHERE id = ?').get(id) as { closing: string | null } | undefined;
  return row ? parseJsonColumn(row.closing, storedClosingShape, () => corruptClosing(id)) : undefined;
}

/** Sets the issue's own 报尾 (null = the series' default again); like a meta change, the revision stays. */
export function updateIssueClosing(db: Db, id: number, closing: PrintableClosing | null, now: string): void {
  db.prepare('UPDATE issues SET closing = ?, updated_at = ? WHERE id = ?').run(
    serializeJsonColumn(closing, storedClosingShape, '报尾'),
    now,
    id,
  );
}

/** Marks the issue changed without a new revision: a setting of what it prints changed (本期要目). */
export function touchIssue(db: Db, id: number, now: string): void {
  db.prepare('UPDATE issues SET updated_at = ? WHERE id = ?').run(now, id);
}

/** Sets draft/final; `finalizedAt` is the moment of finalizing, null when reopened. Revision stays. */
export function setIssueStatus(db: Db, id: number, status: IssueSummary['status'], finalizedAt: string | null): void {
  db.prepare('UPDATE issues SET status = ?, finalized_at = ? WHERE id = ?').run(status, finalizedAt, id);
}
