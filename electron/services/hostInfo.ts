/**
 * What a host (Electron, the browser-mode server, the command line, a test) tells the services about
 * itself: its kind, the database, the clocks, and the engines it lends (PDF, worker threads). Below the
 * handlers, so services that take it (heavy tasks, 合订本) need not reach up into handlers/.
 */
import type { PdfRenderer } from './export/pdfRenderer';
import type { HeavyPool } from './heavy/pool';

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
