/**
 * A camera JPEG whose EXIF Orientation says "turn me" (6 and 8 for a phone held upright), turned in
 * its pixels and written again without EXIF. Word and Chromium turn such a picture when they show it,
 * LibreOffice 25.2 does not (it draws the stored pixels, stretched into Word's upright box): only
 * upright pixels print the same everywhere. The renderer does the same for inserted pictures
 * (preparePicture.ts); this is for pictures that come in inside a DOCX, run in the import's heavy task.
 */
import { imageSize } from 'image-size';
import jpeg from 'jpeg-js';
import { MAX_DECODED_PIXELS } from './checkPicture';

/** High enough that a photo turned once does not visibly lose detail. */
export const UPRIGHT_JPEG_QUALITY = 92;

/** The EXIF orientation image-size reads, 1 (as stored) when there is none or it is out of range. */
export function exifOrientation(bytes: Uint8Array): number {
  try {
    const orientation = imageSize(bytes).orientation;
    return orientation !== undefined && orientation >= 1 && orientation <= 8 ? orientation : 1;
  } catch {
    return 1;
  }
}

/**
 * Where the shown pixel (x, y) of a picture of stored size w × h is stored, for each orientation
 * (EXIF 2.32, tag 0x0112): 2–4 mirror or turn in place, 5–8 swap the sides.
 */
const SOURCE: Record<number, (x: number, y: number, w: number, h: number) => [number, number]> = {
  2: (x, y, w) => [w - 1 - x, y],
  3: (x, y, w, h) => [w - 1 - x, h - 1 - y],
  4: (x, y, _w, h) => [x, h - 1 - y],
  5: (x, y) => [y, x],
  6: (x, y, _w, h) => [y, h - 1 - x],
  7: (x, y, w, h) => [w - 1 - y, h - 1 - x],
  8: (x, y, w) => [w - 1 - y, x],
};

/**
 * The upright JPEG for bytes that EXIF turns; null when they need nothing (not turned). The bytes
 * must have passed checkPicture (a whole JPEG within the pixel cap).
 */
export function uprightJpeg(bytes: Uint8Array): Uint8Array | null {
  const orientation = exifOrientation(bytes);
  const source = SOURCE[orientation];
  if (!source) return null;
  let stored;
  try {
    stored = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_DECODED_PIXELS / 1e6,
      maxMemoryUsageInMB: 1024,
    });
  } catch {
    return null; // checkPicture decoded it already; should jpeg-js still fail, the picture is kept as it came
  }
  const { width: w, height: h } = stored;
  const swapped = orientation >= 5;
  const width = swapped ? h : w;
  const height = swapped ? w : h;
  const shown = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = source(x, y, w, h);
      const from = (sy * w + sx) * 4;
      const to = (y * width + x) * 4;
      shown[to] = stored.data[from]!;
      shown[to + 1] = stored.data[from + 1]!;
      shown[to + 2] = stored.data[from + 2]!;
      shown[to + 3] = 255;
    }
  }
  // No exifBuffer: the copy carries no orientation, so nothing turns it a second time.
  return new Uint8Array(jpeg.encode({ data: shown, width, height }, UPRIGHT_JPEG_QUALITY).data);
}
