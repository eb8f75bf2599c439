/**
 * The editor's pictures as object URLs, fetched through `pictures.get` and shared by every block
 * showing the same pictureId (the SHA-256 of the bytes, so what it names never changes). Each user
 * acquires a URL and releases it when it stops showing it; when the last user lets go, the URL is
 * revoked and forgotten after a short grace — a clerk who opens issue after issue of photos all day
 * would otherwise keep every one of them in memory. The grace covers what unmounts a block only for
 * a moment (an editor re-render, a deletion undone), which would otherwise fetch the bytes again.
 *
 * A failed or missing answer is not kept, so a picture that comes back (a restored backup) shows on
 * the next open.
 */
import type { BriefDeskApi } from '../../../shared/contract/api';
import type { ErrorCode } from '../../../shared/contract/result';
import { base64ToBytes } from '../common/base64';

export type PictureUrl = { ok: true; url: string } | { ok: false; code: ErrorCode; message: string };

type Api = Pick<BriefDeskApi, 'pictures.get'>;

/** How long a URL nobody shows is kept before it is revoked. */
export const PICTURE_URL_GRACE_MS = 10_000;

export interface PictureUrlLease {
  shown: Promise<PictureUrl>;
  /** Ends this use of the URL; a second call does nothing. */
  release(): void;
}

interface Entry {
  shown: Promise<PictureUrl>;
  users: number;
  revokeTimer: ReturnType<typeof setTimeout> | null;
  /** Set once the entry has left the cache (failed, or revoked): its leases then change nothing. */
  forgotten: boolean;
}

// Per api object, so tests (each with its own api) never see another test's pictures.
const caches = new WeakMap<Api, Map<string, Entry>>();

function cacheOf(api: Api): Map<string, Entry> {
  let cache = caches.get(api);
  if (!cache) caches.set(api, (cache = new Map()));
  return cache;
}

/** Revokes the entry's URL, now or once it arrives (everyone may let go while the bytes are on their way). */
function revokeWhenKnown(entry: Entry): void {
  void entry.shown.then((shown) => {
    if (shown.ok) URL.revokeObjectURL(shown.url);
  });
}

/** Takes the entry out of the cache (only if it is still the one cached for the id). */
function forget(cache: Map<string, Entry>, pictureId: string, entry: Entry): void {
  if (cache.get(pictureId) === entry) cache.delete(pictureId);
  entry.forgotten = true;
}

function fetchUrl(api: Api, pictureId: string, cache: Map<string, Entry>): Entry {
  // The callbacks run after `entry` below exists: an answer is never synchronous.
  const shown = api['pictures.get']({ pictureId }).then(
    (result): PictureUrl => {
      if (!result.ok) {
        forget(cache, pictureId, entry);
        return { ok: false, code: result.error.code, message: result.error.message };
      }
      try {
        const blob = new Blob([base64ToBytes(result.value.base64)], { type: result.value.mime });
        return { ok: true, url: URL.createObjectURL(blob) };
      } catch {
        forget(cache, pictureId, entry);
        return { ok: false, code: 'INTERNAL', message: '图片数据无法读取' };
      }
    },
    (): PictureUrl => {
      forget(cache, pictureId, entry);
      return { ok: false, code: 'INTERNAL', message: '图片读取失败，请重试。' };
    },
  );
  const entry: Entry = { shown, users: 0, revokeTimer: null, forgotten: false };
  return entry;
}

export function acquirePictureUrl(api: Api, pictureId: string): PictureUrlLease {
  const cache = cacheOf(api);
  let entry = cache.get(pictureId);
  if (!entry) cache.set(pictureId, (entry = fetchUrl(api, pictureId, cache)));
  if (entry.revokeTimer !== null) {
    clearTimeout(entry.revokeTimer);
    entry.revokeTimer = null;
  }
  entry.users++;
  const held = entry;
  let released = false;
  return {
    shown: held.shown,
    release() {
      if (released) return;
      released = true;
      held.users--;
      if (held.users > 0 || held.forgotten) return;
      held.revokeTimer = setTimeout(() => {
        held.revokeTimer = null;
        if (held.users > 0) return;
        forget(cache, pictureId, held);
        revokeWhenKnown(held);
      }, PICTURE_URL_GRACE_MS);
    },
  };
}
