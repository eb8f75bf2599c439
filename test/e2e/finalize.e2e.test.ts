/**
 * 定稿 in the real renderer in Chromium (browser mode): text typed into an issue, 定稿 after the
 * confirmation; then typing (keys and IME) changes nothing and a direct save through the API is refused
 * with ISSUE_FINAL; 重新打开 with a note; 状态记录 shows both; typing works again and is stored.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeWithIme } from './browser';
import { useAppSession } from './session';
import { blockTexts, callApi, callApiResult, caretToEndOfBlock, editor, openSeededIssue, waitForSaved, type SeedMeta } from './ui';

interface StoredIssue {
  status: string;
  finalizedAt: string | null;
  document: { blocks: { children?: { text: string }[] }[] };
}

const FIRST = '本周大厅运行平稳。';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ text }] });

async function storedFirstBlock(page: Page, id: number): Promise<string> {
  const issue = await callApi<StoredIssue>(page, 'issues.get', { id });
  return (issue.document.blocks[0]?.children ?? []).map((c) => c.text).join('');
}

describe('定稿 and 重新打开 in browser mode', () => {
  const session = useAppSession({ viewport: { width: 1400, height: 1000 } });
  let page: Page;
  let meta: SeedMeta;
  let issueId: number;

  beforeAll(async () => {
    page = session.page;
    meta = await callApi<SeedMeta>(page, 'issues.propose', { seriesId: 1 });
  });

  it('finalizes after the confirmation; the text then cannot be changed, not even through the API', async () => {
    issueId = await openSeededIssue(page, meta, { blocks: [paragraph(FIRST)] });
    await caretToEndOfBlock(page, 0);
    await typeWithIme(page, 'shouli', '受理705件');
    await waitForSaved(page);
    await expect.poll(() => storedFirstBlock(page, issueId)).toBe(`${FIRST}受理705件`);

    await page.getByTestId('finalize-issue').click();
    const dialog = page.getByRole('alertdialog', { name: '定稿' });
    await expect.poll(() => dialog.textContent()).toContain('统计数字');
    await dialog.getByRole('button', { name: '确认定稿' }).click();
    await expect.poll(() => page.getByTestId('issue-status').textContent()).toMatch(/^已定稿（\d{4}年/);
    await page.locator(`[data-issue-id="${issueId}"] [data-testid="issue-final-badge"]`).waitFor();
    expect(await editor(page).getAttribute('contenteditable')).toBe('false');
    expect((await callApi<{ reason: string }[]>(page, 'versions.list', { issueId }))[0]!.reason).toBe('finalize');

    // Keys and the IME reach nothing.
    await editor(page).locator('[data-slate-string]').first().click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace');
    await typeWithIme(page, 'gaidong', '改动');
    expect(await blockTexts(page)).toEqual([`${FIRST}受理705件`]);
    expect(await page.getByTestId('save-state').getAttribute('data-state')).not.toBe('dirty');

    const refused = await callApiResult(page, 'issues.saveDocument', {
      id: issueId,
      document: { schemaVersion: 2, blocks: [{ type: 'paragraph', children: [{ text: '改过的正文' }] }] },
    });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('ISSUE_FINAL');
    const stored = await callApi<StoredIssue>(page, 'issues.get', { id: issueId });
    expect(stored.status).toBe('final');
    expect(await storedFirstBlock(page, issueId)).toBe(`${FIRST}受理705件`);
  });

  it('reopens with a note; the log shows both events; typing works again and is saved', async () => {
    issueId = await openSeededIssue(page, meta, { blocks: [paragraph(`${FIRST}受理705件`)], final: true });
    await page.getByTestId('reopen-issue').click();
    await page.getByTestId('reopen-note').fill('受理数字有误，按平台更正');
    await page.getByTestId('confirm-reopen').click();
    await expect.poll(() => page.getByTestId('issue-status').textContent()).toBe('草稿');
    expect(await editor(page).getAttribute('contenteditable')).toBe('true');
    // The issue list refreshes after the status line does, so wait for it rather than read it once.
    await expect.poll(() => page.locator(`[data-issue-id="${issueId}"] [data-testid="issue-final-badge"]`).count()).toBe(0);

    await page.getByTestId('toggle-status-log').click();
    const events = page.getByTestId('status-event');
    await expect.poll(() => events.count()).toBe(2);
    const texts = await events.allTextContents();
    expect(texts[0]).toMatch(/^定稿 · \d{4}年\d+月\d+日 \d\d:\d\d$/);
    expect(texts[1]).toMatch(/^重新打开 · \d{4}年\d+月\d+日 \d\d:\d\d · 说明：受理数字有误，按平台更正$/);

    await caretToEndOfBlock(page, 0);
    await typeWithIme(page, 'yigengzheng', '，已更正');
    await expect.poll(() => blockTexts(page)).toEqual([`${FIRST}受理705件，已更正`]);
    await waitForSaved(page);
    await expect.poll(() => storedFirstBlock(page, issueId)).toBe(`${FIRST}受理705件，已更正`);
    expect((await callApi<StoredIssue>(page, 'issues.get', { id: issueId })).status).toBe('draft');
  });
});
