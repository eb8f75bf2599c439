/**
 * An issue with photos opens without fetching them: each picture is fetched when the clerk scrolls
 * near it (useNearViewport.ts). Counted as the browser sees it, by the pictures.get requests, in a
 * 600-block issue with ten photos spread through it, none on the first screen.
 */
import { describe, expect, it } from 'vitest';
import { benchDocument } from '../../bench/fixtures';
import { picture } from '../../shared/document/types';
import { makeJpeg } from '../fixtures/pictures';
import { useAppSession } from './session';
import { callApi } from './ui';

describe('pictures near the screen in browser mode', () => {
  const session = useAppSession({ viewport: { width: 1366, height: 768 } });

  it('fetches no photo while the issue opens, and one scrolled to when it comes near', async () => {
    const { page } = session;
    const body = benchDocument();
    const blocks = [...body.blocks];
    for (let i = 0; i < 10; i++) {
      const stored = await callApi<{ pictureId: string; pixelWidth: number; pixelHeight: number }>(page, 'pictures.add', {
        fileName: `照片${i + 1}.jpg`,
        base64: makeJpeg(400, 300, 85 - i).bytes.toString('base64'),
      });
      blocks.splice(
        Math.round(((i + 1) * blocks.length) / 11),
        0,
        picture(stored.pictureId, stored.pixelWidth, stored.pixelHeight, `图为第${i + 1}张`, 75),
      );
    }
    const meta = await callApi<Record<string, unknown>>(page, 'issues.propose', { seriesId: 1 });
    const issue = await callApi<{ id: number }>(page, 'issues.create', { seriesId: 1, meta });
    await callApi(page, 'issues.saveDocument', { id: issue.id, document: { ...body, blocks } });

    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/pictures.get')) fetched.push(request.postData() ?? '');
    });
    await page.reload();
    await page.locator(`[data-testid="issue-row"][data-issue-id="${issue.id}"]`).click();
    const pictures = page.getByTestId('picture-block');
    await expect.poll(() => pictures.count()).toBe(10);
    // Every block is rendered and the editor idle: still nothing fetched.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(fetched).toEqual([]);
    expect(await page.locator('img.bd-picture-image').count()).toBe(0);

    await pictures.last().scrollIntoViewIfNeeded();
    await pictures.last().locator('img.bd-picture-image').waitFor();
    expect(fetched.length).toBeGreaterThanOrEqual(1);
    expect(fetched.length).toBeLessThan(10);
  });
});
