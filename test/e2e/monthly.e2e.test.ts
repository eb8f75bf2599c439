/**
 * Issue 5 item 5 in browser mode: a monthly series (政务窗口月报) with `第N期` numbering and no total, its
 * period a calendar month, and a first section that names the month — from the template for the first
 * issue, and carried over (with the month moved on) for the next one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './session';
import { blockTexts } from './ui';

async function createMonthlySeries(page: Page): Promise<void> {
  await page.getByTestId('open-tool-series').click();
  await page.getByTestId('series-workbench').waitFor();
  await page.getByTestId('series-new').click();
  await page.getByTestId('series-title').fill('政务窗口月报');
  await page.getByTestId('series-issuer').fill('四川省政府政务服务和公共资源交易服务中心');
  await page.getByTestId('series-period-kind').selectOption('month');
  await page.getByTestId('series-has-total').uncheck();
  await page.getByTestId('series-save').click();
  await page.locator('select[name="series"] option', { hasText: '政务窗口月报' }).waitFor({ state: 'attached' });

  await page.getByTestId('series-tab-template').click();
  await page.getByTestId('template-add').click();
  await page.getByTestId('template-title-0').fill('{年}年{月}月总体运行情况');
  await page.getByTestId('template-add').click();
  await page.getByTestId('template-title-1').fill('大厅巡查情况');
  await page.getByTestId('template-block-1').selectOption('hallInspection');
  await page.getByTestId('template-save').click();
  await page.getByTestId('template-status').waitFor();
}

async function newIssue(page: Page, fields: Record<string, string>, body: 'template' | 'previous'): Promise<void> {
  await page.getByTestId('new-issue').click();
  const form = page.getByTestId('issue-form');
  await form.waitFor();
  for (const [name, value] of Object.entries(fields)) await form.locator(`input[name="${name}"]`).fill(value);
  await page.getByTestId(`body-${body}`).check();
  await page.getByTestId('create-issue').click();
  await page.getByTestId('editor').waitFor();
}

describe('a monthly series in browser mode', () => {
  // Today as the clerk would compile it (its monthlies are of early 2025): a proposal follows a previous period only near today.
  const session = useAppSession({}, '2025-03-10');

  it('numbers 第1期, 第2期 without a total, covers calendar months and names the month in its first section', async () => {
    const { page } = session;
    await createMonthlySeries(page);
    await page.locator('select[name="series"]').selectOption({ label: '政务窗口月报' });

    await newIssue(
      page,
      { year: '2025', number: '1', issueDate: '2025-02-10', periodStart: '2025-01-01', periodEnd: '2025-01-31' },
      'template',
    );
    expect(await page.getByTestId('issue-number-line').innerText()).toBe('第1期');
    const first = await blockTexts(page);
    expect(first[0]).toBe('一、2025年1月总体运行情况');
    expect(first).toContain('（一）按时到岗情况。总体情况良好。');

    // The next one: the form proposes the next calendar month and asks for no total.
    await page.getByTestId('new-issue').click();
    const form = page.getByTestId('issue-form');
    await form.waitFor();
    expect(await form.locator('input[name="periodStart"]').inputValue()).toBe('2025-02-01');
    expect(await form.locator('input[name="periodEnd"]').inputValue()).toBe('2025-02-28');
    expect(await form.locator('input[name="totalNumber"]').count()).toBe(0);
    await newIssue(page, { year: '2025', number: '2', issueDate: '2025-03-10' }, 'previous');
    expect(await page.getByTestId('issue-number-line').innerText()).toBe('第2期');
    const second = await blockTexts(page);
    expect(second[0]).toBe('一、2025年2月总体运行情况');
    expect(second).toContain('（六）大厅防控情况。总体情况良好。');
  });
});
