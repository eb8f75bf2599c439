/**
 * An issue with photos opens without fetching them: each picture is fetched when the clerk scrolls
 * near it (useNearViewport.ts). Counted as the browser sees it, by the pictures.get requests, in a
 * 600-block issue with ten photos spread through it, none on the first screen.
 */
import { describe, expect, it } from 'vitest';
import { benchDocument } from '../../bench/fixtures';
import { useAppSession } from './session';
import { callApi, withPhotos } from './ui';

describe('pictures near the screen in browser mode', () => {
  const session = useAppSession({ viewport: { width: 1366, height: 768 } });

  it('fetches no photo while the issue opens, and one scrolled to when it comes near', async () => {
    const { page } = session;
    const withTen = await withPhotos(page, benchDocument(), 10, 400, 300);
    const meta = await callApi<Record<string, unknown>>(page, 'issues.propose', { seriesId: 1 });
    const issue = await callApi<{ id: number }>(page, 'issues.create', { seriesId: 1, meta });
    await callApi(page, 'issues.saveDocument', { id: issue.id, document: withTen });

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
