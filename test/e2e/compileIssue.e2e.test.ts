/**
 * The clerk's first day, in the real renderer in Chromium through browser mode: create an issue, write
 * it in Chinese through IME composition (also right after a bold run and after moving the caret), add
 * and move sections and watch the numbers follow, reload, and find every word stored exactly once.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeWithIme } from './browser';
import { useAppSession } from './session';
import { blockTexts, callApi, caretToEndOfBlock, editor, numberLabels, openSeededIssue, waitForSaved } from './ui';

interface StoredIssue {
  id: number;
  number: number;
  totalNumber: number | null;
  document: { blocks: { type: string; level?: number; children: { text: string; bold?: true }[] }[] };
}

/** The issue test 1 creates through the form; the later tests seed it when run alone. */
const META = { year: 2022, number: 28, totalNumber: 403, issueDate: '2022-09-27', periodStart: '2022-08-22', periodEnd: '2022-08-26' };

type Run = { text: string; bold?: true };
const heading = (level: 1 | 2, ...children: Run[]) => ({ type: 'numbered', level, display: 'heading', children });
/** The body after each test that writes, as the next one starts from it (the bold run as typed). */
const AFTER_IME = [
  heading(1, { text: '政务工作动态' }),
  heading(2, { text: '本周，' }, { text: '商务厅', bold: true }, { text: '副厅长梁勇到大厅调研。' }),
];
const AFTER_CARET = [
  heading(1, { text: '省政务工作动态' }),
  heading(2, { text: '本周，' }, { text: '商务厅', bold: true }, { text: '副厅长梁勇到大厅调研值守。' }),
];
const AFTER_SECTIONS = [AFTER_CARET[0]!, heading(1, { text: '厅（局）长进大厅' }), AFTER_CARET[1]!];

describe('compiling one issue in browser mode', () => {
  // Today as the clerk would compile it (its issues are of 2022): a proposal follows a previous period only near today.
  const session = useAppSession({}, '2022-09-30');
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  it('creates the next issue from the proposal, with edited numbers', async () => {
    await page.getByTestId('new-issue').click();
    const form = page.getByTestId('issue-form');
    await expect.poll(() => form.locator('input[name="number"]').inputValue()).toBe('1');
    expect(await form.locator('input[name="totalNumber"]').inputValue()).toBe('1');
    await form.locator('input[name="year"]').fill('2022');
    await form.locator('input[name="number"]').fill('28');
    await form.locator('input[name="totalNumber"]').fill('403');
    await form.locator('input[name="issueDate"]').fill('2022-09-27');
    await form.locator('input[name="periodStart"]').fill('2022-08-22');
    await form.locator('input[name="periodEnd"]').fill('2022-08-26');
    await page.getByTestId('create-issue').click();
    await editor(page).waitFor();
    await expect
      .poll(() => page.getByTestId('issue-row').allTextContents())
      .toEqual([expect.stringContaining('2022年第28期（总第403期）')]);
  });

  it('refuses a second issue with the same number and keeps the form', async () => {
    await openSeededIssue(page, META);
    await page.getByTestId('new-issue').click();
    const form = page.getByTestId('issue-form');
    await expect.poll(() => form.locator('input[name="number"]').inputValue()).not.toBe('');
    await form.locator('input[name="year"]').fill('2022');
    await form.locator('input[name="number"]').fill('28');
    // Dated in its own year and after its period, so no date question comes before the refusal.
    await form.locator('input[name="issueDate"]').fill('2022-09-30');
    await page.getByTestId('create-issue').click();
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringContaining('已存在'));
    expect(await form.locator('input[name="number"]').inputValue()).toBe('28');
    expect(await page.getByTestId('issue-row').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.getByTestId('issue-row').first().click();
    await editor(page).waitFor();
  });

  it('types Chinese through the IME into headings and paragraphs', async () => {
    await openSeededIssue(page, META, { blocks: [{ type: 'paragraph', children: [{ text: '' }] }] });
    await editor(page).click();
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, 'zhengwugongzuodongtai', '政务工作动态');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+2');
    await typeWithIme(page, 'benzhou', '本周，');
    // composition right after a bold run (Slate #3695)
    await page.keyboard.press('Control+B');
    await typeWithIme(page, 'shangwuting', '商务厅');
    await page.keyboard.press('Control+B');
    await typeWithIme(page, 'futingzhang', '副厅长梁勇到大厅调研。');
    expect(await blockTexts(page)).toEqual(['一、政务工作动态', '（一）本周，商务厅副厅长梁勇到大厅调研。']);
    expect(await numberLabels(page)).toEqual(['一、', '（一）']);
  });

  it('composes at the caret after it was moved', async () => {
    await openSeededIssue(page, META, { blocks: AFTER_IME });
    await caretToEndOfBlock(page, 0);
    await page.keyboard.press('Home');
    await typeWithIme(page, 'sheng', '省');
    await caretToEndOfBlock(page, 1);
    await page.keyboard.press('ArrowLeft');
    await typeWithIme(page, 'zhi', '值守');
    expect(await blockTexts(page)).toEqual(['一、省政务工作动态', '（一）本周，商务厅副厅长梁勇到大厅调研值守。']);
  });

  it('renumbers at once when sections are added, moved and change level', async () => {
    await openSeededIssue(page, META, { blocks: AFTER_CARET });
    await caretToEndOfBlock(page, 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, 'tingjuzhang', '厅（局）长进大厅');
    expect(await numberLabels(page)).toEqual(['一、', '（一）', '二、']);

    await page.keyboard.press('Alt+Shift+ArrowUp');
    expect(await blockTexts(page)).toEqual(['一、省政务工作动态', '二、厅（局）长进大厅', '（一）本周，商务厅副厅长梁勇到大厅调研值守。']);
    await page.keyboard.press('Alt+Shift+ArrowUp');
    expect(await numberLabels(page)).toEqual(['一、', '二、', '（一）']);
    expect((await blockTexts(page))[0]).toBe('一、厅（局）长进大厅');

    // lower the moved section to level 2: it becomes （一） under nothing, the rest follow
    await page.keyboard.press('Tab');
    expect(await numberLabels(page)).toEqual(['（一）', '一、', '（一）']);
    await page.keyboard.press('Shift+Tab');
    expect(await numberLabels(page)).toEqual(['一、', '二、', '（一）']);

    // the toolbar moves blocks too
    await page.getByTestId('toolbar').getByRole('button', { name: '下移' }).click();
    expect(await blockTexts(page)).toEqual(['一、省政务工作动态', '二、厅（局）长进大厅', '（一）本周，商务厅副厅长梁勇到大厅调研值守。']);
  });

  it('saves by itself, and after a reload every word is there exactly once', async () => {
    const id = await openSeededIssue(page, META, { blocks: AFTER_SECTIONS });
    // Typed here too, so that the autosave of an IME commit is proven when the test runs alone.
    await caretToEndOfBlock(page, 1);
    await typeWithIme(page, 'huodong', '活动');
    await waitForSaved(page);
    const before = await blockTexts(page);
    await page.reload();
    await page.getByTestId('issue-row').first().click();
    await editor(page).waitFor();
    await expect.poll(() => blockTexts(page)).toEqual(before);

    const stored = await callApi<StoredIssue>(page, 'issues.get', { id });
    const storedText = stored.document.blocks.map((b) => b.children.map((c) => c.text).join('')).join('\n');
    for (const phrase of ['政务工作动态', '商务厅', '副厅长梁勇', '值守', '厅（局）长进大厅', '活动']) {
      expect(storedText.split(phrase).length - 1, `“${phrase}” in the stored text:\n${storedText}`).toBe(1);
    }
    expect(stored.document.blocks.map((b) => [b.type, b.level])).toEqual([
      ['numbered', 1],
      ['numbered', 1],
      ['numbered', 2],
    ]);
    const boldRuns = stored.document.blocks.flatMap((b) => b.children.filter((c) => c.bold).map((c) => c.text));
    expect(boldRuns).toEqual(['商务厅']);
  });
});
