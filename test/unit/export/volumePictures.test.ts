/** Pictures in the 合订本 (issue 14): the same picture code, the bytes from the database, missing ones said. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compileVolume, type CompileRequest } from '../../../electron/services/compile/compileVolume';
import { insertPicture } from '../../../electron/services/db/picturesTable';
import { paragraph, picture } from '../../../shared/document/types';
import { SAMPLE_ISSUES } from '../../fixtures/issues';
import { doc } from '../../fixtures/issues/build';
import { makeJpeg } from '../../fixtures/pictures';
import { fakeEngine, sampleMeta } from '../compile/volumeFixture';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';

const PHOTO = makeJpeg(400, 300);
const MISSING = makeJpeg(300, 400);

const request = (format: CompileRequest['format']): CompileRequest => ({
  seriesId: DEFAULT_SERIES_ID,
  year: 2024,
  all: false,
  perIssuePages: false,
  format,
});

async function volumeWithPictures() {
  const h = harness();
  insertPicture(
    h.db,
    { id: PHOTO.id, mime: PHOTO.mime, pixelWidth: 400, pixelHeight: 300, byteSize: PHOTO.bytes.length, bytes: PHOTO.bytes },
    '2026-01-01T00:00:00Z',
  );
  for (const number of [1, 2]) {
    const issue = await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: sampleMeta(SAMPLE_ISSUES[number - 1]!, 2024, number),
    });
    const blocks = [paragraph('前文。'), picture(PHOTO.id, 400, 300, `图为第${number}期照片`)];
    if (number === 2) blocks.push(picture(MISSING.id, 300, 400, '图为缺失的照片'));
    await h.value('issues.saveDocument', { id: issue.id, document: doc(...blocks) });
    await h.value('issues.finalize', { id: issue.id });
  }
  return h;
}

describe('the 合订本 with pictures', () => {
  it('DOCX: one stored copy of a picture both issues print, and a warning for the missing one', async () => {
    const h = await volumeWithPictures();
    const volume = await compileVolume({ db: h.db, info: fakeEngine().info }, request('docx'));
    const zip = await JSZip.loadAsync(volume.bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect((await zip.file(media[0]!)!.async('nodebuffer')).equals(PHOTO.bytes)).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(xml).toContain('图片缺失');
    expect(volume.warning).toContain('1 张图片');
  });

  it('PDF: the print document has the image and the placeholder, and says so', async () => {
    const h = await volumeWithPictures();
    const volume = await compileVolume({ db: h.db, info: fakeEngine().info }, request('pdf'));
    const html = new TextDecoder().decode(volume.bytes);
    expect(html.match(/<img src="data:image\/jpeg;base64,/g)).toHaveLength(2);
    expect(html).toContain('图片缺失');
    expect(volume.warning).toContain('1 张图片');
  });
});
