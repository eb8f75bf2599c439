/** What every handler area shares: the database, the host's facts and capabilities, and the clock. */
import { toIsoDate } from '../../../shared/issues/dates';
import type { Db } from '../db/connection';
import type { PdfRenderer } from '../export/pdfRenderer';
import type { HeavyPool } from '../heavy/pool';

export interface HostInfo {
  host: 'electron' | 'web';
  databasePath: string;
  version: string;
  /** Today as YYYY-MM-DD; defaults to the local date. Tests pin it. */
  today?: () => string;
  /** The current instant as an ISO timestamp; defaults to the system clock. Tests pin it. */
  now?: () => string;
  /**
   * The URL folder under which the print HTML finds the bundled fonts (resources/fonts/fandol):
   * `/fonts/` in browser mode (the default), `app://briefdesk/fonts/` in Electron.
   */
  fontBaseUrl?: string;
  /**
   * The folder those fonts are read from, so `app.info` can say which are missing and
   * export.fontCheck can tell whether each face can draw Chinese; without it neither is checked. */
  fontsDir?: string;
  /** Turns a print job into PDF bytes (Chromium). Without it `export.pdf` answers a clear error. */
  pdf?: PdfRenderer;
  /**
   * Worker threads for the heavy tasks (import, DOCX, index rebuilds; heavy/). Without it (the command
   * line, most tests) they run in the handler's own thread.
   */
  heavy?: HeavyPool;
}

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
