/**
 * 接续往期 by 手动设定起点, end to end in browser mode (issue 10): on a fresh database the clerk types
 * the last printed issue (2024年第23期（总第475期）, 7月4日, its period ending 6月21日) and the 今年以来
 * figures as of it; 新建一期 proposes 第24期（总第476期） for 6月24日—6月28日; the clerk inserts the
 * statistics and types the week's figures, and the exported 今年以来 is opening balance + the week.
 * The 起点 is then shown and edited in 简报系列 → 起点, and the issue's 今年以来 follows the edit.
 * The host's today is pinned to Monday 8 July 2024.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraph, statistics } from '../../shared/document/types';
import type { StartingPoint, StartingPointInput } from '../../shared/start/types';
import type { StatisticsView } from '../../shared/statistics/types';
import { figureList, periodGroup, plus, proposedFields, typeFiguresAndExport, type PeriodFigures } from './continueArchive';
import { useAppSession } from './session';
import { callApi, editor } from './ui';

/** The opening balance: 今年以来 as 第23期 printed it. */
const BALANCE: PeriodFigures = { 咨询: 37596, 受理: 14614, 颁发: 95394, 流转: 179094 };
const WEEK: PeriodFigures = { 咨询: 1100, 受理: 350, 颁发: 2050, 流转: 3050 };
const UNITS: Record<keyof PeriodFigures, string> = { 咨询: '人次', 受理: '件', 颁发: '件', 流转: '件次' };
const LABELS = Object.keys(BALANCE) as (keyof PeriodFigures)[];
/** The issue test 2 creates from the proposal. */
const META = {
  year: 2024,
  supplement: false,
  number: 24,
  totalNumber: 476,
  issueDate: '2024-07-08',
  periodStart: '2024-06-24',
  periodEnd: '2024-06-28',
  partTitle: null,
};

type Group = { id: number; metrics: Record<string, number> };

/** The 起点 test 1 types on the start page, as start.save takes it. */
const typedPoint = (group: Group): StartingPointInput => ({
  year: 2024,
  number: 23,
  totalNumber: 475,
  issueDate: '2024-07-04',
  periodEnd: '2024-06-21',
  balances: LABELS.map((label) => ({ metricId: group.metrics[label]!, total: BALANCE[label] })),
});

/** A point as a comparable string: its fields, and its balances in metric order. */
function pointKey(p: StartingPointInput): string {
  const balances = p.balances.map((b) => [b.metricId, b.total]).sort((a, b) => a[0]! - b[0]!);
  return JSON.stringify([p.year, p.number, p.totalNumber, p.issueDate, p.periodEnd, balances]);
}

/** Stores test 1's 起点 unless the series has it; whether it had to. */
async function seedStartingPoint(page: Page, group: Group): Promise<boolean> {
  const { point } = await callApi<{ point: StartingPoint | null }>(page, 'start.get', { seriesId: 1 });
  if (point && pointKey(point) === pointKey(typedPoint(group))) return false;
  await callApi(page, 'start.save', { seriesId: 1, point: typedPoint(group) });
  return true;
}

/**
 * Test 2's starting point: the 起点 stored and the start page's summary on screen. The summary is only
 * reached on the start page, after a 起点 is saved there: alone, the seeded point is saved once more
 * from its form (which reads it back, nothing typed). After test 1 the summary is open: nothing is done.
 */
async function showStartSummary(page: Page, group: Group): Promise<void> {
  if (await page.getByTestId('summary-confirm').isVisible()) return;
  await seedStartingPoint(page, group);
  await page.getByTestId('start-manual').click();
  const form = page.getByTestId('starting-point-form');
  await expect.poll(() => form.getByLabel('第几期', { exact: true }).inputValue()).toBe('23');
  await page.getByTestId('starting-point-save').click();
  await page.getByTestId('summary-confirm').waitFor();
}

/**
 * Test 3's starting point: the 起点, and 第24期 with the statistics block printing the typed week, as
 * test 2 leaves them. Idempotent: what is stored already is left alone, and the page is reloaded only
 * when something was seeded (then the sidebar lists the issue). Answers the issue's id.
 */
async function seedIssueWithWeek(page: Page, group: Group): Promise<number> {
  let changed = await seedStartingPoint(page, group);
  const listed = await callApi<{ id: number; year: number; number: number }[]>(page, 'issues.list', { seriesId: 1 });
  let id = listed.find((i) => i.year === META.year && i.number === META.number)?.id;
  if (id === undefined) {
    id = (await callApi<{ id: number }>(page, 'issues.create', { seriesId: 1, meta: META })).id;
    changed = true;
  }
  let view = await callApi<StatisticsView>(page, 'statistics.get', { issueId: id, groupId: group.id });
  if (!LABELS.every((label) => view.figures.find((f) => f.metric.id === group.metrics[label])?.value === WEEK[label])) {
    const figures = LABELS.map((label) => ({ metricId: group.metrics[label]!, value: WEEK[label], total: null }));
    view = await callApi<StatisticsView>(page, 'statistics.save', { issueId: id, groupId: group.id, figures });
    changed = true;
  }
  const stored = await callApi<{ document: { blocks: { type: string; groupId?: number }[] } }>(page, 'issues.get', { id });
  if (!stored.document.blocks.some((b) => b.type === 'statistics' && b.groupId === group.id)) {
    // The block as 保存数字 leaves it: the week's text printed into it.
    const block = { ...statistics(group.id), lines: view.lines, rows: view.rows };
    await callApi(page, 'issues.saveDocument', { id, document: { schemaVersion: 2, blocks: [block, paragraph('')] } });
    changed = true;
  }
  if (changed) await page.reload();
  return id;
}

describe('接续往期: 手动设定起点 → 新建一期 → 今年以来 = opening balance + the week', () => {
  const session = useAppSession({}, '2024-07-08');
  let page: Page;
  let group: Group;

  beforeAll(async () => {
    page = session.page;
    group = await periodGroup(page, 1);
  });

  it('stores the starting point typed on the start page and shows what 新建一期 will propose', async () => {
    await page.getByTestId('start-page').waitFor();
    await page.getByTestId('start-manual').click();
    const form = page.getByTestId('starting-point-form');
    await form.getByLabel('年份', { exact: true }).fill('2024');
    await form.getByLabel('第几期', { exact: true }).fill('23');
    await form.getByLabel('总第几期', { exact: true }).fill('475');
    await form.getByLabel('印发日期', { exact: true }).fill('2024-07-04');
    await form.getByLabel('该期时段结束', { exact: true }).fill('2024-06-21');
    const balances = form.getByTestId(`starting-group-${group.id}`);
    for (const [label, value] of Object.entries(BALANCE)) {
      await balances.getByLabel(`${label}（${UNITS[label as keyof PeriodFigures]}）`).fill(String(value));
    }
    await page.getByTestId('starting-point-save').click();

    const card = page.getByTestId('summary-series-1');
    await card.waitFor();
    expect(await card.getByTestId('summary-last').textContent()).toBe('最后一期：2024年第23期（总第475期），印发日期 2024-07-04');
    expect(await card.getByTestId('summary-group').allTextContents()).toContainEqual(
      '省本级综窗办件情况（起点（2024年第23期）印发的今年以来数字）：咨询37596人次，受理14614件，颁发95394件，流转179094件次',
    );
    expect(await card.getByTestId('summary-next').textContent()).toBe('新建一期将建议：2024年第24期（总第476期） （6月24日—6月28日）');
    const stored = await callApi<{ point: { number: number; balances: unknown[] } | null }>(page, 'start.get', { seriesId: 1 });
    expect(stored.point).toMatchObject({
      number: 23,
      balances: expect.arrayContaining([{ metricId: group.metrics['咨询'], total: 37596 }]),
    });
  });

  it('新建一期 proposes the next numbers; the typed week prints 今年以来 = balance + week', async () => {
    await showStartSummary(page, group);
    await page.getByTestId('summary-confirm').click();
    expect(await proposedFields(page)).toEqual({
      year: '2024',
      number: '24',
      totalNumber: '476',
      issueDate: '2024-07-08',
      periodStart: '2024-06-24',
      periodEnd: '2024-06-28',
    });
    await page.getByTestId('create-issue').click();
    await editor(page).waitFor();
    const issueId = (await callApi<{ id: number }[]>(page, 'issues.list', { seriesId: 1 }))[0]!.id;
    // A blank first issue: the clerk inserts the statistics from the toolbar.
    await editor(page).click();
    await page.getByTestId('insert-statistics').click();
    await page.getByRole('menuitem', { name: '省本级综窗办件情况' }).click();
    const text = await typeFiguresAndExport(page, issueId, group, WEEK);

    // 咨询 37596 + 1100 = 38696, 受理 14614 + 350 = 14964, 颁发 95394 + 2050 = 97444, 流转 179094 + 3050 = 182144.
    const expected: PeriodFigures = { 咨询: 38696, 受理: 14964, 颁发: 97444, 流转: 182144 };
    expect(plus(BALANCE, WEEK)).toEqual(expected);
    expect(text).toContain(`本周，共计${figureList(WEEK)}。今年以来，累计${figureList(expected)}。`);
    expect(text).toContain('2024年第24期（总第476期）');
  });

  it('the 起点 is shown in 简报系列 → 起点, and an edit there moves the issue’s 今年以来', async () => {
    const issueId = await seedIssueWithWeek(page, group);
    await page.getByTestId('open-tool-series').click();
    await page.getByTestId('series-tab-start').click();
    const form = page.getByTestId('starting-point-form');
    // The stored point is read when the tab opens.
    await expect.poll(() => form.getByLabel('第几期', { exact: true }).inputValue()).toBe('23');
    expect(await form.getByLabel('总第几期', { exact: true }).inputValue()).toBe('475');
    expect(await form.getByLabel('印发日期', { exact: true }).inputValue()).toBe('2024-07-04');
    const consult = form.getByTestId(`starting-group-${group.id}`).getByLabel('咨询（人次）');
    expect(await consult.inputValue()).toBe('37596');
    // The clerk finds 第23期 printed 37696 and corrects it.
    await consult.fill('37696');
    await page.getByTestId('starting-point-save').click();
    await page.getByTestId('starting-point-notice').waitFor();

    // Reopened, the block says its figures changed; 更新 prints them, and the export follows.
    await page.getByTestId('issue-row').first().click();
    const block = page.locator(`[data-testid="statistics-block"][data-group="${group.id}"]`);
    await block.getByRole('button', { name: '更新' }).click();
    // 37696 + 1100 = 38796.
    const expected = { ...plus(BALANCE, WEEK), 咨询: 38796 };
    await expect
      .poll(() => callApi<string>(page, 'issues.exportText', { id: issueId }), { timeout: 20_000 })
      .toContain(`今年以来，累计${figureList(expected)}。`);
  });
});
