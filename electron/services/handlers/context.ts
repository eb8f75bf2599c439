/** What every handler area shares: the database, the host's facts and capabilities, and the clock. */
import { toIsoDate } from '../../../shared/issues/dates';
import type { Db } from '../db/connection';
import type { HostInfo } from '../hostInfo';

export type { HostInfo };

export interface HandlerContext {
  db: Db;
  info: HostInfo;
  today(): string;
  now(): string;
}

/** The context every handler area is built from: the host's clocks, or the system's. */
export function handlerContext(db: Db, info: HostInfo): HandlerContext {
  return {
    db,
    info,
    today: info.today ?? (() => toIsoDate(new Date())),
    now: info.now ?? (() => new Date().toISOString()),
  };
}
