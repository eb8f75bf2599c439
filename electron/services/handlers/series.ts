import type { Handlers } from '../../../shared/contract/api';
import type { Series } from '../../../shared/issues/types';
import type { Db } from '../db/connection';
import { findSeries, listSeries } from '../db/seriesTable';
import type { HandlerContext } from './context';
import { seriesNotFound } from './messages';

export function requireSeries(db: Db, id: number): Series {
  const series = findSeries(db, id);
  if (!series) throw seriesNotFound(id);
  return series;
}

export function seriesHandlers(ctx: HandlerContext): Pick<Handlers, 'series.list'> {
  return {
    'series.list': () => listSeries(ctx.db),
  };
}
