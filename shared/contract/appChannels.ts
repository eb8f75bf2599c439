/** The application itself. */
import { z } from 'zod';
import { channel } from './define';

export interface AppInfo {
  version: string;
  databasePath: string;
  host: 'electron' | 'web';
}

export const appChannels = {
  'app.info': channel<AppInfo>()(z.strictObject({})),
} as const;
