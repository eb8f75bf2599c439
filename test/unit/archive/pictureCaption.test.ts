/**
 * Issue 14: search finds a picture by its 图注 — for a picture inserted in the editor and for one an
 * imported DOCX brought with its caption paragraph. (The caption reaches the index through the block
 * registry's plain text, helper "blocks"; this test is the archive's side of it.)
 */
import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../electron/services/import';
import { picture } from '../../../shared/document/types';
import { makeJpeg, makePng } from '../../fixtures/pictures';
import { centredParagraph, GBT_SECTION, inlinePicture, TEXT_WIDTH_EMU } from '../../fixtures/import/word/pictureXml';
import { buildWordFile, para, run } from '../../fixtures/import/word/wordXml';
import { addIssue, makeHarness, numbered, paragraph } from './harness';

describe('archive.search and pictures', () => {
  it('finds a saved picture by its caption, in the picture block', async () => {
    const h = makeHarness();
    const photo = makePng(30, 20);
    await h.value('pictures.add', { fileName: '窗口.png', base64: photo.bytes.toString('base64') });
    const id = await addIssue(h, {}, [numbered(1, '工作动态'), picture(photo.id, 30, 20, '图为税务窗口延时服务'), paragraph('本周正常。')]);
    const answer = await h.value('archive.search', { query: '延时服务' });
    expect(answer.hits.map((hit) => [hit.issueId, hit.blockIndex])).toEqual([[id, 1]]);
  });

  it('finds an imported picture by the caption paragraph it took', async () => {
    const h = makeHarness();
    const photo = makeJpeg(120, 80);
    const docx = await buildWordFile(
      para([run('窗口工作周报', { face: '方正小标宋简体' })], { center: true }) +
        para('2024年第22期（总第475期）', { center: true }) +
        para('四川省政府政务服务和公共资源交易服务中心\t2024年7月4日', { borderBottom: true }) +
        para('（6月17日—6月21日）', { center: true }) +
        para([run('一、工作动态', { face: '黑体' })]) +
        centredParagraph(inlinePicture({ rId: 'rId10', name: '图片 1', cx: TEXT_WIDTH_EMU, cy: TEXT_WIDTH_EMU / 2 })) +
        para('图为帮办代办专窗现场。', { center: true }) +
        para('报：省政府办公厅。', { borderBottom: true }) +
        para('（共印80份）'),
      { media: [{ id: 'rId10', target: 'media/image1.jpeg', bytes: photo.bytes }], sectPr: GBT_SECTION },
    );
    const preview = await h.value('import.preview', { fileName: '第22期.docx', base64: Buffer.from(docx).toString('base64') });
    const saved = await h.value('import.save', { draft: draftOf(preview.issue)! });
    const answer = await h.value('archive.search', { query: '帮办代办' });
    expect(answer.hits.map((hit) => hit.issueId)).toEqual([saved.issueId]);
  });
});
