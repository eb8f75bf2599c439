/**
 * What a picture file is, read from its bytes (a name or a browser-given type can lie): JPEG or PNG,
 * whether a PNG can be transparent, and a JPEG's EXIF orientation. Only headers are read, so a 20 MB
 * photo costs nothing here; main checks the whole file again when it stores it.
 */
import type { PictureMime } from '../../../shared/contract/pictureChannels';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pictureMimeOf(bytes: Uint8Array): PictureMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/**
 * Whether a PNG may hold transparent pixels: a colour type with alpha (4 grey+alpha, 6 RGBA) or a
 * tRNS chunk before the image data. Such a picture scaled down is kept PNG (JPEG would turn the
 * transparent parts black).
 */
export function pngMayBeTransparent(bytes: Uint8Array): boolean {
  if (pictureMimeOf(bytes) !== 'image/png' || bytes.length < 33) return false;
  const colourType = bytes[25];
  if (colourType === 4 || colourType === 6) return true;
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = u32(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    if (type === 'tRNS') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    at += 12 + length;
  }
  return false;
}

/**
 * A JPEG's EXIF orientation (1–8; 1 = as stored), or 1 when it has none or the EXIF block cannot be
 * read. Anything but 1 means the stored pixels are turned: the picture is then re-encoded upright, so
 * DOCX and print (which may or may not honour EXIF) show it the way the camera meant.
 */
export function jpegOrientation(bytes: Uint8Array): number {
  if (pictureMimeOf(bytes) !== 'image/jpeg') return 1;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda || marker === 0xd9) return 1; // image data starts: no EXIF before it
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker === 0xe1 && ascii(bytes, at + 4, 6) === 'Exif\0\0') return exifOrientation(bytes, at + 10, at + 2 + length);
    at += 2 + length;
  }
  return 1;
}

/** Reads tag 0x0112 of IFD0 in the TIFF structure at `tiff` (the EXIF segment ends at `end`). */
function exifOrientation(bytes: Uint8Array, tiff: number, end: number): number {
  if (tiff + 8 > end) return 1;
  const order = ascii(bytes, tiff, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  const u16 = (at: number) => (little ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!);
  const u32le = (at: number) => (little ? (u16(at) | (u16(at + 2) << 16)) >>> 0 : u32(bytes, at));
  const ifd = tiff + u32le(tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}
