/**
 * The guide's screenshots (docs/使用说明.md): the script that makes them (`npm run docs:screenshots`)
 * runs here on a fresh demo database, and each picture is checked to be a real screenshot — a PNG of the
 * window's size (or a printed page), with enough different colours that it is not blank. The guide uses
 * exactly the pictures the script makes, and docs/images holds exactly those.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { GUIDE_SHOTS, screenshotEnv, takeGuideShots } from './docs/guideShots';
import { REPO_ROOT, startHost, type RunningHost } from './host';

const VIEWPORT = { width: 1366, height: 768 };

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Distinct colours in a sample grid of the picture, decoded by the browser itself. */
function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      const colours = new Set<number>();
      for (let y = 0; y < image.height; y += 4) {
        for (let x = 0; x < image.width; x += 4) {
          const i = (y * image.width + x) * 4;
          colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        }
      }
      return colours.size;
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

describe('the guide’s screenshots', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefdesk-guide-shots-'));
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let files: string[] = [];

  beforeAll(async () => {
    // As npm run docs:screenshots does it: the host and the browser with the screenshots' fontconfig.
    host = await startHost(undefined, screenshotEnv());
    browser = await launchBrowser(screenshotEnv());
    page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await page.goto(host.url);
    files = await takeGuideShots(page, dir, mkdtempSync(path.join(tmpdir(), 'briefdesk-guide-work-')));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('makes every picture of the guide, each a real non-blank screenshot', async () => {
    expect(files.map((file) => path.basename(file))).toEqual(GUIDE_SHOTS.map((shot) => shot.file));
    for (const file of files) {
      const bytes = readFileSync(file);
      const size = pngSize(bytes);
      if (/-page\.png$/.test(file)) {
        // A printed A4 page: portrait, 210 × 297.
        expect(size.height / size.width, file).toBeCloseTo(297 / 210, 1);
      } else {
        expect(size, file).toEqual(VIEWPORT);
      }
      expect(await distinctColours(page, bytes), file).toBeGreaterThan(20);
    }
  });

  it('the guide shows exactly these pictures, and docs/images holds exactly them', () => {
    const guide = readFileSync(path.join(REPO_ROOT, 'docs', '使用说明.md'), 'utf8');
    const used = [...guide.matchAll(/!\[[^\]]*\]\(images\/([^)]+)\)/g)].map((match) => match[1]);
    expect(used).toEqual(GUIDE_SHOTS.map((shot) => shot.file));
    expect(readdirSync(path.join(REPO_ROOT, 'docs', 'images')).sort()).toEqual(GUIDE_SHOTS.map((shot) => shot.file).sort());
  });
});
