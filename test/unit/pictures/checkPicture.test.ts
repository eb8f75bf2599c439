/** The intake check by the bytes: what is stored and, for each kind of bad file, the refusal. */
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_PICTURE_BYTES } from '../../../shared/contract/pictureChannels';
import { AppError } from '../../../shared/contract/result';
import { checkPicture, PICTURE_REFUSALS } from '../../../electron/services/pictures/checkPicture';
import { makeJpeg, makePng } from '../../fixtures/pictures';

function refusal(bytes: Uint8Array): { code: string; message: string } {
  try {
    checkPicture(bytes);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the picture was accepted');
}

/** The offset of a PNG chunk's length field, by its type. */
function chunkAt(png: Buffer, type: string): number {
  const at = png.indexOf(type, 8, 'latin1');
  if (at < 0) throw new Error(`no ${type} chunk`);
  return at - 4;
}

/** A PNG whose IHDR claims another size, with its CRC made right again, as a crafted file would. */
function withHeaderSize(png: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(png);
  const ihdr = chunkAt(out, 'IHDR');
  out.writeUInt32BE(width, ihdr + 8);
  out.writeUInt32BE(height, ihdr + 12);
  out.writeUInt32BE(crc32(out.subarray(ihdr + 4, ihdr + 8 + 13)), ihdr + 8 + 13);
  return out;
}

describe('checkPicture', () => {
  it('accepts a JPEG and a PNG, with their pixel size and SHA-256 id', () => {
    const jpeg = makeJpeg(120, 80);
    expect(checkPicture(jpeg.bytes)).toEqual({
      id: jpeg.id,
      mime: 'image/jpeg',
      pixelWidth: 120,
      pixelHeight: 80,
      byteSize: jpeg.bytes.length,
      bytes: jpeg.bytes,
    });
    const png = makePng(33, 17);
    expect(checkPicture(png.bytes)).toMatchObject({ id: png.id, mime: 'image/png', pixelWidth: 33, pixelHeight: 17 });
  });

  it('judges by the bytes: a text file is no picture whatever its name', () => {
    expect(refusal(Buffer.from('会议纪要\r\n一、参会人员……', 'utf8'))).toEqual({
      code: 'INVALID_INPUT',
      message: PICTURE_REFUSALS.notPicture,
    });
    // A GIF is a picture, but not one BriefDesk stores.
    expect(refusal(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')).message).toBe(PICTURE_REFUSALS.notPicture);
  });

  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array(0))).toEqual({ code: 'INVALID_INPUT', message: PICTURE_REFUSALS.empty });
  });

  it('refuses a file over the cap, even one that starts like a JPEG', () => {
    const big = Buffer.alloc(21 * 1024 * 1024);
    makeJpeg().bytes.copy(big);
    expect(refusal(big).message).toBe(PICTURE_REFUSALS.tooBig);
    expect(refusal(big.subarray(0, MAX_PICTURE_BYTES + 1)).message).toBe(PICTURE_REFUSALS.tooBig);
  });

  it('refuses a truncated JPEG, cut in its scan or in its headers', () => {
    const { bytes } = makeJpeg(200, 150);
    expect(refusal(bytes.subarray(0, Math.floor(bytes.length / 2))).message).toBe(PICTURE_REFUSALS.truncated);
    expect(refusal(bytes.subarray(0, bytes.length - 2)).message).toBe(PICTURE_REFUSALS.truncated);
    expect(refusal(bytes.subarray(0, 40)).message).toBe(PICTURE_REFUSALS.truncated);
  });

  it('refuses a JPEG with no frame before its scan', () => {
    // SOI, then straight to EOI: the container ends but holds no image.
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xd9])).message).toBe(PICTURE_REFUSALS.broken);
  });

  it('refuses a PNG with a broken chunk (a flipped byte the CRC catches)', () => {
    const png = Buffer.from(makePng(64, 48).bytes);
    png[chunkAt(png, 'IDAT') + 8 + 5]! ^= 0xff;
    expect(refusal(png)).toEqual({ code: 'INVALID_INPUT', message: PICTURE_REFUSALS.broken });
  });

  it('refuses a PNG whose chunk runs past the end, or with no IEND', () => {
    const png = makePng(64, 48).bytes;
    const iend = chunkAt(png, 'IEND');
    expect(refusal(png.subarray(0, iend)).message).toBe(PICTURE_REFUSALS.truncated);
    const longChunk = Buffer.from(png);
    longChunk.writeUInt32BE(0x7fffffff, chunkAt(longChunk, 'IDAT'));
    expect(refusal(longChunk).message).toBe(PICTURE_REFUSALS.truncated);
  });

  it('refuses a PNG whose header lies about its size, and one that would inflate past the pixel cap', () => {
    const png = makePng(64, 48).bytes;
    expect(refusal(withHeaderSize(png, 640, 480)).message).toBe(PICTURE_REFUSALS.broken);
    expect(refusal(withHeaderSize(png, 20_000, 20_000)).message).toBe(PICTURE_REFUSALS.tooManyPixels);
  });
});
