/**
 * Tables in the real renderer in Chromium (browser mode): 插入表格 from the toolbar, Chinese typed into the
 * cells through IME composition, Tab and Enter between cells, and the table stored, exported as text and
 * shown in the preview — each character once (an IME committing into the wrong place would double it).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { table } from '../../shared/document/table';
import { paragraph } from '../../shared/document/types';
import { typeWithIme } from './browser';
import { useAppSession } from './session';
import { callApi, caretToEndOfBlock, openSeededIssue, waitForSaved } from './ui';

interface StoredIssue {
  document: { blocks: { type: string; rows?: string[][]; headerRows?: number }[] };
}

const META = { year: 2024, number: 21, issueDate: '2024-07-04' };
const INTRO = paragraph('本周业务量统计如下：');
const ROWS = [
  ['单位', '咨询', '受理'],
  ['民政厅', '2230', '700'],
  ['商务厅', '', ''],
  ['科技厅', '', ''],
];
/** The body test 1 leaves: 插入表格 after the last block adds an empty paragraph to type in after it. */
const AFTER_TABLE = [INTRO, table(ROWS, 1), paragraph()];

const cell = (page: Page, row: number, column: number) => page.getByRole('textbox', { name: `第${row}行第${column}列` });

describe('a statistics table in browser mode', () => {
  const session = useAppSession({ viewport: { width: 1600, height: 1000 } });
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  it('inserts a table and takes Chinese through the IME in its cells, Tab and Enter moving on', async () => {
    const issueId = await openSeededIssue(page, META, { blocks: [INTRO] });
    await caretToEndOfBlock(page, 0);
    await page.getByRole('button', { name: '插入表格' }).click();
    await cell(page, 1, 1).click();
    await typeWithIme(page, 'danwei', '单位');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, 1, 2).evaluate((el) => el === document.activeElement)).toBe(true);
    await typeWithIme(page, 'zixun', '咨询');
    await page.keyboard.press('Tab');
    await typeWithIme(page, 'shouli', '受理');
    await page.keyboard.press('Tab');
    await typeWithIme(page, 'minzhengting', '民政厅');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2230');
    await page.keyboard.press('Tab');
    await page.keyboard.type('700');
    // Enter in the last row adds a row and goes to it.
    await cell(page, 3, 1).click();
    await typeWithIme(page, 'shangwuting', '商务厅');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 4, 1).evaluate((el) => el === document.activeElement)).toBe(true);
    await typeWithIme(page, 'kejiting', '科技厅');
    await waitForSaved(page);

    const stored = await callApi<StoredIssue>(page, 'issues.get', { id: issueId });
    const tables = stored.document.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toEqual(ROWS);
    expect(tables[0]!.headerRows).toBe(1);
  });

  it('exports the table as text, one line per row', async () => {
    const issueId = await openSeededIssue(page, META, { blocks: AFTER_TABLE });
    const text = await callApi<string>(page, 'issues.exportText', { id: issueId });
    expect(text).toContain('本周业务量统计如下：\n单位\t咨询\t受理\n民政厅\t2230\t700\n商务厅\t\t\n科技厅\t\t');
  });
});
