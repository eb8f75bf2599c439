/**
 * The renderer's side of taking a picture in: what a file is by its bytes, how many pixels it needs,
 * and what goes to pictures.add (the decode/scale step faked, everything else real).
 */
import { describe, expect, it } from 'vitest';
import { MAX_PICTURE_BYTES } from '../../shared/contract/pictureChannels';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { base64ToBytes, bytesToBase64 } from '../../renderer/src/common/base64';
import { preparePicture } from '../../renderer/src/pictures/preparePicture';
import { jpegOrientation, pictureMimeOf, pngMayBeTransparent } from '../../renderer/src/pictures/signature';
import { fitWithin, printPixels, STANDARD_PRINT_PIXELS } from '../../renderer/src/pictures/targetSize';
import { makeJpeg, makePng } from '../fixtures/pictures';
import { fakeDecoder, fileOf, withExifOrientation } from './pictureFakes';
import { PNG } from 'pngjs';

const text = new TextEncoder().encode('这不是图片，只是改了扩展名的文字文件。');

function rgbPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height, colorType: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png, { colorType: 2 }));
}

describe('what a picture file is, by its bytes', () => {
  it('knows JPEG and PNG by their signatures, whatever the name says', () => {
    expect(pictureMimeOf(makeJpeg().bytes)).toBe('image/jpeg');
    expect(pictureMimeOf(makePng().bytes)).toBe('image/png');
    expect(pictureMimeOf(text)).toBeNull();
    expect(pictureMimeOf(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBeNull(); // GIF
    expect(pictureMimeOf(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });

  it('tells a PNG that may be transparent from an opaque one', () => {
    expect(pngMayBeTransparent(makePng().bytes)).toBe(true); // RGBA
    expect(pngMayBeTransparent(rgbPng(8, 8))).toBe(false);
    expect(pngMayBeTransparent(makeJpeg().bytes)).toBe(false);
  });

  it('reads the EXIF orientation of a JPEG in either byte order, 1 without EXIF', () => {
    const jpeg = makeJpeg().bytes;
    expect(jpegOrientation(jpeg)).toBe(1);
    expect(jpegOrientation(withExifOrientation(jpeg, 6))).toBe(6);
    expect(jpegOrientation(withExifOrientation(jpeg, 3, true))).toBe(3);
    expect(jpegOrientation(withExifOrientation(jpeg, 1))).toBe(1);
    expect(jpegOrientation(withExifOrientation(jpeg, 42))).toBe(1);
  });
});

describe('how many pixels a picture needs', () => {
  it('is 300 dpi at the standard text block: 442 pt wide → about 1843 px', () => {
    expect(STANDARD_PRINT_PIXELS).toEqual(printPixels(DEFAULT_LAYOUT));
    expect(STANDARD_PRINT_PIXELS.width).toBeGreaterThanOrEqual(1842);
    expect(STANDARD_PRINT_PIXELS.width).toBeLessThanOrEqual(1843);
    expect(STANDARD_PRINT_PIXELS.height).toBeGreaterThan(STANDARD_PRINT_PIXELS.width);
  });

  it('keeps a small picture, scales a wide or a tall one to fit, keeping its proportions', () => {
    const limit = { width: 1843, height: 2657 };
    expect(fitWithin({ width: 800, height: 600 }, limit)).toEqual({ width: 800, height: 600, scaled: false });
    expect(fitWithin({ width: 4000, height: 3000 }, limit)).toEqual({ width: 1843, height: 1382, scaled: true });
    expect(fitWithin({ width: 3000, height: 6000 }, limit)).toEqual({ width: 1329, height: 2657, scaled: true });
  });

  it('turns bytes into base64 and back unchanged', () => {
    const bytes = makeJpeg(300, 200).bytes;
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(bytesToBase64(bytes))).equals(bytes)).toBe(true);
  });
});

describe('what goes to pictures.add', () => {
  const limit = { width: 400, height: 600 };

  it('sends a picture that fits as it is, byte for byte', async () => {
    const fake = fakeDecoder();
    const jpeg = makeJpeg(320, 240);
    const prepared = await preparePicture(fileOf(jpeg.bytes, '照片.jpg'), fake.decode, limit);
    expect(prepared).toEqual({
      ok: true,
      picture: { fileName: '照片.jpg', base64: jpeg.bytes.toString('base64'), mime: 'image/jpeg', width: 320, height: 240 },
    });
    expect(fake.encoded).toEqual([]);
  });

  it('scales a large photo down and encodes it as JPEG', async () => {
    const fake = fakeDecoder();
    const prepared = await preparePicture(fileOf(makeJpeg(1000, 500).bytes, '大.jpg'), fake.decode, limit);
    expect(fake.encoded).toEqual([{ width: 400, height: 200, mime: 'image/jpeg' }]);
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.picture).toMatchObject({ mime: 'image/jpeg', width: 400, height: 200 });
    expect(pictureMimeOf(base64ToBytes(prepared.picture.base64))).toBe('image/jpeg');
  });

  it('keeps a large transparent PNG a PNG, and turns an opaque one into JPEG', async () => {
    const fake = fakeDecoder();
    await preparePicture(fileOf(makePng(800, 400).bytes, 'a.png'), fake.decode, limit);
    await preparePicture(fileOf(rgbPng(800, 400), 'b.png'), fake.decode, limit);
    expect(fake.encoded.map((e) => e.mime)).toEqual(['image/png', 'image/jpeg']);
  });

  it('re-encodes a JPEG that EXIF turns, upright, even when it is small', async () => {
    const fake = fakeDecoder();
    const prepared = await preparePicture(fileOf(withExifOrientation(makeJpeg(120, 80).bytes, 6), '竖拍.jpg'), fake.decode, limit);
    expect(fake.encoded).toEqual([{ width: 80, height: 120, mime: 'image/jpeg' }]);
    expect(prepared.ok && prepared.picture.width).toBe(80);
  });

  it('refuses a file that is not a JPEG or PNG by its bytes, though named .jpg', async () => {
    const prepared = await preparePicture(fileOf(text, '假图片.jpg', 'image/jpeg'), fakeDecoder().decode, limit);
    expect(prepared).toEqual({ ok: false, message: '「假图片.jpg」不是 JPEG 或 PNG 图片，未插入。只能插入 JPEG、PNG 格式的图片。' });
  });

  it('refuses a picture that does not decode, and one over 20 MB without reading it', async () => {
    const truncated = makeJpeg(64, 48).bytes.subarray(0, 40);
    const broken = await preparePicture(fileOf(truncated, '坏.jpg'), fakeDecoder().decode, limit);
    expect(broken).toEqual({ ok: false, message: '「坏.jpg」无法读取，可能已损坏，未插入。' });
    const huge = { name: '巨大.jpg', size: MAX_PICTURE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) };
    const refused = await preparePicture(huge as unknown as File, fakeDecoder().decode, limit);
    expect(refused).toEqual({ ok: false, message: '「巨大.jpg」太大（超过 20 MB），未插入。请先缩小后再插入。' });
  });
});
