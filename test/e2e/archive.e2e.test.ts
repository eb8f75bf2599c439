/**
 * The archive in the real UI: text typed into an issue is found from the 检索 workbench by a
 * two-character query, and opening the hit puts the caret in the block that holds it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, typeWithIme } from './browser';
import { startHost, tempDatabasePath, type RunningHost } from './host';
import { blockTexts, callApi, caretToEndOfBlock, editor, waitForSaved } from './ui';

describe('检索 in the browser', () => {
  let browser: Browser;
  let host: RunningHost;

  beforeAll(async () => {
    browser = await launchBrowser();
    host = await startHost(tempDatabasePath());
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('finds what was just typed and opens the issue at the hit', async () => {
    const page = await browser.newPage();
    await page.goto(host.url);
    const proposal = await callApi<Record<string, unknown>>(page, 'issues.propose', { seriesId: 1 });
    const issue = await callApi<{ id: number }>(page, 'issues.create', { seriesId: 1, meta: proposal });
    const paragraphs = ['政务工作动态', '本周大厅运行平稳。', '综窗改革持续推进。', '考勤情况良好。'];
    const document = {
      schemaVersion: 2,
      blocks: paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
    };
    await callApi(page, 'issues.saveDocument', { id: issue.id, document });
    await page.reload();
    await page.getByTestId('issue-row').first().click();
    await editor(page).waitFor();

    await caretToEndOfBlock(page, 2);
    await typeWithIme(page, 'qingyangqu', '青羊区试点');
    await waitForSaved(page);
    await expect.poll(() => blockTexts(page)).toContain('综窗改革持续推进。青羊区试点');

    await page.getByTestId('open-tool-search').click();
    await page.getByTestId('search-query').fill('青羊');
    await page.getByTestId('search-submit').click();
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBe(1);
    await expect.poll(() => hits.first().locator('mark').allTextContents()).toEqual(['青羊']);

    await hits.first().click();
    await editor(page).waitFor();
    // The caret is in block 2, the one that holds the hit.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const anchor = window.getSelection()?.anchorNode ?? null;
          const element = anchor instanceof Element ? anchor : anchor?.parentElement;
          const block = element?.closest('[data-testid="editor"] > [data-slate-node="element"]');
          if (!block?.parentElement) return -1;
          return Array.from(block.parentElement.children).indexOf(block);
        }),
      )
      .toBe(2);
    await page.close();
  });
});
