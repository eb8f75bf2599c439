/** What the end-to-end tests read off and do in the real UI, in one place. */
import type { Page } from 'playwright-core';

export const editor = (page: Page) => page.getByTestId('editor');

/** Each block of the editor as the clerk sees it: generated number + text (zero-width placeholders removed). */
export function blockTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="editor"] > [data-slate-node="element"]', (elements) =>
    elements.map((el) => (el.textContent ?? '').replace(/\uFEFF/g, '')),
  );
}

export function numberLabels(page: Page): Promise<string[]> {
  return page.locator('[data-testid="editor"] .bd-number').allTextContents();
}

export async function waitForSaved(page: Page): Promise<void> {
  await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 10_000 });
}

export interface ApiAnswer<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** Calls a contract channel over HTTP with the page's own token, as the renderer does; the whole answer. */
export function callApiResult<T>(page: Page, channel: string, input: unknown): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ channel, input }) => {
      const token = document.querySelector('meta[name="briefdesk-token"]')?.getAttribute('content') ?? '';
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-briefdesk-token': token },
        body: JSON.stringify(input),
      });
      return response.json();
    },
    { channel, input },
  ) as Promise<ApiAnswer<T>>;
}

/** The same, answering the value; a refusal throws with its code and message. */
export async function callApi<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await callApiResult<T>(page, channel, input);
  if (!result.ok) throw new Error(`${result.error?.code}: ${result.error?.message}`);
  return result.value as T;
}

/** Places the caret at the end of block `index` the way a clerk does: a click in its text, then End. */
export async function caretToEndOfBlock(page: Page, index: number): Promise<void> {
  const block = page.locator('[data-testid="editor"] > [data-slate-node="element"]').nth(index);
  await block.locator('[data-slate-string], [data-slate-zero-width]').last().click();
  await page.keyboard.press('End');
}
