/** The `pictures` table: image bytes keyed by their SHA-256 (migration 011). */
import type { PictureMime } from '../../../shared/contract/pictureChannels';
import type { Db } from './connection';

export type { PictureMime };

export interface PictureInfo {
  id: string;
  mime: PictureMime;
  pixelWidth: number;
  pixelHeight: number;
  byteSize: number;
}

export interface StoredPicture extends PictureInfo {
  bytes: Buffer;
}

interface PictureRow {
  id: string;
  mime: PictureMime;
  pixel_width: number;
  pixel_height: number;
  byte_size: number;
  bytes?: Buffer;
}

function toInfo(row: PictureRow): PictureInfo {
  return { id: row.id, mime: row.mime, pixelWidth: row.pixel_width, pixelHeight: row.pixel_height, byteSize: row.byte_size };
}

/** Stores the picture unless the same bytes are already stored (same id); either way it is there after. */
export function insertPicture(db: Db, picture: StoredPicture, now: string): void {
  db.prepare(
    `INSERT INTO pictures (id, mime, pixel_width, pixel_height, byte_size, bytes, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(picture.id, picture.mime, picture.pixelWidth, picture.pixelHeight, picture.byteSize, picture.bytes, now);
}

export function findPicture(db: Db, id: string): StoredPicture | null {
  const row = db.prepare('SELECT * FROM pictures WHERE id = ?').get(id) as PictureRow | undefined;
  return row?.bytes ? { ...toInfo(row), bytes: row.bytes } : null;
}

export function findPictureInfo(db: Db, id: string): PictureInfo | null {
  const row = db.prepare('SELECT id, mime, pixel_width, pixel_height, byte_size FROM pictures WHERE id = ?').get(id) as
    PictureRow | undefined;
  return row ? toInfo(row) : null;
}

export function listPictureIds(db: Db): string[] {
  return db.prepare('SELECT id FROM pictures ORDER BY id').pluck().all() as string[];
}

export function deletePictures(db: Db, ids: readonly string[]): number {
  const remove = db.prepare('DELETE FROM pictures WHERE id = ?');
  return ids.reduce((n, id) => n + remove.run(id).changes, 0);
}
