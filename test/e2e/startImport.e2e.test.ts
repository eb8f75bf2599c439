/**
 * 接续往期 by 从往期导入, end to end in browser mode (issue 10): a fresh database opens on the start
 * page; the clerk picks the folder of past issues — the three samples and a 2024年第24期 made in Word
 * (built in code) — types the 期号 and 总期号 the two 2024 samples lost into their rows, reads the
 * summary (last 期号/总期号, the year's figures), confirms; 新建一期 proposes 第25期（总第477期） for the
 * next week; the clerk types the week's figures, and the exported text's 今年以来 is the hand-computed sum.
 * The host's today is pinned to Monday 15 July 2024.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { figureList, handMadeWeekly, periodGroup, plus, proposedFields, typeFiguresAndExport, type PeriodFigures } from './continueArchive';
import { REPO_ROOT } from './host';
import { useAppSession } from './session';
import { callApi, importThroughContract } from './ui';

const SAMPLES = path.join(REPO_ROOT, 'test/fixtures/import/samples');
const FOLDER = '往期简报';

/** The samples whose text lost the 期号 line, and what the printed issues say (the clerk types it). */
const LOST = [
  { file: 'weekly-2024-03-29.txt', number: 10, total: 462 },
  { file: 'weekly-2024-07-04.txt', number: 23, total: 475 },
];

/** 2024年第23期 printed: 今年以来，累计咨询37596人次、受理14614件、颁发95394件、流转179094次 (weekly-2024-07-04.txt). */
const YTD_23: PeriodFigures = { 咨询: 37596, 受理: 14614, 颁发: 95394, 流转: 179094 };
/** The Word issue 第24期 (6月24日—6月28日): its week, and its 今年以来 = 第23期's + its week. */
const WEEK_24: PeriodFigures = { 咨询: 1000, 受理: 300, 颁发: 2000, 流转: 3000 };
const YTD_24 = plus(YTD_23, WEEK_24);
/** What the clerk types for 第25期 (7月1日—7月5日). */
const WEEK_25: PeriodFigures = { 咨询: 1200, 受理: 400, 颁发: 2100, 流转: 3100 };

/** A folder named 往期简报 (in a new temporary directory) holding the two samples that keep their 期号 and the Word issue. */
async function completeFolder(): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'briefdesk-archive-')), FOLDER);
  mkdirSync(dir);
  copyFileSync(path.join(SAMPLES, 'weekly-2022-28.txt'), path.join(dir, 'weekly-2022-28.txt'));
  const docx = await handMadeWeekly({
    number: 24,
    total: 476,
    dateLine: '2024年7月11日',
    periodLine: '（6月24日—6月28日）',
    week: WEEK_24,
    yearToDate: YTD_24,
  });
  writeFileSync(path.join(dir, '2024年第24期.docx'), docx);
  return dir;
}

/**
 * Tests 2 and 3 start from the summary test 1 leads to: the four issues stored, the summary on the
 * start page. Alone, the two samples that lost their 期号 are stored through the contract with the
 * numbers the clerk types in test 1 (import.preview, then import.save), and the summary — shown only
 * after a folder is picked on the start page — is opened by picking the other two files there. After
 * test 1 the summary is open with nothing pending: nothing is done.
 */
async function showImportedSummary(page: Page, complete: string): Promise<void> {
  const summary = page.getByTestId('archive-summary');
  if ((await summary.isVisible()) && !(await page.getByTestId('start-pending').isVisible())) return;
  const stored = await callApi<{ year: number; number: number }[]>(page, 'issues.list', { seriesId: 1 });
  for (const lost of LOST) {
    if (stored.some((i) => i.year === 2024 && i.number === lost.number)) continue;
    await importThroughContract(page, path.join(SAMPLES, lost.file), { number: lost.number, totalNumber: lost.total });
  }
  await page.getByTestId('start-page').waitFor();
  await page.getByTestId('start-import-files').setInputFiles(complete);
  await summary.waitFor({ timeout: 60_000 });
}

describe('接续往期: 从往期导入 → summary → 新建一期 → 今年以来 in the export', () => {
  const session = useAppSession({ acceptDownloads: true }, '2024-07-15');
  let page: Page;
  let folder: string;
  let complete: string;

  beforeAll(async () => {
    page = session.page;
    complete = await completeFolder();
    // The whole archive: the same two files and the samples that lost their 期号.
    folder = await completeFolder();
    for (const lost of LOST) copyFileSync(path.join(SAMPLES, lost.file), path.join(folder, lost.file));
  });

  it('imports the folder, asking in their rows for the 期号 the samples lost', async () => {
    await page.getByTestId('start-page').waitFor();
    await page.getByTestId('start-import-files').setInputFiles(folder);
    await page.getByTestId('start-pending').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('summary-imported').textContent()).toBe('已导入 2 个文件，2 个待补填。');
    for (const lost of LOST) {
      const name = `${FOLDER}/${lost.file}`;
      const row = page.locator(`[data-testid="pending-file"][data-file="${name}"]`);
      expect(await row.textContent()).toContain('未找到期号，请补填。');
      await row.getByLabel(`${name} 期号`, { exact: true }).fill(String(lost.number));
      await row.getByLabel(`${name} 总期号`, { exact: true }).fill(String(lost.total));
      await row.getByRole('button', { name: `导入 ${name}` }).click();
      await row.waitFor({ state: 'detached', timeout: 30_000 });
    }
    await page.getByTestId('start-pending').waitFor({ state: 'detached' });
    expect(await page.getByTestId('summary-imported').textContent()).toBe('已导入 4 个文件。');
    const issues = await callApi<{ year: number; number: number; totalNumber: number }[]>(page, 'issues.list', { seriesId: 1 });
    expect(issues.map((i) => `${i.year}-${i.number}-${i.totalNumber}`).sort()).toEqual([
      '2022-28-403',
      '2024-10-462',
      '2024-23-475',
      '2024-24-476',
    ]);
  });

  it('the summary shows the last 期号/总期号, the year’s figures as 第24期 printed them, and the next issue', async () => {
    await showImportedSummary(page, complete);
    const card = page.getByTestId('summary-series-1');
    await expect
      .poll(() => card.getByTestId('summary-last').textContent())
      .toBe('最后一期：2024年第24期（总第476期），印发日期 2024-07-11（已导入 4 期）');
    const groups = await card.getByTestId('summary-group').allTextContents();
    // 37596 + 1000 = 38596, 14614 + 300 = 14914, 95394 + 2000 = 97394, 179094 + 3000 = 182094.
    expect(YTD_24).toEqual({ 咨询: 38596, 受理: 14914, 颁发: 97394, 流转: 182094 });
    expect(groups).toContainEqual(
      '省本级综窗办件情况（2024年第24期印发的今年以来数字）：咨询38596人次，受理14914件，颁发97394件，流转182094件次',
    );
    expect(await card.getByTestId('summary-next').textContent()).toBe('新建一期将建议：2024年第25期（总第477期） （7月1日—7月5日）');
    // Within the year: no new-year question.
    expect(await card.getByTestId('summary-new-year').count()).toBe(0);
  });

  it('新建一期 proposes 第25期（总第477期） for 7月1日—7月5日, and its 今年以来 continues the archive', async () => {
    await showImportedSummary(page, complete);
    await page.getByTestId('summary-confirm').click();
    expect(await proposedFields(page)).toEqual({
      year: '2024',
      number: '25',
      totalNumber: '477',
      issueDate: '2024-07-15',
      periodStart: '2024-07-01',
      periodEnd: '2024-07-05',
    });
    // No template: the body comes from the previous issue, whose statistics block stays.
    expect(await page.getByTestId('body-previous').isChecked()).toBe(true);
    await page.getByTestId('create-issue').click();
    await page.getByTestId('editor').waitFor();
    const created = (await callApi<{ id: number; number: number }[]>(page, 'issues.list', { seriesId: 1 })).find((i) => i.number === 25)!;
    const text = await typeFiguresAndExport(page, created.id, await periodGroup(page, 1), WEEK_25);

    // 今年以来 = 第24期's printed totals + this week:
    // 咨询 38596 + 1200 = 39796, 受理 14914 + 400 = 15314, 颁发 97394 + 2100 = 99494, 流转 182094 + 3100 = 185194.
    const expected: PeriodFigures = { 咨询: 39796, 受理: 15314, 颁发: 99494, 流转: 185194 };
    expect(plus(YTD_24, WEEK_25)).toEqual(expected);
    expect(text).toContain(`本周，共计${figureList(WEEK_25)}。今年以来，累计${figureList(expected)}。`);
    expect(text).toContain('2024年第25期（总第477期）');
    expect(text).not.toContain('（未填）');
  });
});
