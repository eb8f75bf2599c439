/**
 * Pictures in the real renderer in Chromium (browser mode): a large JPEG inserted by 插入图片 is scaled
 * down by the browser's own decoder and canvas to 300 dpi at the text width, a PNG pasted from the
 * clipboard goes in as it is, one dropped on a paragraph goes after it, a 图注 is typed through the
 * IME — and the DOCX and the PDF exported from
 * the UI both carry the pictures (image parts under word/media; image XObjects in the PDF).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, makePng, type PictureFixture } from '../fixtures/pictures';
import { typeWithIme } from './browser';
import { exportFromUi } from './exportUi';
import { useAppSession } from './session';
import { callApi } from './ui';

interface StoredBlock {
  type: string;
  pictureId?: string;
  pixelWidth?: number;
  pixelHeight?: number;
  caption?: string;
  width?: number;
}

const CAPTION = '图为中心大厅综合窗口';
/** A camera-sized photo: wider than 300 dpi at the standard 442 pt text width (≈ 1843 px) needs. */
const photo = makeJpeg(2400, 1600, 85);
/** A small screenshot: goes in byte for byte, so it is stored under its own SHA-256. */
const screenshot = makePng(300, 200);
/** A photo dragged in from the file manager: small enough to go in as it is. */
const dropped = makeJpeg(640, 480);

let nextNumber = 30;

/** A new issue holding `blocks`, opened in the editor: each test starts from its own issue, so it can run alone. */
async function openNewIssue(page: Page, blocks: unknown[]): Promise<number> {
  const series = await callApi<{ id: number }[]>(page, 'series.list', {});
  const issue = await callApi<{ id: number }>(page, 'issues.create', {
    seriesId: series[0]!.id,
    meta: {
      year: 2024,
      number: nextNumber++,
      totalNumber: null,
      issueDate: '2024-07-11',
      periodStart: null,
      periodEnd: null,
      partTitle: null,
    },
  });
  await callApi(page, 'issues.saveDocument', { id: issue.id, document: { schemaVersion: 2, blocks } });
  await page.reload();
  await page.locator(`[data-issue-id="${issue.id}"] .bd-issue-open`).click();
  await page.getByTestId('editor').waitFor();
  return issue.id;
}

const text = (t: string) => ({ type: 'paragraph', children: [{ text: t }] });
const FIRST = '本周中心大厅运行平稳。';

/** Stores a picture through the real channel and answers the block that shows it. */
async function storedPicture(page: Page, fixture: PictureFixture, caption = ''): Promise<StoredBlock & { children: unknown[] }> {
  const { pictureId, pixelWidth, pixelHeight } = await callApi<{ pictureId: string; pixelWidth: number; pixelHeight: number }>(
    page,
    'pictures.add',
    { fileName: 'fixture', base64: fixture.bytes.toString('base64') },
  );
  return { type: 'picture', pictureId, pixelWidth, pixelHeight, width: 100, caption, children: [{ text: '' }] };
}

async function storedBlocks(page: Page, id: number): Promise<StoredBlock[]> {
  return (await callApi<{ document: { blocks: StoredBlock[] } }>(page, 'issues.get', { id })).document.blocks;
}

/**
 * A paste as Chromium delivers Ctrl+V of a copied image: a `paste` ClipboardEvent whose DataTransfer
 * holds the PNG as a file and, when nobody cancelled it, a `beforeinput` insertFromPaste with the same
 * DataTransfer (the async clipboard API cannot put a file on the clipboard in headless Chromium).
 */
async function pastePng(page: Page, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    (byteList) => {
      const target = document.querySelector('[data-testid="editor"]')!;
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(byteList)], 'image.png', { type: 'image/png' }));
      const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      if (!target.dispatchEvent(paste)) return;
      target.dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    [...bytes],
  );
}

/** Whether every picture in the editor has been decoded and drawn (an image blocked by CSP never is). */
function picturesShown(page: Page): Promise<boolean[]> {
  return page.$$eval('[data-testid="picture-block"] img', (images) =>
    images.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
  );
}

describe('pictures in browser mode', () => {
  const session = useAppSession({ acceptDownloads: true, viewport: { width: 1600, height: 1000 } }, '2024-07-11');
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  const types = async (id: number) => (await storedBlocks(page, id)).map((b) => b.type);

  it('inserts a large photo by 插入图片, scaled to 300 dpi at the text width, and shows it', async () => {
    const id = await openNewIssue(page, [text(FIRST)]);
    await page.getByTestId('insert-picture-input').setInputFiles({ name: '大厅.jpg', mimeType: 'image/jpeg', buffer: photo.bytes });
    await expect.poll(() => picturesShown(page), { timeout: 30_000 }).toEqual([true]);
    await expect.poll(() => types(id)).toEqual(['paragraph', 'picture', 'paragraph']);
    const stored = (await storedBlocks(page, id))[1]!;
    expect(stored.pixelWidth).toBeGreaterThanOrEqual(1842);
    expect(stored.pixelWidth).toBeLessThanOrEqual(1843);
    expect(Math.abs(stored.pixelHeight! - (stored.pixelWidth! * 1600) / 2400)).toBeLessThanOrEqual(1);
    expect(stored.pictureId).not.toBe(photo.id); // re-encoded, not the camera's bytes
  });

  it('takes a 图注 typed through the IME, and a 宽度 of 75 %', async () => {
    const id = await openNewIssue(page, [text(FIRST), await storedPicture(page, screenshot), text('')]);
    const caption = page.getByRole('textbox', { name: '图注' });
    await caption.click();
    await typeWithIme(page, 'tuweizhongxindating', '图为中心大厅');
    await typeWithIme(page, 'zonghechuangkou', '综合窗口');
    await expect.poll(() => caption.inputValue()).toBe(CAPTION);
    await page.getByRole('button', { name: '宽度 75%' }).click();
    await expect.poll(async () => (await storedBlocks(page, id))[1]).toMatchObject({ caption: CAPTION, width: 75 });
    const plain = await callApi<string>(page, 'issues.exportText', { id });
    expect(plain).toContain(`[图片：${CAPTION}]`);
  });

  it('pastes a PNG from the clipboard as a picture in place of the empty paragraph', async () => {
    const id = await openNewIssue(page, [text(FIRST), text('')]);
    // No caret placed: the paste goes to the last block, the empty paragraph, which it replaces.
    await pastePng(page, screenshot.bytes);
    await expect.poll(() => picturesShown(page)).toEqual([true]);
    await expect.poll(() => types(id)).toEqual(['paragraph', 'picture', 'paragraph']);
    expect((await storedBlocks(page, id))[1]).toMatchObject({ pictureId: screenshot.id, pixelWidth: 300, pixelHeight: 200, caption: '' });
  });

  it('takes a photo dropped on the first paragraph, after that paragraph', async () => {
    const id = await openNewIssue(page, [text(FIRST), text('第二段。')]);
    const target = page.locator('[data-testid="editor"] > [data-slate-node="element"]').first().locator('[data-slate-string]');
    const box = (await target.boundingBox())!;
    const dataTransfer = await page.evaluateHandle(
      (byteList) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(byteList)], '现场.jpg', { type: 'image/jpeg' }));
        return data;
      },
      [...dropped.bytes],
    );
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    await target.dispatchEvent('dragover', { dataTransfer, ...at });
    await target.dispatchEvent('drop', { dataTransfer, ...at });
    await expect.poll(() => picturesShown(page)).toEqual([true]);
    await expect
      .poll(async () => (await storedBlocks(page, id)).map((b) => b.pictureId ?? b.type))
      .toEqual(['paragraph', dropped.id, 'paragraph']);
  });

  it('refuses a file that is not a picture, by its bytes, with a message', async () => {
    const id = await openNewIssue(page, [text(FIRST)]);
    await page.getByTestId('insert-picture-input').setInputFiles({
      name: '会议纪要.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('这是一份文字材料，不是图片。'),
    });
    await expect.poll(() => page.getByTestId('paste-notice').textContent()).toContain('「会议纪要.jpg」不是 JPEG 或 PNG 图片');
    expect(await types(id)).toEqual(['paragraph']);
  });

  it('exports the pictures into the DOCX and the PDF', async () => {
    await openNewIssue(page, [
      text(FIRST),
      await storedPicture(page, dropped, CAPTION),
      await storedPicture(page, screenshot),
      text('以上为本周大厅情况。'),
    ]);
    await expect.poll(() => picturesShown(page)).toEqual([true, true]);
    const files = await exportFromUi(page, mkdtempSync(join(tmpdir(), 'briefdesk-pictures-')));
    const zip = unzipSync(readFileSync(files.docxPath));
    const media = Object.keys(zip).filter((name) => name.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(2);
    expect(strFromU8(zip['word/document.xml']!)).toContain(CAPTION);

    // pdfimages -list: two header lines, then one line per image drawn in the PDF.
    const list = execFileSync('pdfimages', ['-list', files.pdfPath], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(list.length).toBeGreaterThanOrEqual(2);
    const pdfText = execFileSync('pdftotext', [files.pdfPath, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(pdfText).toContain(CAPTION);
  });
});
