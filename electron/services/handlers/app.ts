import type { Handlers } from '../../../shared/contract/api';
import type { HandlerContext } from './context';

export function appHandlers(ctx: HandlerContext): Pick<Handlers, 'app.info'> {
  return {
    'app.info': () => ({ version: ctx.info.version, databasePath: ctx.info.databasePath, host: ctx.info.host }),
  };
}
