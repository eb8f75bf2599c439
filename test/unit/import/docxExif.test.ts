/**
 * A phone photo in a DOCX: stored pixels landscape with EXIF Orientation 6 (or 8, 3), shown upright by
 * Word, whose wp:extent is the upright (portrait) box. Chromium honours EXIF, LibreOffice 25.2 does not
 * (it draws the stored pixels stretched into the box: seen rendering such a file), so the import turns
 * the pixels upright and drops the EXIF: the block's pixel size, the print and the exported DOCX then
 * all show it upright, in the proportions Word showed.
 */
import JSZip from 'jszip';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { draftOf, readImportFile } from '../../../electron/services/import';
import { pictureIdOf } from '../../../electron/services/pictures/checkPicture';
import { exifOrientation, uprightJpeg } from '../../../electron/services/pictures/uprightJpeg';
import type { PictureElement } from '../../../shared/document/types';
import { detectIncoming } from '../../../shared/import';
import { withExifOrientation } from '../../fixtures/pictures';
import { centredParagraph, GBT_SECTION, inlinePicture, TEXT_WIDTH_EMU } from '../../fixtures/import/word/pictureXml';
import { buildWordFile, para, run } from '../../fixtures/import/word/wordXml';
import { harness } from '../services/helpers';
import { toBase64 } from './files';

type Rgb = [number, number, number];
const RED: Rgb = [255, 0, 0];
const BLUE: Rgb = [0, 0, 255];

/** Stored 64 × 32, its left half red and its right half blue, as a camera held sideways writes it. */
function sidewaysPhoto(orientation: number): Uint8Array {
  const width = 64;
  const height = 32;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.set([...(x < width / 2 ? RED : BLUE), 255], (y * width + x) * 4);
    }
  }
  return withExifOrientation(new Uint8Array(jpeg.encode({ data, width, height }, 95).data), orientation);
}

/** The colour at a share of the width and height (the middle of a half, away from the JPEG's blur). */
function colourAt(bytes: Uint8Array, fx: number, fy: number): Rgb {
  const { data, width, height } = jpeg.decode(bytes, { useTArray: true });
  const i = (Math.floor(fy * height) * width + Math.floor(fx * width)) * 4;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

function near(colour: Rgb, expected: Rgb): boolean {
  return colour.every((c, i) => Math.abs(c - expected[i]!) < 40);
}

const sizeOf = (bytes: Uint8Array) => {
  const { width, height } = jpeg.decode(bytes, { useTArray: true });
  return { width, height };
};

/** A briefing with the photo shown upright by Word at half the text width: a portrait box. */
function briefing(photo: Uint8Array): Promise<Uint8Array> {
  const cx = TEXT_WIDTH_EMU / 2;
  return buildWordFile(
    para([run('窗口工作周报', { face: '方正小标宋简体' })], { center: true }) +
      para('2024年第22期（总第475期）', { center: true }) +
      para('四川省政府政务服务和公共资源交易服务中心\t2024年7月4日', { borderBottom: true }) +
      para([run('一、工作动态', { face: '黑体' })]) +
      centredParagraph(inlinePicture({ rId: 'rId10', name: '图片 1', cx, cy: 2 * cx })) +
      para('图为导办人员引导群众。', { center: true }) +
      para('本周情况正常。'),
    { media: [{ id: 'rId10', target: 'media/image1.jpeg', bytes: photo }], sectPr: GBT_SECTION },
  );
}

describe('turning a photo upright', () => {
  it('turns the pixels as each orientation says, and leaves an upright photo alone', () => {
    // Upright, 6 (turn clockwise) puts the stored left (red) on top; 8 puts it at the bottom; 3 turns it round.
    const cases: [number, { width: number; height: number }, Rgb, Rgb, 'x' | 'y'][] = [
      [6, { width: 32, height: 64 }, RED, BLUE, 'y'],
      [8, { width: 32, height: 64 }, BLUE, RED, 'y'],
      [3, { width: 64, height: 32 }, BLUE, RED, 'x'],
    ];
    for (const [orientation, size, first, second, along] of cases) {
      const upright = uprightJpeg(sidewaysPhoto(orientation))!;
      expect(sizeOf(upright)).toEqual(size);
      expect(exifOrientation(upright)).toBe(1);
      const [a, b] =
        along === 'y'
          ? [colourAt(upright, 0.5, 0.25), colourAt(upright, 0.5, 0.75)]
          : [colourAt(upright, 0.25, 0.5), colourAt(upright, 0.75, 0.5)];
      expect([near(a, first), near(b, second)], `orientation ${orientation}: ${a} then ${b}`).toEqual([true, true]);
    }
    expect(uprightJpeg(sidewaysPhoto(1))).toBeNull();
  });
});

describe('a DOCX with a phone photo EXIF turns', () => {
  it('imports it upright: pixel size and bytes of the upright photo, no EXIF, Word’s width kept', async () => {
    const incoming = await readImportFile('往期.docx', await briefing(sidewaysPhoto(6)));
    const issue = detectIncoming(incoming);
    const [block] = issue.document.blocks.filter((b): b is PictureElement => b.type === 'picture');
    expect(block).toMatchObject({ pixelWidth: 32, pixelHeight: 64, width: 50, caption: '图为导办人员引导群众。' });
    const [data] = incoming.pictures!;
    expect(data!.pictureId).toBe(block!.pictureId);
    expect(pictureIdOf(data!.bytes)).toBe(data!.pictureId);
    expect(exifOrientation(data!.bytes)).toBe(1);
    expect(near(colourAt(data!.bytes, 0.5, 0.25), RED) && near(colourAt(data!.bytes, 0.5, 0.75), BLUE)).toBe(true);
  });

  it('stores the upright photo, and the exported DOCX draws it in Word’s portrait box without EXIF', async () => {
    const h = harness();
    const preview = await h.value('import.preview', { fileName: '第22期.docx', base64: toBase64(await briefing(sidewaysPhoto(6))) });
    const saved = await h.value('import.save', { draft: draftOf(preview.issue)! });
    const exported = await h.value('export.docx', { id: saved.issueId });
    expect(exported.warning).toBeUndefined();
    const zip = await JSZip.loadAsync(Buffer.from(exported.base64, 'base64'));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const bytes = await zip.file(media[0]!)!.async('uint8array');
    expect(exifOrientation(bytes)).toBe(1);
    expect(sizeOf(bytes)).toEqual({ width: 32, height: 64 });
    const extent = (await zip.file('word/document.xml')!.async('string')).match(/<wp:extent cx="(\d+)" cy="(\d+)"/);
    const [cx, cy] = [Number(extent![1]), Number(extent![2])];
    // Upright, twice as tall as wide, as Word showed it (the print rounds the height to whole lines).
    expect(cy).toBeGreaterThan(cx);
    expect(cy / cx).toBeCloseTo(2, 1);
  });
});
