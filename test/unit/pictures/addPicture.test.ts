/** `pictures.add` / `pictures.get` through the dispatcher over a real database: stored once, refused whole. */
import { describe, expect, it } from 'vitest';
import { listPictureIds } from '../../../electron/services/db/picturesTable';
import { PICTURE_REFUSALS } from '../../../electron/services/pictures/checkPicture';
import { makeJpeg, makePng } from '../../fixtures/pictures';
import { dumpDatabase, harness } from '../services/helpers';

describe('pictures.add', () => {
  it('stores a picture under its SHA-256 and gives it back byte for byte', async () => {
    const h = harness({ now: () => '2026-12-02T08:00:00.000Z' });
    const jpeg = makeJpeg(90, 60);
    const info = await h.value('pictures.add', { fileName: '大厅.jpg', base64: jpeg.bytes.toString('base64') });
    expect(info).toEqual({ pictureId: jpeg.id, mime: 'image/jpeg', pixelWidth: 90, pixelHeight: 60 });
    const back = await h.value('pictures.get', { pictureId: jpeg.id });
    expect(Buffer.from(back.base64, 'base64').equals(jpeg.bytes)).toBe(true);
    expect(back).toMatchObject({ mime: 'image/jpeg', pixelWidth: 90, pixelHeight: 60 });
  });

  it('gives the same bytes the same id and one row, whatever the file is called', async () => {
    const h = harness();
    const png = makePng(20, 10);
    const base64 = png.bytes.toString('base64');
    const first = await h.value('pictures.add', { fileName: 'a.png', base64 });
    const second = await h.value('pictures.add', { fileName: '副本.jpg', base64 });
    expect(second).toEqual(first);
    expect(listPictureIds(h.db)).toEqual([png.id]);
  });

  it.each([
    ['a text file named .jpg', Buffer.from('这不是图片', 'utf8'), PICTURE_REFUSALS.notPicture],
    ['a truncated JPEG', makeJpeg(100, 100).bytes.subarray(0, 300), PICTURE_REFUSALS.truncated],
    ['an empty file', Buffer.alloc(0), PICTURE_REFUSALS.empty],
  ])('refuses %s and stores nothing', async (_name, bytes, message) => {
    const h = harness();
    const before = dumpDatabase(h.db);
    const result = await h.call('pictures.add', { fileName: '照片.jpg', base64: bytes.toString('base64') });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message } });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses a 21 MB file at the contract, before decoding it', async () => {
    const h = harness();
    const result = await h.call('pictures.add', { fileName: '大.jpg', base64: Buffer.alloc(21 * 1024 * 1024).toString('base64') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('20 MB') });
    expect(listPictureIds(h.db)).toEqual([]);
  });

  it('refuses text that is not base64', async () => {
    const h = harness();
    const result = await h.call('pictures.add', { fileName: 'x.png', base64: '不是base64!!' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers NOT_FOUND for a picture that is not stored', async () => {
    const h = harness();
    const result = await h.call('pictures.get', { pictureId: makePng().id });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
