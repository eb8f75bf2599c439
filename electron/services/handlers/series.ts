/** Series channels: the list, one series, its print layout (overrides and resolved) and its default 报尾. */
import type { Handlers } from '../../../shared/contract/api';
import { resolveLayout } from '../../../shared/layout/overrides';
import { closingWithPlan } from '../../../shared/series/copyPlan';
import { listSeries, updateSeriesClosing, updateSeriesLayout } from '../db/seriesTable';
import type { HandlerContext } from './context';
import { requireSeries } from '../issues/require';

type SeriesChannels = 'series.list' | 'series.get' | 'series.updateLayout' | 'series.resolvedLayout' | 'series.updateClosing';

export function seriesHandlers(ctx: HandlerContext): Pick<Handlers, SeriesChannels> {
  const { db } = ctx;
  return {
    'series.list': () => listSeries(db),
    'series.get': ({ id }) => requireSeries(db, id),

    'series.updateLayout': ({ id, layout }) =>
      db
        .transaction(() => {
          requireSeries(db, id);
          updateSeriesLayout(db, id, layout);
          const series = requireSeries(db, id);
          return { series, layout: resolveLayout(series.layout) };
        })
        .immediate(),

    // Stored overrides were validated on the way in and again on the way out, so this cannot throw.
    'series.resolvedLayout': ({ id }) => resolveLayout(requireSeries(db, id).layout),

    // While the series has a copy plan its print run is the plan's sum, whatever was typed.
    'series.updateClosing': ({ id, closing }) =>
      db
        .transaction(() => {
          const series = requireSeries(db, id);
          updateSeriesClosing(db, id, closingWithPlan(closing, series.copyPlan));
          return requireSeries(db, id);
        })
        .immediate(),
  };
}
