/**
 * Issue 14: an imported DOCX keeps its pictures. Files are built the way Word and WPS write them
 * (a media part, its relationship and content type; wp:inline, wp:anchor and VML), read, detected,
 * previewed and saved through the channels; the caption paragraph becomes the picture's 图注.
 */
import jpeg from 'jpeg-js';
import { describe, expect, it, vi } from 'vitest';
import { listPictureIds } from '../../../electron/services/db/picturesTable';
import { draftOf, readImportFile } from '../../../electron/services/import';
import { PICTURE_REFUSALS } from '../../../electron/services/pictures/checkPicture';
import type { PictureElement } from '../../../shared/document/types';
import { detectIncoming } from '../../../shared/import';
import { makeJpeg, makePng } from '../../fixtures/pictures';
import {
  anchoredPicture,
  CAPTION_STYLE,
  centredParagraph,
  GBT_SECTION,
  heiHeading,
  inlinePicture,
  PICTURE_ISSUE_CLOSING,
  PICTURE_ISSUE_MASTHEAD,
  TEXT_WIDTH_EMU,
  vmlPicture,
} from '../../fixtures/import/word/pictureXml';
import { buildWordFile, para, run, STYLES_XML, type WordMedia } from '../../fixtures/import/word/wordXml';
import { DATE_QUESTION_CODES } from '../../../shared/issues/dateQuestions';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta } from '../services/helpers';
import { toBase64 } from './files';

const STYLES = STYLES_XML.replace('</w:styles>', `${CAPTION_STYLE}</w:styles>`);

function briefing(body: string, media: WordMedia[]): Promise<Uint8Array> {
  return buildWordFile(PICTURE_ISSUE_MASTHEAD + heiHeading('一、工作动态') + body + para('本周情况正常。') + PICTURE_ISSUE_CLOSING, {
    media,
    styles: STYLES,
    sectPr: GBT_SECTION,
  });
}

async function detect(bytes: Uint8Array) {
  const incoming = await readImportFile('往期.docx', bytes);
  return { incoming, issue: detectIncoming(incoming) };
}

function pictures(blocks: readonly { type: string }[]): PictureElement[] {
  return blocks.filter((b): b is PictureElement => b.type === 'picture');
}

function bodyTexts(blocks: readonly { type: string; children?: { text: string }[] }[]): string[] {
  return blocks.filter((b) => b.type !== 'picture').map((b) => (b.children ?? []).map((c) => c.text).join(''));
}

describe('reading pictures from a DOCX', () => {
  it('keeps an inline picture at text width with the centred 图为 paragraph after it as its caption', async () => {
    const photo = makeJpeg(300, 200);
    const bytes = await briefing(
      centredParagraph(inlinePicture({ rId: 'rId10', name: '图片 1', cx: TEXT_WIDTH_EMU, cy: (TEXT_WIDTH_EMU * 2) / 3 })) +
        para('图为市场监管局窗口人员为群众办理业务。', { center: true }),
      [{ id: 'rId10', target: 'media/image1.jpeg', bytes: photo.bytes }],
    );
    const { incoming, issue } = await detect(bytes);
    expect(pictures(issue.document.blocks)).toEqual([
      {
        type: 'picture',
        pictureId: photo.id,
        pixelWidth: 300,
        pixelHeight: 200,
        width: 100,
        caption: '图为市场监管局窗口人员为群众办理业务。',
        children: [{ text: '' }],
      },
    ]);
    // The caption is the picture's, not body text as well; the text around the picture keeps its place.
    expect(bodyTexts(issue.document.blocks)).toEqual(['工作动态', '本周情况正常。']);
    expect(issue.document.blocks.map((b) => b.type)).toEqual(['numbered', 'picture', 'paragraph']);
    expect(incoming.pictures).toEqual([{ pictureId: photo.id, mime: 'image/jpeg', bytes: new Uint8Array(photo.bytes) }]);
    expect(issue.warnings.filter((w) => w.includes('图片'))).toEqual([]);
  });

  it('reads an anchored picture at 70 % as 75 %, with a Caption-style paragraph as its caption', async () => {
    const photo = makePng(160, 90);
    const cx = Math.round(TEXT_WIDTH_EMU * 0.7);
    const bytes = await briefing(
      para([anchoredPicture({ rId: 'rId7', name: '照片', cx, cy: Math.round((cx * 9) / 16) })]) + para('图1 综合窗口', { style: 'a5' }),
      [{ id: 'rId7', target: 'media/image2.png', bytes: photo.bytes }],
    );
    const { issue } = await detect(bytes);
    // Cleaned as all imported text is (no space between a digit and Chinese).
    expect(pictures(issue.document.blocks)).toMatchObject([{ pictureId: photo.id, width: 75, caption: '图1综合窗口' }]);
    expect(bodyTexts(issue.document.blocks)).toEqual(['工作动态', '本周情况正常。']);
  });

  it('reads a VML picture (old Word, WPS) at half the text width as 50 %, without a caption', async () => {
    const photo = makeJpeg(100, 100);
    // 156 mm is 442.2 pt: a 220 pt wide shape is half of it.
    const bytes = await briefing(centredParagraph(vmlPicture('rId12', '大厅', 220, 220)) + para('这一段不是图注。'), [
      { id: 'rId12', target: 'media/image3.jpeg', bytes: photo.bytes },
    ]);
    const { issue } = await detect(bytes);
    expect(pictures(issue.document.blocks)).toMatchObject([{ pictureId: photo.id, width: 50, caption: '' }]);
    expect(bodyTexts(issue.document.blocks)).toContain('这一段不是图注。');
  });

  it('keeps a picture set in a paragraph of text between the text before and after it', async () => {
    const photo = makePng(40, 30);
    const drawing = inlinePicture({ rId: 'rId10', name: '图片 2', cx: TEXT_WIDTH_EMU / 2, cy: TEXT_WIDTH_EMU / 2 });
    const bytes = await briefing(`<w:p>${run('图片前的文字。')}${drawing}${run('图片后的文字。')}</w:p>`, [
      { id: 'rId10', target: 'media/image1.png', bytes: photo.bytes },
    ]);
    const { issue } = await detect(bytes);
    expect(issue.document.blocks.map((b) => b.type)).toEqual(['numbered', 'paragraph', 'picture', 'paragraph', 'paragraph']);
    expect(bodyTexts(issue.document.blocks)).toEqual(['工作动态', '图片前的文字。', '图片后的文字。', '本周情况正常。']);
  });

  it('takes a picture and its caption that end the body, and still finds the 报尾', async () => {
    const photo = makePng(50, 50);
    const bytes = await buildWordFile(
      PICTURE_ISSUE_MASTHEAD +
        heiHeading('一、工作动态') +
        para('本周情况正常。') +
        centredParagraph(inlinePicture({ rId: 'rId10', name: '图片 1', cx: TEXT_WIDTH_EMU, cy: TEXT_WIDTH_EMU })) +
        para('图为窗口。', { center: true }) +
        PICTURE_ISSUE_CLOSING,
      { media: [{ id: 'rId10', target: 'media/image1.png', bytes: photo.bytes }], styles: STYLES, sectPr: GBT_SECTION },
    );
    const { issue } = await detect(bytes);
    expect(issue.document.blocks.map((b) => b.type)).toEqual(['numbered', 'paragraph', 'picture']);
    expect(pictures(issue.document.blocks)[0]?.caption).toBe('图为窗口。');
    expect(issue.copies).toBe(80);
    expect(issue.distribution.报).toBe('省政府办公厅。');
  });

  it('stores a picture shown twice once', async () => {
    const photo = makePng(20, 20);
    const drawing = (id: number) =>
      centredParagraph(inlinePicture({ rId: 'rId10', name: `图片 ${id}`, id, cx: TEXT_WIDTH_EMU, cy: TEXT_WIDTH_EMU }));
    const { incoming, issue } = await detect(
      await briefing(drawing(1) + para('中间的文字。') + drawing(2), [{ id: 'rId10', target: 'media/image1.png', bytes: photo.bytes }]),
    );
    expect(pictures(issue.document.blocks)).toHaveLength(2);
    expect(incoming.pictures).toHaveLength(1);
  });

  it.each([
    [
      'over the cap',
      () => {
        const big = Buffer.alloc(21 * 1024 * 1024);
        makeJpeg().bytes.copy(big);
        return big;
      },
      PICTURE_REFUSALS.tooBig,
    ],
    ['truncated', () => makeJpeg(200, 100).bytes.subarray(0, 500), PICTURE_REFUSALS.truncated],
    ['an EMF drawing', () => Buffer.from([1, 0, 0, 0, 0x6c, 0, 0, 0, 0, 0, 0, 0]), '只能导入 JPEG 或 PNG 格式的图片'],
  ])('skips a picture %s with a warning, and keeps its caption as text', async (_name, bytesOf, reason) => {
    const target = reason.startsWith('只能') ? 'media/image1.emf' : 'media/image1.jpeg';
    const bytes = await briefing(
      centredParagraph(inlinePicture({ rId: 'rId10', name: '照片 1', cx: TEXT_WIDTH_EMU, cy: TEXT_WIDTH_EMU })) +
        para('图为窗口。', { center: true }),
      [{ id: 'rId10', target, bytes: bytesOf() }],
    );
    const { incoming, issue } = await detect(bytes);
    expect(pictures(issue.document.blocks)).toEqual([]);
    expect(incoming.pictures).toEqual([]);
    expect(issue.warnings).toContain(`图片“照片 1”（第6段）未导入：${reason}。`);
    expect(bodyTexts(issue.document.blocks)).toContain('图为窗口。');
  });

  it('says so when a picture names no part of the package', async () => {
    const bytes = await briefing(centredParagraph(inlinePicture({ rId: 'rId99', name: '照片 2', cx: 1, cy: 1 })), []);
    const { issue } = await detect(bytes);
    expect(issue.warnings).toContain('图片“照片 2”（第6段）未导入：文件中找不到这张图片。');
  });

  it('leaves a masthead emblem out, and says so', async () => {
    const emblem = makePng(16, 16);
    const bytes = await buildWordFile(
      centredParagraph(inlinePicture({ rId: 'rId5', name: '徽标', cx: 360000, cy: 360000 })) +
        PICTURE_ISSUE_MASTHEAD +
        heiHeading('一、工作动态') +
        para('本周情况正常。') +
        PICTURE_ISSUE_CLOSING,
      { media: [{ id: 'rId5', target: 'media/image1.png', bytes: emblem.bytes }], styles: STYLES, sectPr: GBT_SECTION },
    );
    const { issue } = await detect(bytes);
    expect(pictures(issue.document.blocks)).toEqual([]);
    expect(issue.warnings.some((w) => w.includes('报头或报尾中的 1 张图片'))).toBe(true);
  });
});

describe('import.preview → import.save with pictures', () => {
  async function photoBriefing() {
    const photo = makeJpeg(240, 160);
    const bytes = await briefing(
      centredParagraph(inlinePicture({ rId: 'rId10', name: '图片 1', cx: TEXT_WIDTH_EMU, cy: TEXT_WIDTH_EMU })) +
        para('图为大厅导办台。', { center: true }),
      [{ id: 'rId10', target: 'media/image1.jpeg', bytes: photo.bytes }],
    );
    return { photo, base64: toBase64(bytes) };
  }

  it('carries the bytes from the preview to the save, which stores them with the issue', async () => {
    const h = harness();
    const { photo, base64 } = await photoBriefing();
    const preview = await h.value('import.preview', { fileName: '第22期.docx', base64 });
    expect(preview.issue.pictures).toEqual([{ pictureId: photo.id, base64: photo.bytes.toString('base64') }]);
    // Nothing is stored by a preview.
    expect(listPictureIds(h.db)).toEqual([]);
    const saved = await h.value('import.save', { draft: draftOf(preview.issue)! });
    expect(listPictureIds(h.db)).toEqual([photo.id]);
    const issue = await h.value('issues.get', { id: saved.issueId });
    expect(pictures(issue.document.blocks)).toMatchObject([{ pictureId: photo.id, caption: '图为大厅导办台。' }]);
    const back = await h.value('pictures.get', { pictureId: photo.id });
    expect(Buffer.from(back.base64, 'base64').equals(photo.bytes)).toBe(true);
  });

  it('decodes a picture once: the save of bytes a preview here decoded runs only the quick checks', async () => {
    const h = harness();
    const { base64 } = await photoBriefing();
    const decode = vi.spyOn(jpeg, 'decode');
    try {
      const preview = await h.value('import.preview', { fileName: '第22期.docx', base64 });
      expect(decode).toHaveBeenCalledTimes(1);
      await h.value('import.save', { draft: draftOf(preview.issue)! });
      expect(decode).toHaveBeenCalledTimes(1);
      // Another host (no preview of it here) decodes the same draft in full.
      const other = harness();
      await other.value('import.save', { draft: draftOf(preview.issue)! });
      expect(decode).toHaveBeenCalledTimes(2);
    } finally {
      decode.mockRestore();
    }
  });

  it('takes no word from the renderer on what was decoded', async () => {
    const h = harness();
    const { base64 } = await photoBriefing();
    const preview = await h.value('import.preview', { fileName: '第22期.docx', base64 });
    const result = await h.raw('import.save', {
      draft: draftOf(preview.issue),
      decodedPictureIds: [preview.issue.pictures![0]!.pictureId],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('stores no picture when the save is refused (the same transaction)', async () => {
    const h = harness();
    // 2024年第22期 is already kept: saving the import without replacing it is refused.
    await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ year: 2024, number: 22 }),
      confirm: [...DATE_QUESTION_CODES],
    });
    const { base64 } = await photoBriefing();
    const preview = await h.value('import.preview', { fileName: '第22期.docx', base64 });
    const before = dumpDatabase(h.db);
    const refused = await h.call('import.save', { draft: draftOf(preview.issue)! });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ISSUE_NUMBER' } });
    expect(dumpDatabase(h.db)).toBe(before);
    expect(listPictureIds(h.db)).toEqual([]);
  });

  it('refuses bytes that do not match their id, or that fail the check, and stores nothing', async () => {
    const h = harness();
    const { base64 } = await photoBriefing();
    const preview = await h.value('import.preview', { fileName: '第22期.docx', base64 });
    const draft = draftOf(preview.issue)!;
    const before = dumpDatabase(h.db);
    const other = makePng(10, 10).bytes.toString('base64');
    const forged = await h.call('import.save', {
      draft: { ...draft, pictures: [{ pictureId: draft.pictures![0]!.pictureId, base64: other }] },
    });
    expect(forged).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('与其编号不符') } });
    const broken = Buffer.from('not a picture');
    const id = (await import('../../../electron/services/pictures/checkPicture')).pictureIdOf(broken);
    const bad = {
      ...draft,
      document: { ...draft.document, blocks: draft.document.blocks.map((b) => (b.type === 'picture' ? { ...b, pictureId: id } : b)) },
    };
    const refused = await h.call('import.save', { draft: { ...bad, pictures: [{ pictureId: id, base64: broken.toString('base64') }] } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('这不是 JPEG 或 PNG 图片') },
    });
    expect(dumpDatabase(h.db)).toBe(before);
  });
});
