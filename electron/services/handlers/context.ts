/** What every handler area shares: the database, the host's facts and the clock. */
import type { Db } from '../db/connection';

export interface HostInfo {
  host: 'electron' | 'web';
  databasePath: string;
  version: string;
  /** Today as YYYY-MM-DD; defaults to the local date. Tests pin it. */
  today?: () => string;
  /** The current instant as an ISO timestamp; defaults to the system clock. Tests pin it. */
  now?: () => string;
}

export interface HandlerContext {
  db: Db;
  info: HostInfo;
  today(): string;
  now(): string;
}
