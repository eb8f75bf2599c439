/**
 * Import of past issues: preview a file (nothing stored), save a previewed structure. Both are heavy
 * tasks (import/importTasks.ts): the host's event loop stays free while a 20 MB file is read.
 */
import type { Handlers } from '../../../shared/contract/api';
import { runHeavy } from '../heavy/run';
import type { HandlerContext } from './context';

type ImportChannels = 'import.preview' | 'import.save';

export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportChannels> {
  return {
    'import.preview': ({ fileName, base64 }) => runHeavy(ctx, 'import.preview', { fileName, base64 }),
    'import.save': ({ draft, seriesId, replaceExisting }) =>
      runHeavy(ctx, 'import.save', { draft, seriesId, replaceExisting, now: ctx.now() }),
  };
}
