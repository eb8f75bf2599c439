/**
 * Where the database lives when nobody says otherwise: `briefdesk.sqlite` in the same user-data folder
 * Electron's `app.getPath('userData')` gives an app named `BriefDesk`, so the desktop app, browser mode
 * and the command line all open the same file without Electron being loaded.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'BriefDesk';
export const DATABASE_FILE_NAME = 'briefdesk.sqlite';

type Env = Readonly<Record<string, string | undefined>>;

/** Electron's appData folder plus the app name; parameters exist so every platform can be tested anywhere. */
export function userDataFolder(env: Env = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  }
  // Chromium takes XDG_CONFIG_HOME as it is when set and non-empty.
  const config = env.XDG_CONFIG_HOME || path.posix.join(home, '.config');
  return path.posix.join(config, APP_FOLDER_NAME);
}

export function defaultDatabasePath(): string {
  return path.join(userDataFolder(), DATABASE_FILE_NAME);
}

/** Creates the folder a file will be written into (and its parents); harmless when it exists. */
export function ensureParentFolder(file: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}
