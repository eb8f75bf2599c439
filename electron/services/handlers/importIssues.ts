/**
 * Import of past issues: preview a file (nothing stored), save a previewed structure. Both are heavy
 * tasks (import/importTasks.ts): the host's event loop stays free while a 20 MB file is read. A
 * preview started with a job id can be cancelled (`import.cancel`): its worker is told to stop, and
 * terminated if it does not. Saving is not cancellable: a save cut off after its commit (while the
 * new body is indexed) would be reported as cancelled although the issue was stored.
 */
import type { Handlers } from '../../../shared/contract/api';
import { runHeavy } from '../heavy/run';
import type { HandlerContext } from './context';

type ImportChannels = 'import.preview' | 'import.save' | 'import.cancel';

export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportChannels> {
  /** The readings under way that can be cancelled, by the renderer's job id. */
  const running = new Map<string, AbortController>();

  return {
    'import.preview': async ({ fileName, base64, jobId }) => {
      if (jobId === undefined) return runHeavy(ctx, 'import.preview', { fileName, base64 });
      const controller = new AbortController();
      // A reused id cancels nothing else: the newer reading takes the name.
      running.set(jobId, controller);
      try {
        return await runHeavy(ctx, 'import.preview', { fileName, base64 }, { signal: controller.signal });
      } finally {
        if (running.get(jobId) === controller) running.delete(jobId);
      }
    },
    'import.save': ({ draft, seriesId, replaceExisting }) =>
      runHeavy(ctx, 'import.save', { draft, seriesId, replaceExisting, now: ctx.now() }),
    'import.cancel': async ({ jobId }) => {
      const controller = running.get(jobId);
      if (!controller) return { cancelled: false };
      running.delete(jobId);
      controller.abort();
      return { cancelled: true };
    },
  };
}
