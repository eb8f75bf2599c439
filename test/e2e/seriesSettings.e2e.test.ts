/**
 * 简报系列 in the real renderer (browser mode, Chromium): a new series appears in the sidebar, its
 * template is stored, deleting the series chosen in the sidebar leaves no error behind, and deleting
 * one with an issue is refused with the message shown.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HALL_CHECKS } from '../../shared/templates/types';
import { useAppSession } from './session';
import { callApi, showWorkbench } from './ui';

const sidebarTitles = (page: Page) => page.locator('select[name="series"] option').allInnerTexts();

/** The series and template test 1 makes through the workbench, as the contract stores them. */
const MONTHLY = {
  title: '政务窗口月报',
  issuer: '省中心',
  periodKind: 'month',
  hasTotal: false,
  partTitle: null,
  printPeriod: true,
  copyPlan: null,
};
const MONTHLY_TEMPLATE = [
  { level: 1, title: '{年}年{月}月总体运行情况', defaultText: '', keepText: false, block: null },
  { level: 2, title: '大厅巡查情况', defaultText: '', keepText: false, block: { kind: 'hallInspection', checks: DEFAULT_HALL_CHECKS } },
];

/**
 * Test 2's starting point: the monthly series with its template, and the workbench open. Idempotent:
 * after test 1 the series is there and the workbench open, so nothing is made and nothing reloaded.
 */
async function openMonthlySeries(page: Page): Promise<void> {
  const series = await callApi<{ title: string }[]>(page, 'series.list', {});
  if (!series.some((s) => s.title === MONTHLY.title)) {
    const created = await callApi<{ id: number }>(page, 'series.create', { settings: MONTHLY, closing: null });
    await callApi(page, 'templates.save', { seriesId: created.id, sections: MONTHLY_TEMPLATE });
    // The sidebar reads the series list when the page loads.
    await page.reload();
  }
  await showWorkbench(page, 'series');
}

describe('简报系列 in browser mode', () => {
  const session = useAppSession();
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  it('creates a series that the sidebar lists, and stores its template', async () => {
    await page.getByTestId('open-tool-series').click();
    await page.getByTestId('series-workbench').waitFor();
    await page.getByTestId('series-new').click();
    await page.getByTestId('series-title').fill('政务窗口月报');
    await page.getByTestId('series-issuer').fill('省中心');
    await page.getByTestId('series-period-kind').selectOption('month');
    await page.getByTestId('series-save').click();
    await expect.poll(() => sidebarTitles(page)).toEqual(['窗口工作周报', '政务窗口月报']);

    await page.getByTestId('series-tab-template').click();
    await page.getByTestId('template-add').click();
    await page.getByTestId('template-title-0').fill('{年}年{月}月总体运行情况');
    await page.getByTestId('template-add').click();
    await page.getByTestId('template-level-1').selectOption('2');
    await page.getByTestId('template-title-1').fill('大厅巡查情况');
    await page.getByTestId('template-block-1').selectOption('hallInspection');
    expect(await page.getByTestId(/^template-label-/).allInnerTexts()).toEqual(['一、', '（一）']);
    await page.getByTestId('template-save').click();
    await page.getByTestId('template-status').waitFor();
    const series = await callApi<{ id: number; title: string }[]>(page, 'series.list', {});
    const monthly = series.find((s) => s.title === '政务窗口月报')!;
    const template = await callApi<{ title: string; block: { kind: string; checks?: unknown[] } | null }[]>(page, 'templates.get', {
      seriesId: monthly.id,
    });
    expect(template.map((s) => [s.title, s.block?.kind ?? null, s.block?.checks?.length ?? 0])).toEqual([
      ['{年}年{月}月总体运行情况', null, 0],
      ['大厅巡查情况', 'hallInspection', 6],
    ]);
  });

  it('deletes the series chosen in the sidebar without an error, and refuses one that has an issue', async () => {
    await openMonthlySeries(page);
    await page.locator('select[name="series"]').selectOption({ label: '政务窗口月报' });
    await page.getByTestId('series-delete').click();
    await page.getByRole('alertdialog').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => sidebarTitles(page)).toEqual(['窗口工作周报']);
    expect(await page.getByTestId('series-notice').innerText()).toBe('已删除简报系列“政务窗口月报”。');
    expect(await page.getByTestId('message').innerText()).toBe('');

    await callApi(page, 'issues.create', {
      seriesId: 1,
      meta: {
        year: 2024,
        supplement: false,
        number: 12,
        totalNumber: 460,
        issueDate: '2024-03-29',
        periodStart: null,
        periodEnd: null,
        partTitle: null,
      },
    });
    await page.getByTestId('series-delete').click();
    await page.getByRole('alertdialog').getByRole('button', { name: '删除' }).click();
    expect(await page.getByTestId('series-error').innerText()).toBe(
      '“窗口工作周报”还有1期简报，不能删除。请先删除这些简报并在回收站中彻底删除。',
    );
  });
});
