/**
 * 接续往期 channels: the start page's state, a series' starting point (read, set, removed), and the
 * summary of what the archive holds after an import.
 */
import type { Handlers } from '../../../shared/contract/api';
import type { Db } from '../db/connection';
import { deleteStartingPoint, findStartingPoint } from '../db/startingPointsTable';
import { archiveSummary } from '../start/summary';
import { saveStartingPoint } from '../start/startingPoint';
import type { HandlerContext } from './context';
import { requireSeries } from '../issues/require';

type StartChannels = Extract<keyof Handlers, `start.${string}`>;

function needsStart(db: Db): boolean {
  const row = db.prepare('SELECT (SELECT count(*) FROM issues) + (SELECT count(*) FROM series_starting_points) AS n').get() as {
    n: number;
  };
  return row.n === 0;
}

export function startHandlers(ctx: HandlerContext): Pick<Handlers, StartChannels> {
  const { db } = ctx;
  return {
    'start.state': () => ({ needsStart: needsStart(db) }),
    'start.get': ({ seriesId }) => {
      requireSeries(db, seriesId);
      return { point: findStartingPoint(db, seriesId) ?? null };
    },
    'start.save': ({ seriesId, point }) => db.transaction(() => saveStartingPoint(db, requireSeries(db, seriesId), point)).immediate(),
    'start.clear': ({ seriesId }) =>
      db
        .transaction(() => {
          requireSeries(db, seriesId);
          deleteStartingPoint(db, seriesId);
          return { seriesId };
        })
        .immediate(),
    'start.summary': ({ today }) => archiveSummary(db, today ?? ctx.today()),
  };
}
