/**
 * Pictures (issue 14). The renderer reads a file the clerk chose, dropped or pasted, scales a large
 * photo down and sends its bytes; main checks them by their bytes (JPEG or PNG, within the cap, fully
 * decodable) and stores them once by their SHA-256. The editor and preview show a picture by asking
 * for its bytes with that key.
 */
import { z } from 'zod';
import { PICTURE_ID_PATTERN } from '../document/types';
import { channel } from './define';

/** The cap on one picture's file (before base64): a photo bigger than this is no briefing picture. */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;

export type PictureMime = 'image/jpeg' | 'image/png';

/** A stored picture as the editor needs it to insert a block. */
export interface StoredPictureInfo {
  pictureId: string;
  mime: PictureMime;
  pixelWidth: number;
  pixelHeight: number;
}

export interface PictureData extends StoredPictureInfo {
  base64: string;
}

const pictureId = z.string().regex(PICTURE_ID_PATTERN, { message: '图片编号无效' });

export const pictureChannels = {
  /** Checks and stores a picture; the same bytes stored twice give the same id. */
  'pictures.add': channel<StoredPictureInfo>()(
    z.strictObject({
      fileName: z.string().max(260),
      base64: z
        .string({ error: '图片内容应为 base64 文字' })
        .max(Math.ceil(MAX_PICTURE_BYTES / 3) * 4, { error: '图片太大（超过 20 MB），请先缩小后再插入' }),
    }),
  ),
  /** A stored picture's bytes; NOT_FOUND when it is not (or no longer) stored. */
  'pictures.get': channel<PictureData>()(z.strictObject({ pictureId })),
} as const;
