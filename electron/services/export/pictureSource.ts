/**
 * Where the serializers get a picture's bytes (issue 14). The printable issue holds only the key
 * (SHA-256) and pixel size of each picture; the DOCX and print builders ask a PictureSource for the
 * bytes, so they stay pure and the export tasks decide where bytes come from (the database here).
 *
 * A picture that cannot be had — its row deleted, or a block pasted from another database — prints as
 * a placeholder box of the same size saying 图片缺失, and the source remembers it, so the export can
 * say so (`missingPicturesWarning`) instead of failing.
 */
import type { PictureMime } from '../../../shared/contract/pictureChannels';
import type { Db } from '../db/connection';
import { findPicture } from '../db/picturesTable';

export interface PictureBytes {
  mime: PictureMime;
  bytes: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
}

export interface PictureSource {
  get(id: string): PictureBytes | null;
}

/** What the builders use when given no source: every picture prints as the 图片缺失 placeholder. */
export const NO_PICTURES: PictureSource = { get: () => null };

/** The text of the placeholder box. */
export const MISSING_PICTURE_TEXT = '图片缺失';

/** A source that remembers the ids it could not answer (in order, once each). */
export interface RecordingSource extends PictureSource {
  readonly missing: readonly string[];
}

export function recordingSource(inner: PictureSource): RecordingSource {
  const cache = new Map<string, PictureBytes | null>();
  const missing: string[] = [];
  return {
    missing,
    get(id) {
      if (!cache.has(id)) {
        const found = inner.get(id);
        cache.set(id, found);
        if (!found) missing.push(id);
      }
      return cache.get(id) ?? null;
    },
  };
}

/** The pictures table of `db`, each picture read once however often it prints. */
export function dbPictureSource(db: Db): RecordingSource {
  return recordingSource({
    get(id) {
      const stored = findPicture(db, id);
      return stored ? { mime: stored.mime, bytes: stored.bytes, pixelWidth: stored.pixelWidth, pixelHeight: stored.pixelHeight } : null;
    },
  });
}

/** A source over pictures in memory (tests, benches, the command line). */
export function mapPictureSource(pictures: Iterable<PictureBytes & { id: string }>): PictureSource {
  const byId = new Map([...pictures].map((picture) => [picture.id, picture]));
  return { get: (id) => byId.get(id) ?? null };
}

/** What an export answers when pictures were missing; null when none was. */
export function missingPicturesWarning(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  return `有 ${missing.length} 张图片在数据库中找不到，已在文件中以“${MISSING_PICTURE_TEXT}”方框代替。请在编辑器中重新插入这些图片后再导出。`;
}
