/**
 * The usual set-up of an end-to-end file: one browser-mode host on a fresh database and Debian's Chromium
 * with one page on it, started before the file's tests and stopped after them.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startHost, type RunningHost } from './host';

export interface AppSession {
  host: RunningHost;
  browser: Browser;
  page: Page;
}

/**
 * Call at the top of a describe block; the fields are filled in before its first test runs. `today`
 * pins the host's date (the proposals of 新建一期 follow it).
 */
export function useAppSession(contextOptions?: BrowserContextOptions, today?: string): AppSession {
  const session = {} as AppSession;
  beforeAll(async () => {
    session.host = await startHost(undefined, undefined, today);
    session.browser = await launchBrowser();
    session.page = await (await session.browser.newContext(contextOptions)).newPage();
    await session.page.goto(session.host.url);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.host?.stop();
  });
  return session;
}
