/**
 * The intake check every stored picture passes (insert, paste, drop, DOCX import): not empty, within
 * the cap, a JPEG or PNG by its bytes, a whole container, a pixel size `image-size` can read, and a
 * full decode that succeeds. A refusal is INVALID_INPUT with the reason in Chinese; nothing is stored.
 * The full decode takes time on a big photo, so callers run it in a heavy task (addPicture.ts).
 */
import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { MAX_PICTURE_BYTES, type PictureMime } from '../../../shared/contract/pictureChannels';
import { AppError } from '../../../shared/contract/result';
import { MAX_PICTURE_PIXELS as MAX_PICTURE_SIDE } from '../../../shared/document/schema';
import type { StoredPicture } from '../db/picturesTable';
import { pngDataComplete } from './pngData';
import { checkJpegStructure, checkPngStructure, sniffPicture } from './pictureStructure';

/**
 * A decoded picture must fit in memory: 100 megapixels (400 MB as RGBA) is beyond any photo a
 * briefing needs, and refusing sooner stops a small PNG that inflates to gigabytes.
 */
export const MAX_DECODED_PIXELS = 100_000_000;

export const PICTURE_REFUSALS = {
  empty: '文件是空的，不是图片',
  notPicture: '这不是 JPEG 或 PNG 图片，请选择 JPG 或 PNG 格式的图片',
  tooBig: '图片超过 20 MB，请先缩小后再插入',
  tooManyPixels: '图片像素太多（超过 1 亿像素），请先缩小后再插入',
  tooLong: `图片太长或太宽（超过 ${MAX_PICTURE_SIDE} 像素），请先裁剪或缩小后再插入`,
  truncated: '图片已损坏，无法读取（文件不完整）',
  broken: '图片已损坏，无法读取',
} as const;

function refuse(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}

export function pictureIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readSize(bytes: Uint8Array): { width: number; height: number } {
  try {
    const { width, height } = imageSize(bytes);
    if (width > 0 && height > 0) return { width, height };
  } catch {
    // image-size throws on a header it cannot read: the same refusal as a failed decode
  }
  throw refuse(PICTURE_REFUSALS.broken);
}

/** The full decode: jpeg-js strict (no tolerated missing blocks), pngjs with its CRC checks. */
function decodes(bytes: Uint8Array, mime: PictureMime, width: number, height: number): boolean {
  if (mime === 'image/png' && !pngDataComplete(bytes)) return false;
  try {
    const decoded =
      mime === 'image/jpeg'
        ? jpeg.decode(bytes, {
            useTArray: true,
            tolerantDecoding: false,
            maxResolutionInMP: MAX_DECODED_PIXELS / 1e6,
            maxMemoryUsageInMB: 1024,
          })
        : PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return decoded.width === width && decoded.height === height;
  } catch {
    return false;
  }
}

/**
 * Checks the bytes and returns them ready for `insertPicture`; throws INVALID_INPUT on any refusal.
 * `decoded`: these very bytes (by their SHA-256) passed the full decode already in this host, so
 * only the quick checks run again.
 */
export function checkPicture(input: Uint8Array, options: { decoded?: boolean } = {}): StoredPicture {
  if (input.length === 0) throw refuse(PICTURE_REFUSALS.empty);
  if (input.length > MAX_PICTURE_BYTES) throw refuse(PICTURE_REFUSALS.tooBig);
  const mime = sniffPicture(input);
  if (!mime) throw refuse(PICTURE_REFUSALS.notPicture);
  const structure = mime === 'image/jpeg' ? checkJpegStructure(input) : checkPngStructure(input);
  if (!structure.ok) throw refuse(PICTURE_REFUSALS[structure.why]);
  const { width, height } = readSize(input);
  if (width * height > MAX_DECODED_PIXELS) throw refuse(PICTURE_REFUSALS.tooManyPixels);
  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE) throw refuse(PICTURE_REFUSALS.tooLong);
  if (options.decoded !== true && !decodes(input, mime, width, height)) throw refuse(PICTURE_REFUSALS.broken);
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  return { id: pictureIdOf(bytes), mime, pixelWidth: width, pixelHeight: height, byteSize: bytes.length, bytes };
}
