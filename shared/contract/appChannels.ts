/** The application itself. */
import { z } from 'zod';
import { channel } from './define';

/** The bundled fallback faces (Fandol) the preview and the PDF use where an official face is not installed. */
export interface BundledFontsStatus {
  /** The folder they are read from. */
  dir: string;
  /** Files of the set that are not there (empty when complete). */
  missing: string[];
  /** The one command that fetches them. */
  fetchCommand: string;
}

export interface AppInfo {
  version: string;
  databasePath: string;
  /** The folder the daily and manual backups go to (beside the database). */
  backupsFolder: string;
  host: 'electron' | 'web';
  /** Null when the host serves no bundled fonts (a test host without a fonts folder). */
  bundledFonts: BundledFontsStatus | null;
}

export const appChannels = {
  'app.info': channel<AppInfo>()(z.strictObject({})),
} as const;
