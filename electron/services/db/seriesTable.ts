/**
 * The `series` table: rows and the Series objects the rest of the program sees. The layout overrides
 * and the default 报尾 are JSON checked against their stored shapes both ways (storedShapes.ts): what
 * cannot be printed is never stored, and a stored value that no longer matches is reported, never
 * silently dropped.
 */
import { AppError } from '../../../shared/contract/result';
import type { PeriodKind, Series, SeriesSettings } from '../../../shared/issues/types';
import type { PrintableClosing } from '../../../shared/layout/issueView';
import type { ContentsSetting } from '../../../shared/layout/contents';
import { layoutOverridesSchema, type LayoutOverrides } from '../../../shared/layout/overrides';
import type { Db } from './connection';
import { parseJsonColumn, serializeJsonColumn } from './jsonColumn';
import { storedClosingShape, storedCopyPlanShape } from './storedShapes';

interface SeriesRow {
  id: number;
  title: string;
  issuer: string;
  period_kind: string;
  has_total: number;
  part_title: string | null;
  layout: string | null;
  closing: string | null;
  print_period: number;
  copy_plan: string | null;
}

const PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'custom'];

function corruptSetting(id: number, what: string): AppError {
  return new AppError('INTERNAL', `数据库中编号为 ${id} 的简报系列的${what}无法识别。数据库未做任何改动；请联系维护人员检查数据库文件。`);
}

function rowToSeries(row: SeriesRow): Series {
  // The CHECK constraint guarantees this; a failure here means the file was edited behind our back.
  const periodKind = PERIOD_KINDS.find((kind) => kind === row.period_kind);
  if (!periodKind) {
    throw new AppError('INTERNAL', `数据库中编号为 ${row.id} 的简报系列的周期类型“${row.period_kind}”无法识别。`);
  }
  return {
    id: row.id,
    title: row.title,
    issuer: row.issuer,
    periodKind,
    hasTotal: row.has_total === 1,
    partTitle: row.part_title,
    layout: parseJsonColumn(row.layout, layoutOverridesSchema, () => corruptSetting(row.id, '版式设置')),
    closing: parseJsonColumn(row.closing, storedClosingShape, () => corruptSetting(row.id, '默认报尾')),
    printPeriod: row.print_period === 1,
    copyPlan: parseJsonColumn(row.copy_plan, storedCopyPlanShape, () => corruptSetting(row.id, '分送份数')),
  };
}

const COLUMNS = 'id, title, issuer, period_kind, has_total, part_title, layout, closing, print_period, copy_plan';

export function listSeries(db: Db): Series[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM series ORDER BY id`).all() as SeriesRow[];
  return rows.map(rowToSeries);
}

export function findSeries(db: Db, id: number): Series | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM series WHERE id = ?`).get(id) as SeriesRow | undefined;
  return row ? rowToSeries(row) : undefined;
}

/** Stores the layout overrides (normalised by the schema); null = the standard layout. */
export function updateSeriesLayout(db: Db, id: number, layout: LayoutOverrides | null): void {
  db.prepare('UPDATE series SET layout = ? WHERE id = ?').run(serializeJsonColumn(layout, layoutOverridesSchema, '版式设置'), id);
}

/** Stores the series' default 报尾; null = no 报尾. */
export function updateSeriesClosing(db: Db, id: number, closing: PrintableClosing | null): void {
  db.prepare('UPDATE series SET closing = ? WHERE id = ?').run(serializeJsonColumn(closing, storedClosingShape, '报尾'), id);
}

/** The columns of the settings form (the layout and the 报尾 are written by their own functions). */
function settingsParams(settings: SeriesSettings) {
  return {
    title: settings.title,
    issuer: settings.issuer,
    period_kind: settings.periodKind,
    has_total: settings.hasTotal ? 1 : 0,
    part_title: settings.partTitle,
    print_period: settings.printPeriod ? 1 : 0,
    copy_plan: serializeJsonColumn(settings.copyPlan, storedCopyPlanShape, '分送份数'),
  };
}

/** Adds a series with no layout overrides; returns its id. */
export function insertSeries(db: Db, settings: SeriesSettings, closing: PrintableClosing | null, createdAt: string): number {
  const result = db
    .prepare(
      `INSERT INTO series (title, issuer, period_kind, has_total, part_title, print_period, copy_plan, closing, created_at)
       VALUES (@title, @issuer, @period_kind, @has_total, @part_title, @print_period, @copy_plan, @closing, @created_at)`,
    )
    .run({ ...settingsParams(settings), closing: serializeJsonColumn(closing, storedClosingShape, '报尾'), created_at: createdAt });
  return Number(result.lastInsertRowid);
}

/**
 * Stores the settings form. Whether the period line prints changes the masthead the search index
 * holds, which migration 005's triggers do not watch: the series' issues are marked for re-indexing.
 */
export function updateSeriesSettings(db: Db, id: number, settings: SeriesSettings): void {
  const before = db.prepare('SELECT print_period FROM series WHERE id = ?').pluck().get(id);
  const params = settingsParams(settings);
  db.prepare(
    `UPDATE series SET title = @title, issuer = @issuer, period_kind = @period_kind, has_total = @has_total,
       part_title = @part_title, print_period = @print_period, copy_plan = @copy_plan WHERE id = @id`,
  ).run({ ...params, id });
  if (before !== params.print_period) {
    db.prepare('INSERT OR IGNORE INTO search_stale (issue_id) SELECT id FROM issues WHERE series_id = ?').run(id);
  }
}

/** The series' 本期要目 setting (migration 010); undefined when there is no such series. */
export function findSeriesContents(db: Db, id: number): ContentsSetting | undefined {
  const row = db.prepare('SELECT contents_enabled, contents_level2 FROM series WHERE id = ?').get(id) as
    { contents_enabled: number; contents_level2: number } | undefined;
  return row ? { enabled: row.contents_enabled === 1, level2: row.contents_level2 === 1 } : undefined;
}

export function updateSeriesContents(db: Db, id: number, contents: ContentsSetting): void {
  db.prepare('UPDATE series SET contents_enabled = ?, contents_level2 = ? WHERE id = ?').run(
    contents.enabled ? 1 : 0,
    contents.level2 ? 1 : 0,
    id,
  );
}

/** Another series with this title (already trimmed), if any. */
export function findSeriesByTitle(db: Db, title: string, exceptId: number | null): Series | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM series WHERE title = ? AND id IS NOT ? ORDER BY id LIMIT 1`).get(title, exceptId) as
    SeriesRow | undefined;
  return row ? rowToSeries(row) : undefined;
}

/** How many issues a series has: live, and in the recycle bin. */
export function countSeriesIssues(db: Db, id: number): { live: number; deleted: number } {
  const row = db
    .prepare(
      `SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS live, count(*) FILTER (WHERE deleted_at IS NOT NULL) AS deleted
       FROM issues WHERE series_id = ?`,
    )
    .get(id) as { live: number; deleted: number };
  return row;
}

/** Deletes a series without issues; its template and metric groups go with it (ON DELETE CASCADE). */
export function deleteSeries(db: Db, id: number): void {
  db.prepare('DELETE FROM series WHERE id = ?').run(id);
}
