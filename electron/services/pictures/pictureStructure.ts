/**
 * What kind of picture a file is, judged by its bytes (never its name), and whether its container is
 * whole: a JPEG's segments from SOI to EOI, a PNG's chunks from IHDR to IEND. One pass over the
 * bytes, so a truncated or spliced file is refused before anything tries to decode it.
 */
import type { PictureMime } from '../../../shared/contract/pictureChannels';

export type StructureVerdict = { ok: true } | { ok: false; why: 'truncated' | 'broken' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffPicture(bytes: Uint8Array): PictureMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

/** SOF0…SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** After an SOS header: the entropy-coded data runs to the next marker that is not a stuffed 00 or a restart. */
function skipScan(bytes: Uint8Array, from: number): number {
  let pos = from;
  while (pos + 1 < bytes.length) {
    if (bytes[pos] === 0xff) {
      const next = bytes[pos + 1]!;
      if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return pos;
    }
    pos++;
  }
  return bytes.length;
}

/** SOI, then segments, a frame header and at least one scan, ending with EOI (what follows it is ignored). */
export function checkJpegStructure(bytes: Uint8Array): StructureVerdict {
  let pos = 2;
  let frame = false;
  let scan = false;
  while (pos < bytes.length) {
    if (bytes[pos] !== 0xff) return { ok: false, why: 'broken' };
    while (bytes[pos] === 0xff) pos++; // fill bytes before a marker
    if (pos >= bytes.length) break;
    const marker = bytes[pos++]!;
    if (marker === 0xd9) return frame && scan ? { ok: true } : { ok: false, why: 'broken' };
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0xd8 || marker === 0x00) return { ok: false, why: 'broken' };
    if (pos + 2 > bytes.length) break;
    const length = u16(bytes, pos);
    if (length < 2) return { ok: false, why: 'broken' };
    if (pos + length > bytes.length) break;
    if (isFrameMarker(marker)) frame = true;
    pos += length;
    if (marker === 0xda) {
      if (!frame) return { ok: false, why: 'broken' };
      scan = true;
      pos = skipScan(bytes, pos);
    }
  }
  return { ok: false, why: 'truncated' };
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

/** Signature, IHDR first (13 bytes), at least one IDAT, IEND last; every chunk within the file. CRCs are pngjs's. */
export function checkPngStructure(bytes: Uint8Array): StructureVerdict {
  let pos = PNG_SIGNATURE.length;
  let first = true;
  let data = false;
  while (pos + 12 <= bytes.length) {
    const length = u32(bytes, pos);
    const type = chunkType(bytes, pos + 4);
    if (!/^[A-Za-z]{4}$/.test(type)) return { ok: false, why: 'broken' };
    if (pos + 12 + length > bytes.length) return { ok: false, why: 'truncated' };
    if (first && (type !== 'IHDR' || length !== 13)) return { ok: false, why: 'broken' };
    first = false;
    if (type === 'IDAT') data = true;
    pos += 12 + length;
    if (type === 'IEND') return data ? { ok: true } : { ok: false, why: 'broken' };
  }
  return { ok: false, why: 'truncated' };
}
