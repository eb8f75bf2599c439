/**
 * Never losing a word: the text typed is stored within a second of the last keystroke, so killing the
 * host process (SIGKILL, as a crash would) one second after typing stops loses nothing.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, settleCaret, typeWithIme } from './browser';
import { startHost, tempDatabasePath, type RunningHost } from './host';
import { blockTexts, callApi, editor } from './ui';

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

  it('keeps what was typed one second before the kill', async () => {
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
    await settleCaret(page);
    await typeWithIme(page, 'kaoqin', '考勤情况');
    await page.keyboard.type('abc');
    await typeWithIme(page, 'wanbi', '完毕');
    await page.waitForTimeout(1_000);
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
