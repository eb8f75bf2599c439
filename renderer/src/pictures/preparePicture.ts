/**
 * From a file the clerk chose, dropped or pasted to the bytes sent to `pictures.add`: refused with a
 * Chinese message unless its bytes are a JPEG or PNG within the size cap that decodes; scaled down to
 * 300 dpi at the text block (targetSize.ts) when larger, and re-encoded upright when EXIF turns it.
 * A picture that needs neither goes as it is, byte for byte (the same file twice is stored once).
 */
import { MAX_PICTURE_BYTES, type PictureMime } from '../../../shared/contract/pictureChannels';
import { bytesToBase64 } from '../common/base64';
import type { DecodePicture } from './decode';
import { jpegOrientation, pictureMimeOf, pngMayBeTransparent } from './signature';
import { fitWithin, type PixelSize } from './targetSize';

export interface PreparedPicture {
  fileName: string;
  base64: string;
  mime: PictureMime;
  width: number;
  height: number;
}

export type Prepared = { ok: true; picture: PreparedPicture } | { ok: false; message: string };

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** A name for messages: a pasted screenshot often has none. */
export function shownName(file: Blob & { name?: string }): string {
  return file.name ? `「${file.name}」` : '粘贴的图片';
}

export async function preparePicture(file: Blob & { name?: string }, decode: DecodePicture, limit: PixelSize): Promise<Prepared> {
  const name = shownName(file);
  if (file.size > MAX_PICTURE_BYTES) {
    return { ok: false, message: `${name}太大（超过 20 MB），未插入。请先缩小后再插入。` };
  }
  const bytes = await bytesOf(file);
  const mime = pictureMimeOf(bytes);
  if (!mime) return { ok: false, message: `${name}不是 JPEG 或 PNG 图片，未插入。只能插入 JPEG、PNG 格式的图片。` };
  let decoded;
  try {
    decoded = await decode(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  } catch {
    return { ok: false, message: `${name}无法读取，可能已损坏，未插入。` };
  }
  try {
    const size = fitWithin({ width: decoded.width, height: decoded.height }, limit);
    const turned = mime === 'image/jpeg' && jpegOrientation(bytes) !== 1;
    const fileName = file.name ?? '';
    if (!size.scaled && !turned) {
      return { ok: true, picture: { fileName, base64: bytesToBase64(bytes), mime, width: size.width, height: size.height } };
    }
    const outMime: PictureMime = mime === 'image/png' && pngMayBeTransparent(bytes) ? 'image/png' : 'image/jpeg';
    const encoded = await bytesOf(await decoded.encode(size.width, size.height, outMime));
    return {
      ok: true,
      picture: { fileName, base64: bytesToBase64(encoded), mime: outMime, width: size.width, height: size.height },
    };
  } catch {
    return { ok: false, message: `${name}缩小时出错，未插入。` };
  } finally {
    decoded.close();
  }
}
