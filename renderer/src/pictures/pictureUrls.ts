/**
 * The editor's pictures as object URLs, fetched once per pictureId through `pictures.get`. A pictureId
 * is the SHA-256 of the bytes, so what it names never changes: a URL made once serves every block
 * showing that picture for as long as the page lives. A failed or missing answer is not kept, so a
 * picture that comes back (a restored backup) shows on the next open.
 */
import type { BriefDeskApi } from '../../../shared/contract/api';
import type { ErrorCode } from '../../../shared/contract/result';
import { base64ToBytes } from '../common/base64';

export type PictureUrl = { ok: true; url: string } | { ok: false; code: ErrorCode; message: string };

type Api = Pick<BriefDeskApi, 'pictures.get'>;

// Per api object, so tests (each with its own api) never see another test's pictures.
const caches = new WeakMap<Api, Map<string, Promise<PictureUrl>>>();

export function pictureUrl(api: Api, pictureId: string): Promise<PictureUrl> {
  let cache = caches.get(api);
  if (!cache) caches.set(api, (cache = new Map()));
  const known = cache.get(pictureId);
  if (known) return known;
  const pending = api['pictures.get']({ pictureId }).then((result): PictureUrl => {
    if (!result.ok) {
      cache.delete(pictureId);
      return { ok: false, code: result.error.code, message: result.error.message };
    }
    try {
      const blob = new Blob([base64ToBytes(result.value.base64)], { type: result.value.mime });
      return { ok: true, url: URL.createObjectURL(blob) };
    } catch {
      cache.delete(pictureId);
      return { ok: false, code: 'INTERNAL', message: '图片数据无法读取' };
    }
  });
  cache.set(pictureId, pending);
  return pending;
}
