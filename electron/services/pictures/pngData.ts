/**
 * Whether a PNG's compressed data holds exactly the rows its header promises. pngjs pads a short
 * image with nothing said, so a header claiming 640×480 over 64×48 of data would be stored as a
 * picture with a black bottom; this inflates the IDAT chunks (never past the promised size) and
 * compares. Called after checkPngStructure, so every chunk lies within the file.
 */
import { inflateSync } from 'node:zlib';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Adam7: each pass's first column and row, and its steps. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

function rawSize(width: number, height: number, bitsPerPixel: number): number {
  if (width === 0 || height === 0) return 0;
  return height * (1 + Math.ceil((width * bitsPerPixel) / 8));
}

function expectedSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  if (!interlaced) return rawSize(width, height, bitsPerPixel);
  return ADAM7.reduce((sum, [x0, y0, dx, dy]) => {
    const w = width > x0 ? Math.ceil((width - x0) / dx) : 0;
    const h = height > y0 ? Math.ceil((height - y0) / dy) : 0;
    return sum + rawSize(w, h, bitsPerPixel);
  }, 0);
}

export function pngDataComplete(bytes: Uint8Array): boolean {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // IHDR is the first chunk (checked before): width, height, bit depth, colour type, …, interlace.
  const width = view.readUInt32BE(16);
  const height = view.readUInt32BE(20);
  const channels = CHANNELS[view[25]!];
  if (channels === undefined) return false;
  const expected = expectedSize(width, height, channels * view[24]!, view[28] === 1);
  const parts: Buffer[] = [];
  for (let pos = 8; pos + 12 <= view.length;) {
    const length = view.readUInt32BE(pos);
    const type = view.toString('latin1', pos + 4, pos + 8);
    if (type === 'IDAT') parts.push(view.subarray(pos + 8, pos + 8 + length));
    if (type === 'IEND') break;
    pos += 12 + length;
  }
  try {
    return inflateSync(Buffer.concat(parts), { maxOutputLength: expected + 1 }).length === expected;
  } catch {
    // corrupt deflate data, or more than the header promises (maxOutputLength)
    return false;
  }
}
