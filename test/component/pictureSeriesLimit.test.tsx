/**
 * Inserted pictures are scaled to 300 dpi at the text block of the issue's own series, not the
 * standard one: a series with narrower margins keeps more pixels. The api is main's real handlers
 * (the series' layout override is stored and resolved by main); only the decode/scale step is faked.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksOf } from '../../shared/document/commands';
import { paragraph, type PictureElement } from '../../shared/document/types';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import type { BriefEditor } from '../../renderer/src/editor/createBriefEditor';
import { DocumentEditor } from '../../renderer/src/editor/DocumentEditor';
import { PictureDecoderContext } from '../../renderer/src/pictures/PictureDecoderContext';
import { printPixels, seriesPrintPixels, STANDARD_PRINT_PIXELS } from '../../renderer/src/pictures/targetSize';
import { makeJpeg } from '../fixtures/pictures';
import { fakeDecoder, fileOf, stubObjectUrls, type FakeDecoder } from './pictureFakes';
import { realApi, type RealApi } from './realApi';
import { addIssue, seedWeekly, WEEKLY_ID, weekMeta } from './realSeed';

beforeAll(stubObjectUrls);

// Wider than either text block at 300 dpi, so both scale it down (standard 1843 px, the wide one 2008).
const panorama = makeJpeg(2400, 300);

async function insertInto(real: RealApi, seriesId: number | undefined, fake: FakeDecoder): Promise<PictureElement> {
  const issue = await addIssue(real, weekMeta(27), [paragraph('正文')]);
  let editor: BriefEditor | null = null;
  render(
    <ApiProvider api={real.api}>
      <PictureDecoderContext.Provider value={fake.decode}>
        <DocumentEditor issueId={issue.id} seriesId={seriesId} initialBlocks={issue.document.blocks} onEditorReady={(e) => (editor = e)} />
      </PictureDecoderContext.Provider>
    </ApiProvider>,
  );
  const input = screen.getByTestId('insert-picture-input');
  await act(async () => fireEvent.change(input, { target: { files: [fileOf(panorama.bytes, '全景.jpg', 'image/jpeg')] } }));
  const found = () => blocksOf(editor!).find((b): b is PictureElement => b.type === 'picture');
  await waitFor(() => expect(found()).toBeDefined());
  return found()!;
}

describe('the size inserted pictures are scaled to', () => {
  it('is the series’ text block: narrower margins (20 mm each side) keep a wider picture', async () => {
    const real = realApi();
    await seedWeekly(real);
    await real.value('series.updateLayout', { id: WEEKLY_ID, layout: { margins: { leftMm: 20, rightMm: 20 } } });
    const wide = printPixels(await real.value('series.resolvedLayout', { id: WEEKLY_ID }));
    // 170 mm at 300 dpi
    expect(wide.width).toBe(2008);
    expect(wide.width).toBeGreaterThan(STANDARD_PRINT_PIXELS.width);

    const fake = fakeDecoder();
    const inserted = await insertInto(real, WEEKLY_ID, fake);
    expect(real.api['series.resolvedLayout']).toHaveBeenCalledWith({ id: WEEKLY_ID });
    expect(fake.encoded).toEqual([{ width: 2008, height: 251, mime: 'image/jpeg' }]);
    expect(inserted).toMatchObject({ pixelWidth: 2008, pixelHeight: 251 });
  });

  it('is the standard text block for a series on the standard layout', async () => {
    const real = realApi();
    await seedWeekly(real);
    const fake = fakeDecoder();
    const inserted = await insertInto(real, WEEKLY_ID, fake);
    expect(inserted.pixelWidth).toBe(STANDARD_PRINT_PIXELS.width);
  });

  it('falls back to the standard when the layout cannot be read or no series is given', async () => {
    const real = realApi();
    await seedWeekly(real);
    // An unknown series: main answers NOT_FOUND.
    expect(await seriesPrintPixels(real.api, 999)).toEqual(STANDARD_PRINT_PIXELS);
    real.refuseOnce('series.resolvedLayout', 'DB_ERROR', '数据库忙');
    expect(await seriesPrintPixels(real.api, WEEKLY_ID)).toEqual(STANDARD_PRINT_PIXELS);
    const thrown = { 'series.resolvedLayout': () => Promise.reject(new Error('bridge gone')) };
    expect(await seriesPrintPixels(thrown, WEEKLY_ID)).toEqual(STANDARD_PRINT_PIXELS);
    expect(await seriesPrintPixels(real.api, undefined)).toEqual(STANDARD_PRINT_PIXELS);

    const fake = fakeDecoder();
    const inserted = await insertInto(real, undefined, fake);
    expect(inserted.pixelWidth).toBe(STANDARD_PRINT_PIXELS.width);
  });
});
