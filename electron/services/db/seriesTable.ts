/**
 * The `series` table: rows and the Series objects the rest of the program sees. The layout overrides
 * and the default 报尾 are JSON checked against their schemas both ways: what cannot be printed is
 * never stored, and a stored value that no longer matches is reported, never silently dropped.
 */
import { closingSchema } from '../../../shared/contract/channels';
import { copyPlanSchema } from '../../../shared/contract/seriesSettingsChannels';
import { AppError } from '../../../shared/contract/result';
import type { PeriodKind, Series } from '../../../shared/issues/types';
import type { PrintableClosing } from '../../../shared/layout/issueView';
import { layoutOverridesSchema, type LayoutOverrides } from '../../../shared/layout/overrides';
import type { Db } from './connection';
import { parseJsonColumn, serializeJsonColumn } from './jsonColumn';

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
  return new AppError(
    'INTERNAL',
    `数据库中编号为 ${id} 的简报系列的${what}无法识别。数据库未做任何改动；请联系维护人员检查数据库文件。`,
  );
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
    closing: parseJsonColumn(row.closing, closingSchema, () => corruptSetting(row.id, '默认报尾')),
    printPeriod: row.print_period === 1,
    copyPlan: parseJsonColumn(row.copy_plan, copyPlanSchema, () => corruptSetting(row.id, '分送份数')),
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
  db.prepare('UPDATE series SET closing = ? WHERE id = ?').run(serializeJsonColumn(closing, closingSchema, '报尾'), id);
}
