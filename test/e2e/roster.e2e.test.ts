/**
 * 人员名册 in the real renderer (browser mode, Chromium): import a GBK CSV through the workbench, see
 * its one bad row in the preview with nothing stored, confirm, then find a person by pinyin initials.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { rosterFixtureCsv } from '../fixtures/roster';
import { encodeGbk } from '../unit/roster/gbk';
import { useAppSession } from './session';
import { callApi, showWorkbench } from './ui';

/** The fixture roster (26 people, 13 departments) and one row without a department. */
const CSV = `${rosterFixtureCsv()},某某,,\r\n`;
const BAD_ROW = 28;
const FILE = { name: '名册.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(CSV)) };

/**
 * Test 2's starting point: the file's preview on screen. A preview lives only in the workbench (its
 * token is in the page, the contract stores nothing), so alone the file is picked there as test 1
 * does; after test 1 the preview is open and nothing is done.
 */
async function showImportPreview(page: Page): Promise<void> {
  const preview = page.getByTestId('roster-import-preview');
  if (await preview.isVisible()) return;
  await showWorkbench(page, 'roster');
  await page.getByTestId('roster-import-file').setInputFiles(FILE);
  await preview.waitFor();
}

describe('人员名册 in browser mode', () => {
  const session = useAppSession();
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  it('previews a GBK CSV with its bad row and stores nothing before confirming', async () => {
    await page.getByTestId('open-tool-roster').click();
    await page.getByTestId('roster-workbench').waitFor();
    await page.getByTestId('roster-import-file').setInputFiles(FILE);
    const preview = page.getByTestId('roster-import-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('roster-import-bad').innerText()).toBe(`第 ${BAD_ROW} 行：姓名“某某”没有填写部门`);
    expect(await preview.getByTestId('roster-import-counts').innerText()).toContain('新建部门 13 个，新增人员 26 人');
    expect(await callApi<unknown[]>(page, 'roster.listPeople', {})).toEqual([]);
  });

  it('imports the good rows and finds 游文慧 by typing ywh', async () => {
    await showImportPreview(page);
    await page.getByRole('button', { name: '导入其余 26 行' }).click();
    await page.getByTestId('roster-import-preview').waitFor({ state: 'detached' });
    expect(await page.getByTestId('roster-notice').innerText()).toContain('跳过有问题的 1 行');
    await expect.poll(() => page.getByTestId('roster-person').count()).toBe(26);

    await page.getByTestId('roster-search').fill('ywh');
    await expect.poll(() => page.getByTestId('roster-person').allInnerTexts()).toEqual([expect.stringMatching(/^游文慧\s+民政厅/)]);
    await page.getByTestId('roster-search').fill('zjp');
    await expect.poll(() => page.getByTestId('roster-person').allInnerTexts()).toEqual([expect.stringMatching(/^张剑平\s+生态环境厅/)]);

    const people = await callApi<{ name: string }[]>(page, 'roster.listPeople', { query: 'ywh' });
    expect(people.map((p) => p.name)).toEqual(['游文慧']);
    const departments = await callApi<{ name: string }[]>(page, 'roster.listDepartments', {});
    expect(departments).toHaveLength(13);
  });
});
