/**
 * `pictures.add` as a heavy task (heavy/tasks.ts): the base64 is decoded, the picture checked with a
 * full decode (a 20 MB photo takes a while) and stored, all off the host's event loop. Stored by its
 * SHA-256, so the same bytes added twice give the same id and one row.
 */
import type { StoredPictureInfo } from '../../../shared/contract/pictureChannels';
import { AppError } from '../../../shared/contract/result';
import type { Db } from '../db/connection';
import { insertPicture } from '../db/picturesTable';
import { checkPicture } from './checkPicture';

export interface AddPictureInput {
  base64: string;
  now: string;
}

function fromBase64(base64: string): Uint8Array {
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new AppError('INVALID_INPUT', '图片内容传输有误（不是 base64 文字）');
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export function addPictureTask(db: Db, input: AddPictureInput): StoredPictureInfo {
  const picture = checkPicture(fromBase64(input.base64));
  db.transaction(() => insertPicture(db, picture, input.now)).immediate();
  return { pictureId: picture.id, mime: picture.mime, pixelWidth: picture.pixelWidth, pixelHeight: picture.pixelHeight };
}
