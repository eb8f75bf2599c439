/** The `series` table: rows and the Series objects the rest of the program sees. */
import type { PeriodKind, Series } from '../../../shared/issues/types';
import { AppError } from '../../../shared/contract/result';
import type { Db } from './connection';

interface SeriesRow {
  id: number;
  title: string;
  issuer: string;
  period_kind: string;
  has_total: number;
  part_title: string | null;
}

const PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'custom'];

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
  };
}

const COLUMNS = 'id, title, issuer, period_kind, has_total, part_title';

export function listSeries(db: Db): Series[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM series ORDER BY id`).all() as SeriesRow[];
  return rows.map(rowToSeries);
}

export function findSeries(db: Db, id: number): Series | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM series WHERE id = ?`).get(id) as SeriesRow | undefined;
  return row ? rowToSeries(row) : undefined;
}
