/**
 * Import of past issues: preview a file (nothing stored), save a previewed structure. Both are heavy
 * tasks (import/importTasks.ts): the host's event loop stays free while a 20 MB file is read. A
 * preview started with a job id can be cancelled (`import.cancel`): its worker is told to stop, and
 * terminated if it does not. Saving is not cancellable: a save cut off after its commit (while the
 * new body is indexed) would be reported as cancelled although the issue was stored.
 *
 * The pictures a preview answered were fully decoded by it; their ids (the SHA-256 of the bytes) are
 * remembered, so the save of those very bytes runs only the quick checks, not the decode again.
 */
import type { Handlers } from '../../../shared/contract/api';
import type { ImportPreview } from '../../../shared/contract/importChannels';
import { runHeavy } from '../heavy/run';
import type { HandlerContext } from './context';

type ImportChannels = 'import.preview' | 'import.save' | 'import.cancel';

/** Enough for a folder import of a year's issues with their photos; ids are 64 characters each. */
const MAX_REMEMBERED_PICTURES = 5000;

export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportChannels> {
  /** The readings under way that can be cancelled, by the renderer's job id. */
  const running = new Map<string, AbortController>();
  /** Ids of pictures previews decoded, oldest first (a Set keeps insertion order); bounded. */
  const decoded = new Set<string>();
  const remember = (preview: ImportPreview): ImportPreview => {
    for (const { pictureId } of preview.issue.pictures ?? []) {
      decoded.delete(pictureId);
      decoded.add(pictureId);
    }
    for (const id of decoded) {
      if (decoded.size <= MAX_REMEMBERED_PICTURES) break;
      decoded.delete(id);
    }
    return preview;
  };

  return {
    'import.preview': async ({ fileName, base64, jobId }) => {
      if (jobId === undefined) return remember(await runHeavy(ctx, 'import.preview', { fileName, base64 }));
      const controller = new AbortController();
      // A reused id cancels nothing else: the newer reading takes the name.
      running.set(jobId, controller);
      try {
        return remember(await runHeavy(ctx, 'import.preview', { fileName, base64 }, { signal: controller.signal }));
      } finally {
        if (running.get(jobId) === controller) running.delete(jobId);
      }
    },
    'import.save': ({ draft, seriesId, replaceExisting }) => {
      const decodedPictureIds = (draft.pictures ?? []).map((p) => p.pictureId).filter((id) => decoded.has(id));
      return runHeavy(ctx, 'import.save', { draft, seriesId, replaceExisting, now: ctx.now(), decodedPictureIds });
    },
    'import.cancel': async ({ jobId }) => {
      const controller = running.get(jobId);
      if (!controller) return { cancelled: false };
      running.delete(jobId);
      controller.abort();
      return { cancelled: true };
    },
  };
}
