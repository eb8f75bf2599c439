/**
 * Photos laid side by side in a table, as Word and WPS users lay them out in a briefing: each photo is
 * kept, in reading order, with the text under it (in its cell or in the row below) as its 图注.
 */
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/services/import';
import { isPhotoTable } from '../../../electron/services/import/docx/photoTables';
import type { PictureElement } from '../../../shared/document/types';
import { detectIncoming } from '../../../shared/import';
import { draftOf } from '../../../shared/import/draft';
import { makeJpeg } from '../../fixtures/pictures';
import {
  centredParagraph,
  GBT_SECTION,
  heiHeading,
  inlinePicture,
  photoTableXml,
  PICTURE_ISSUE_CLOSING,
  PICTURE_ISSUE_MASTHEAD,
  TEXT_WIDTH_EMU,
} from '../../fixtures/import/word/pictureXml';
import { buildWordFile, para, type WordMedia } from '../../fixtures/import/word/wordXml';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';
import { toBase64 } from './files';

/** Photos 45 % of the text width each, as two side by side in a 2-column grid are. */
const HALF = Math.round(TEXT_WIDTH_EMU * 0.45);

function photos(count: number): { media: WordMedia[]; cells: string[]; ids: string[] } {
  const made = Array.from({ length: count }, (_, i) => makeJpeg(240 + i * 8, 180, 90 - i));
  return {
    media: made.map((photo, i) => ({ id: `rId${20 + i}`, target: `media/image${i + 1}.jpeg`, bytes: photo.bytes })),
    cells: made.map((_, i) =>
      centredParagraph(inlinePicture({ rId: `rId${20 + i}`, name: `图片 ${i + 1}`, cx: HALF, cy: (HALF * 3) / 4, id: i + 1 })),
    ),
    ids: made.map((photo) => photo.id),
  };
}

function briefing(table: string, media: WordMedia[]): Promise<Uint8Array> {
  return buildWordFile(
    PICTURE_ISSUE_MASTHEAD +
      heiHeading('一、工作动态') +
      para('6月20日，省中心开展窗口服务提升活动。') +
      table +
      para('本周情况正常。') +
      PICTURE_ISSUE_CLOSING,
    {
      media,
      sectPr: GBT_SECTION,
    },
  );
}

async function detect(bytes: Uint8Array) {
  return detectIncoming(await readImportFile('往期.docx', bytes));
}

const pictureBlocks = (blocks: readonly { type: string }[]) => blocks.filter((b): b is PictureElement => b.type === 'picture');
const texts = (blocks: readonly { type: string; children?: { text: string }[] }[]) =>
  blocks.filter((b) => b.type !== 'picture').map((b) => (b.children ?? []).map((c) => c.text).join(''));

describe('photos side by side in a table', () => {
  it('keeps two photos of one row, each with the caption under it in its cell, in reading order at 50 %', async () => {
    const { media, cells, ids } = photos(2);
    const captions = ['图为导办人员引导群众取号。', '图为综合窗口为企业办理业务。'];
    const table = photoTableXml([cells.map((cell, i) => cell + para(captions[i]!, { center: true }))]);
    const issue = await detect(await briefing(table, media));
    expect(pictureBlocks(issue.document.blocks).map(({ pictureId, width, caption }) => ({ pictureId, width, caption }))).toEqual([
      { pictureId: ids[0], width: 50, caption: captions[0] },
      { pictureId: ids[1], width: 50, caption: captions[1] },
    ]);
    // The text around the table keeps its place; the captions are not body text as well.
    expect(issue.document.blocks.map((b) => b.type)).toEqual(['numbered', 'paragraph', 'picture', 'picture', 'paragraph']);
    expect(texts(issue.document.blocks)).toEqual(['工作动态', '6月20日，省中心开展窗口服务提升活动。', '本周情况正常。']);
    expect(issue.warnings).toContain('一个表格中并排的 2 张图片已按从左到右、从上到下的顺序逐张导入，每张单独成行，图下文字作为图注。');
    expect(issue.warnings.some((w) => w.includes('未导入'))).toBe(false);
  });

  it('takes the row under a row of photos as their captions, column by column, whatever their wording', async () => {
    const { media, cells, ids } = photos(4);
    const captions = ['省中心召开窗口工作推进会', '税务窗口延时服务', '医保窗口', '公积金窗口'];
    const table = photoTableXml([
      cells.slice(0, 2),
      captions.slice(0, 2).map((c) => para(c, { center: true })),
      cells.slice(2),
      captions.slice(2).map((c) => para(c)),
    ]);
    const issue = await detect(await briefing(table, media));
    expect(pictureBlocks(issue.document.blocks).map((p) => [p.pictureId, p.caption])).toEqual(ids.map((id, i) => [id, captions[i]]));
    expect(texts(issue.document.blocks)).toEqual(['工作动态', '6月20日，省中心开展窗口服务提升活动。', '本周情况正常。']);
  });

  it('keeps text under a photo that is too long for a 图注 as body text, word for word', async () => {
    const { media, cells } = photos(1);
    const long = `6月21日，${'省中心组织窗口工作人员开展业务培训，'.repeat(12)}效果良好。`;
    const issue = await detect(await briefing(photoTableXml([[cells[0]! + para(long)]]), media));
    expect(pictureBlocks(issue.document.blocks)).toMatchObject([{ caption: '' }]);
    expect(texts(issue.document.blocks)).toContain(long);
  });

  it('is not how a table with only a small emblem beside a title is read', () => {
    const emblem = { kind: 'picture' as const, pictureId: 'x', pixelWidth: 64, pixelHeight: 64, widthShare: 0.12, name: '徽标' };
    const title = { kind: 'paragraph' as const, runs: [{ text: '窗口工作周报' }] };
    expect(isPhotoTable([[[emblem], [title]]])).toBe(false);
    expect(isPhotoTable([[[{ ...emblem, widthShare: 0.45 }], [title]]])).toBe(true);
    expect(isPhotoTable([[[{ ...emblem, widthShare: null }]]])).toBe(true);
  });

  it('stores every photo of the table with the issue through import.preview and import.save', async () => {
    const { media, cells, ids } = photos(2);
    const bytes = await briefing(photoTableXml([cells, [para('图为大厅'), para('图为窗口')]]), media);
    const h = harness();
    const preview = await h.value('import.preview', { fileName: '往期.docx', base64: toBase64(bytes) });
    const saved = await h.value('import.save', { draft: draftOf(preview.issue)!, seriesId: DEFAULT_SERIES_ID });
    const { document } = await h.value('issues.get', { id: saved.issueId });
    expect(pictureBlocks(document.blocks).map((p) => [p.pictureId, p.caption])).toEqual([
      [ids[0], '图为大厅'],
      [ids[1], '图为窗口'],
    ]);
    for (const id of ids) expect((await h.value('pictures.get', { pictureId: id })).mime).toBe('image/jpeg');
  });
});
