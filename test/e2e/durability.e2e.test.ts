/**
 * Never losing a word: once the editor says 已保存 after typing, the text is on disk — killing the host
 * process (SIGKILL, as a crash would) the moment it says so loses nothing. How soon it says so (the
 * autosave delay, AUTOSAVE_DELAY_MS after the last keystroke) is the autosaver's test
 * (test/component/autosave.test.tsx).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, typeWithIme } from './browser';
import { startHost, tempDatabasePath, type RunningHost } from './host';
import { blockTexts, callApi, editor, waitForSaved } from './ui';

describe('autosave survives a killed process', () => {
  let browser: Browser;
  const hosts: RunningHost[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
  });

  it('keeps what was typed when the host is killed the moment the editor says 已保存', async () => {
    const databasePath = tempDatabasePath();
    const first = await startHost(databasePath);
    hosts.push(first);
    const page = await browser.newPage();
    await page.goto(first.url);
    const proposal = await callApi<Record<string, unknown>>(page, 'issues.propose', { seriesId: 1 });
    await callApi(page, 'issues.create', { seriesId: 1, meta: proposal });
    await page.reload();
    await page.getByTestId('issue-row').first().click();
    await editor(page).click();
    await typeWithIme(page, 'kaoqin', '考勤情况');
    await page.keyboard.type('abc');
    await typeWithIme(page, 'wanbi', '完毕');
    await waitForSaved(page);
    await first.kill();
    // The server itself is gone (not only a wrapper around it): nothing answers at its address any more.
    await expect(fetch(first.url)).rejects.toThrow();
    await page.close();

    const second = await startHost(databasePath);
    hosts.push(second);
    const reopened = await browser.newPage();
    await reopened.goto(second.url);
    await reopened.getByTestId('issue-row').first().click();
    await editor(reopened).waitFor();
    await expect.poll(() => blockTexts(reopened)).toEqual(['考勤情况abc完毕']);
  });
});
