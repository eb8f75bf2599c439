/**
 * Creating, editing and deleting a series. Titles are unique (the sidebar and the exports name a
 * series by its title); a series with issues, even only in the recycle bin, is never deleted.
 * With a copy plan the default 报尾's print run is stored as the plan's sum (shared/series/copyPlan.ts).
 */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import type { Series, SeriesSettings } from '../../../shared/issues/types';
import { closingWithPlan } from '../../../shared/series/copyPlan';
import type { Db } from '../db/connection';
import {
  countSeriesIssues,
  deleteSeries,
  findSeriesByTitle,
  insertSeries,
  updateSeriesClosing,
  updateSeriesSettings,
} from '../db/seriesTable';
import type { HandlerContext } from './context';
import { requireSeries } from '../issues/require';

function assertTitleFree(db: Db, title: string, exceptId: number | null): void {
  if (findSeriesByTitle(db, title, exceptId)) {
    throw new AppError('CONFLICT', `已有名为“${title}”的简报系列，请换一个名称。`);
  }
}

function seriesInUse(series: Series, live: number, deleted: number): AppError {
  const total = live + deleted;
  const binned = deleted === 0 ? '' : live === 0 ? '（都在回收站中）' : `（其中回收站中${deleted}期）`;
  const advice = live === 0 ? '请先在回收站中彻底删除这些简报。' : '请先删除这些简报并在回收站中彻底删除。';
  return new AppError('CONFLICT', `“${series.title}”还有${total}期简报${binned}，不能删除。${advice}`);
}

type SettingsChannels = 'series.create' | 'series.update' | 'series.delete';

export function seriesSettingsHandlers(ctx: HandlerContext): Pick<Handlers, SettingsChannels> {
  const { db } = ctx;
  return {
    'series.create': ({ settings, closing }) =>
      db
        .transaction(() => {
          assertTitleFree(db, settings.title, null);
          const id = insertSeries(db, settings, closingWithPlan(closing, settings.copyPlan), ctx.now());
          return requireSeries(db, id);
        })
        .immediate(),

    'series.update': ({ id, settings }) =>
      db
        .transaction(() => {
          const before = requireSeries(db, id);
          assertTitleFree(db, settings.title, id);
          updateSeriesSettings(db, id, settings satisfies SeriesSettings);
          if (settings.copyPlan !== null) updateSeriesClosing(db, id, closingWithPlan(before.closing, settings.copyPlan));
          return requireSeries(db, id);
        })
        .immediate(),

    'series.delete': ({ id }) =>
      db
        .transaction(() => {
          const series = requireSeries(db, id);
          const { live, deleted } = countSeriesIssues(db, id);
          if (live + deleted > 0) throw seriesInUse(series, live, deleted);
          deleteSeries(db, id);
          return { id };
        })
        .immediate(),
  };
}
