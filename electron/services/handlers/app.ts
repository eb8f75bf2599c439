import type { Handlers } from '../../../shared/contract/api';
import { backupsFolder } from '../archive/backups';
import { bundledFontsStatus } from '../fonts/bundledFonts';
import type { HandlerContext } from './context';

export function appHandlers(ctx: HandlerContext): Pick<Handlers, 'app.info'> {
  return {
    'app.info': () => ({
      version: ctx.info.version,
      databasePath: ctx.info.databasePath,
      backupsFolder: backupsFolder(ctx.info.databasePath),
      host: ctx.info.host,
      // Looked at on every call: the files may be fetched while the app runs, and the notice then goes.
      bundledFonts: ctx.info.fontsDir ? bundledFontsStatus(ctx.info.fontsDir) : null,
    }),
  };
}
