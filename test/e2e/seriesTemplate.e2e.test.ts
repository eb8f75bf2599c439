/**
 * Issue 5's proof in browser mode: set up 窗口工作周报 with a section template, create two consecutive
 * issues (the first from the template, the second from the first), type this week's 综窗 figures, and
 * get the structure of ../shared/samples/weekly-2024-03-29.txt — sections 一 to 五 with their titles and
 * the statistics sentence with the right 今年以来 totals — in the editor and in the exported text.
 *
 * The first issue carries the year's figures before that week (14147 − 2046 = 12101 咨询, …), so the
 * second issue's 今年以来 must come out as the sample prints it. The sample's own 流转82794次 is a typo
 * for the unit it uses in the same sentence (件次); BriefDesk writes the metric's unit both times.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { typeWithIme } from './browser';
import { useAppSession } from './session';
import { blockTexts, callApi, caretToEndOfBlock, waitForSaved } from './ui';

type BlockChoice = 'none' | 'leaderVisits' | 'statistics';

const TEMPLATE: readonly { level: 1 | 2; title: string; block: BlockChoice }[] = [
  { level: 1, title: '政务工作动态', block: 'none' },
  { level: 1, title: '厅（局）长进大厅', block: 'leaderVisits' },
  { level: 1, title: '“高效办成一件事”专项行动', block: 'none' },
  { level: 1, title: '惠企政策直达快享专项行动', block: 'none' },
  { level: 1, title: '综窗改革攻坚行动', block: 'none' },
  { level: 2, title: '省本级综窗办件情况', block: 'statistics' },
  { level: 2, title: '事项授权及受理手册编制推进情况', block: 'none' },
  { level: 2, title: '其它工作开展情况', block: 'none' },
];

/** The headings as printed, in order: the template's titles with their generated numbers. */
const HEADINGS = [
  '一、政务工作动态',
  '二、厅（局）长进大厅',
  '三、“高效办成一件事”专项行动',
  '四、惠企政策直达快享专项行动',
  '五、综窗改革攻坚行动',
  '（一）省本级综窗办件情况',
  '（二）事项授权及受理手册编制推进情况',
  '（三）其它工作开展情况',
];

const SENTENCE =
  '本周，共计咨询2046人次、受理705件、颁发5233件、流转3529件次。' + '今年以来，累计咨询14147人次、受理6249件、颁发42020件、流转82794件次。';

const NEWS = '3月19日，省中心召开2024年第2次窗口首席事务代表工作例会。';

async function setUpTemplate(page: Page): Promise<void> {
  await page.getByTestId('open-tool-series').click();
  await page.getByTestId('series-tab-template').click();
  for (const [i, section] of TEMPLATE.entries()) {
    await page.getByTestId('template-add').click();
    await page.getByTestId(`template-level-${i}`).selectOption(String(section.level));
    await page.getByTestId(`template-title-${i}`).fill(section.title);
    if (section.block !== 'none') await page.getByTestId(`template-block-${i}`).selectOption(section.block);
    if (section.block === 'statistics') {
      await page.getByTestId(`template-group-${i}`).selectOption({ label: '省本级综窗办件情况' });
    }
  }
  await page.getByTestId('template-save').click();
  await page.getByTestId('template-status').waitFor();
  // The numbers as they will print, shown beside the rows.
  expect(await page.locator('[data-testid^="template-label-"]').allTextContents()).toEqual([
    '一、',
    '二、',
    '三、',
    '四、',
    '五、',
    '（一）',
    '（二）',
    '（三）',
  ]);
}

interface MetaFields {
  year: string;
  number: string;
  totalNumber: string;
  issueDate: string;
  periodStart: string;
  periodEnd: string;
}

async function fillMeta(page: Page, fields: Partial<MetaFields>): Promise<void> {
  const form = page.getByTestId('issue-form');
  for (const [name, value] of Object.entries(fields)) await form.locator(`input[name="${name}"]`).fill(value);
}

async function typeFigures(page: Page, values: readonly number[]): Promise<void> {
  const inputs = page.locator('[data-testid="statistics-block"] [data-testid^="statistics-value-"]');
  await inputs.first().waitFor(); // the block asks for its figures when it mounts
  expect(await inputs.count()).toBe(values.length);
  for (const [i, value] of values.entries()) await inputs.nth(i).fill(String(value));
  await page.getByTestId('statistics-save').click();
}

function printed(page: Page) {
  return page.locator('[data-testid="statistics-block"] [data-testid="statistics-printed"]');
}

describe('a weekly from its template: two consecutive issues with 综窗 figures', () => {
  // Today as the clerk would compile it (its weeklies are of March 2024): a proposal follows a previous period only near today.
  const session = useAppSession({}, '2024-03-29');

  it('gives the sections 一–五 of 2024-03-29 and the statistics sentence with the right 今年以来', async () => {
    const { page } = session;
    await setUpTemplate(page);

    // First issue, from the template: the year's figures up to the week before.
    await page.getByTestId('new-issue').click();
    await page.getByTestId('issue-form').waitFor();
    await fillMeta(page, {
      year: '2024',
      number: '10',
      totalNumber: '462',
      issueDate: '2024-03-22',
      periodStart: '2024-03-11',
      periodEnd: '2024-03-15',
    });
    await page.getByTestId('body-template').check();
    await page.getByTestId('create-issue').click();
    await page.getByTestId('statistics-block').waitFor();
    await typeFigures(page, [12101, 5544, 36787, 79265]);
    await printed(page).filter({ hasText: '今年以来，累计咨询12101人次' }).waitFor();
    // A news item under 一、, typed through the IME: the next issue must not carry it.
    await caretToEndOfBlock(page, 0);
    await page.keyboard.press('Enter');
    await typeWithIme(page, 'shengzhongxin', NEWS);
    await waitForSaved(page);
    const first = await blockTexts(page);
    expect(first).toContain(NEWS);

    // Second issue, from the first: the proposal follows it (第11期, the next working week).
    await page.getByTestId('new-issue').click();
    const form = page.getByTestId('issue-form');
    await form.waitFor();
    await page.getByTestId('body-previous').waitFor();
    expect(await form.locator('input[name="periodStart"]').inputValue()).toBe('2024-03-18');
    expect(await form.locator('input[name="periodEnd"]').inputValue()).toBe('2024-03-22');
    expect(await form.locator('input[name="totalNumber"]').inputValue()).toBe('463');
    await fillMeta(page, { year: '2024', number: '11', issueDate: '2024-03-29' });
    await page.getByTestId('body-previous').check();
    await page.getByTestId('create-issue').click();
    await page.getByTestId('statistics-block').waitFor();
    await typeFigures(page, [2046, 705, 5233, 3529]);
    // 今年以来 is shown beside each figure before it prints.
    await expect
      .poll(() => page.locator('[data-testid^="statistics-computed-"]').allTextContents())
      .toEqual(['14147', '6249', '42020', '82794'].map((n) => expect.stringContaining(n)));
    await printed(page).filter({ hasText: SENTENCE }).waitFor();
    await waitForSaved(page);

    const texts = await blockTexts(page);
    const headings = texts.filter((t) => /^[一二三四五]、|^（[一二三]）/.test(t));
    expect(headings).toEqual(HEADINGS);
    expect(texts.join('\n')).not.toContain(NEWS);
    const statsIndex = texts.findIndex((t) => t.includes('今年以来'));
    expect(texts[statsIndex - 1]).toBe('（一）省本级综窗办件情况');

    // The exported text: the same sections in order, the sentence as one line after its heading.
    const issueId = Number(await page.locator('section.bd-issue[data-issue-id]').getAttribute('data-issue-id'));
    const exported = (await callApi<string>(page, 'issues.exportText', { id: issueId })).split('\n');
    const at = (line: string) => exported.indexOf(line);
    // The sentence right after its heading (一) and before (二).
    const order = [...HEADINGS.slice(0, 6), SENTENCE, ...HEADINGS.slice(6)].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(exported).toContain('2024年第11期（总第463期）');
    expect(exported).toContain('（3月18日—3月22日）');
    expect(exported.join('\n')).not.toContain(NEWS);
  });
});
