/**
 * Export, print rendering and layout settings in the real renderer in Chromium through browser mode:
 * write a few numbered sections, see the paginated preview (the print rendering, with the masthead),
 * download the DOCX and the PDF, and watch the preview follow a change of the masthead colour in
 * 版式设置 and its 恢复默认.
 */
import { readFile } from 'node:fs/promises';
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFromUi } from './exportUi';
import { useAppSession } from './session';
import { callApi, caretToEndOfBlock, editor, openSeededIssue, showPreview, waitForSaved } from './ui';

const preview = (page: Page): FrameLocator => page.frameLocator('[data-testid="preview-frame"]');

/** The colour the masthead title is drawn in inside the preview's pages. */
function mastheadColour(page: Page): Promise<string> {
  return preview(page)
    .locator('.masthead .title')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
}

/** The issue the first test creates through 新建一期, as its form is filled in. */
const META = { year: 2022, number: 28, totalNumber: 403, issueDate: '2022-09-27', periodStart: '2022-08-22', periodEnd: '2022-08-26' };
const SECTIONS: [string, string][] = [
  ['政务工作动态', '本周，共计咨询2230人次、受理700件、颁发3949件、流转5461件次。'],
  ['大厅巡查情况', '本周对大厅开展巡查，总体情况良好。'],
];
/** The body the first test types: each section a 一级 heading and its paragraph, and the empty paragraph after the last Enter. */
const TYPED = [
  ...SECTIONS.flatMap(([title, body]) => [
    { type: 'numbered', level: 1, display: 'heading', children: [{ text: title }] },
    { type: 'paragraph', children: [{ text: body }] },
  ]),
  { type: 'paragraph', children: [{ text: '' }] },
];

describe('export and layout from the UI in browser mode', () => {
  const session = useAppSession({ acceptDownloads: true, viewport: { width: 1600, height: 1000 } });
  let page: Page;

  beforeAll(async () => {
    page = session.page;
  });

  it('creates an issue and writes numbered sections', async () => {
    await page.getByTestId('new-issue').click();
    const form = page.getByTestId('issue-form');
    await expect.poll(() => form.locator('input[name="number"]').inputValue()).not.toBe('');
    await form.locator('input[name="year"]').fill(String(META.year));
    await form.locator('input[name="number"]').fill(String(META.number));
    await form.locator('input[name="totalNumber"]').fill(String(META.totalNumber));
    await form.locator('input[name="issueDate"]').fill(META.issueDate);
    // The period of the printed issue: a period ending after the issue date would be questioned first.
    await form.locator('input[name="periodStart"]').fill(META.periodStart);
    await form.locator('input[name="periodEnd"]').fill(META.periodEnd);
    await page.getByTestId('create-issue').click();
    await editor(page).waitFor();
    await editor(page).click();
    for (const [title, body] of SECTIONS) {
      await page.keyboard.press('Control+Alt+1');
      await page.keyboard.insertText(title);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+Alt+0');
      await page.keyboard.insertText(body);
      await page.keyboard.press('Enter');
    }
    await waitForSaved(page);
    await expect.poll(() => editor(page).locator('.bd-number').allTextContents()).toEqual(['一、', '二、']);
    expect(
      (await callApi<{ document: { blocks: unknown[] } }>(page, 'issues.get', { id: await openSeededIssue(page, META) })).document.blocks,
    ).toMatchObject(TYPED);
  });

  it('shows the print rendering in the preview: pages, page count, masthead and text', async () => {
    await openSeededIssue(page, META, { blocks: TYPED });
    await showPreview(page);
    await expect.poll(() => page.getByTestId('preview-page-count').textContent(), { timeout: 30_000 }).toMatch(/^共 [1-9]\d* 页$/);
    const frame = preview(page);
    await expect.poll(() => frame.locator('.masthead .title').first().textContent()).toContain('窗口工作周报');
    expect(await frame.locator('.sheet').count()).toBeGreaterThanOrEqual(1);
    // The print text sets Chinese and digits apart with spaces; the words are what is checked here.
    const pagesText = ((await frame.locator('body').textContent()) ?? '').replace(/\s/g, '');
    expect(pagesText).toContain('2022年第28期（总第403期）');
    expect(pagesText).toContain('一、政务工作动态');
    expect(pagesText).toContain('二、大厅巡查情况');
    expect(await mastheadColour(page)).toBe('rgb(255, 0, 0)');
  });

  it('follows a save: a new sentence appears in the preview', async () => {
    await openSeededIssue(page, META, { blocks: TYPED });
    await showPreview(page);
    await caretToEndOfBlock(page, 3);
    await page.keyboard.insertText('新增一句用于检验预览刷新。');
    await waitForSaved(page);
    await expect
      .poll(async () => ((await preview(page).locator('body').textContent()) ?? '').replace(/\s/g, ''), { timeout: 30_000 })
      .toContain('新增一句用于检验预览刷新');
  });

  // From here on any body will do: what the earlier tests typed when run in order, the new issue's own alone.
  it('downloads the DOCX and the PDF with the issue’s file names', async () => {
    await openSeededIssue(page, META);
    const files = await exportFromUi(page);
    expect(files.docxName).toBe('窗口工作周报2022年第28期.docx');
    expect(files.pdfName).toBe('窗口工作周报2022年第28期.pdf');
    const docx = await readFile(files.docxPath);
    const pdf = await readFile(files.pdfPath);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(docx.length).toBeGreaterThan(1000);
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('prints the paginated print rendering from a hidden frame', async () => {
    await openSeededIssue(page, META);
    await page.getByTestId('print').click();
    const printFrame = page.frameLocator('#bd-print-frame');
    // The print document (mode print: the @page layout), paginated: sheets with the masthead.
    await expect.poll(() => printFrame.locator('body.print .sheet').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    expect(await printFrame.locator('.masthead .title').first().textContent()).toContain('窗口工作周报');
    expect(await page.getByTestId('export-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('print').isEnabled()).toBe(true);
  });

  it('changes the masthead colour in 版式设置 and the preview follows; 恢复默认 restores it', async () => {
    await openSeededIssue(page, META);
    await showPreview(page);
    await page.getByTestId('issue-layout-settings').click();
    const dialog = page.getByTestId('layout-settings');
    await dialog.locator('input[name="titleColor"]').fill('0000FF');
    await dialog.getByTestId('layout-save').click();
    await dialog.getByText('版式已保存').waitFor();
    await dialog.getByTestId('layout-settings-close').click();
    await expect.poll(() => mastheadColour(page), { timeout: 30_000 }).toBe('rgb(0, 0, 255)');

    await page.getByTestId('issue-layout-settings').click();
    expect(await dialog.locator('input[name="titleColor"]').inputValue()).toBe('0000FF');
    await dialog.getByTestId('layout-reset').click();
    await page.getByRole('alertdialog').getByRole('button', { name: '恢复默认' }).click();
    await dialog.getByText('已恢复默认版式').waitFor();
    expect(await dialog.locator('input[name="titleColor"]').inputValue()).toBe('');
    await dialog.getByTestId('layout-settings-close').click();
    await expect.poll(() => mastheadColour(page), { timeout: 30_000 }).toBe('rgb(255, 0, 0)');
  });
});
