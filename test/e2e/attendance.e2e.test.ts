/**
 * 考勤 in the real renderer (browser mode, Chromium): five attendance rows entered by keyboard only in
 * the 考勤与进大厅 grid (pinyin initials, Enter, short dates) change the issue's generated 考勤情况
 * section — in the editor, in the paginated preview and in the exported text.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generated, numbered } from '../../shared/document/types';
import { useAppSession } from './session';
import { callApi, openSeededIssue, showPreview, waitForSaved } from './ui';

const preview = (page: Page): FrameLocator => page.frameLocator('[data-testid="preview-frame"]');
const BEFORE = ['本周无请假3天以上人员。'];
const AFTER = ['本周累计请假3天以上的有：', '请病假：农业农村厅王毓', '事假：民政厅杨伟', '因公外出：民政厅游文慧、农业农村厅王毓。'];

/** The roster the grid's initials find: the file's one prerequisite, made once before its tests. */
async function seedRoster(page: Page): Promise<void> {
  const roster: [string, string[]][] = [
    ['民政厅', ['游文慧', '杨伟']],
    ['农业农村厅', ['王毓']],
    ['省药监局', ['蒲素']],
  ];
  for (const [name, people] of roster) {
    const department = await callApi<{ id: number }>(page, 'roster.createDepartment', { name });
    for (const person of people) await callApi(page, 'roster.createPerson', { departmentId: department.id, name: person });
  }
}

/** The issue both tests start from, its 考勤情况 section as stored before any row is typed. */
const openIssue = (page: Page): Promise<number> =>
  openSeededIssue(
    page,
    { year: 2024, number: 20, issueDate: '2024-07-04', periodStart: '2024-06-17', periodEnd: '2024-06-21' },
    { blocks: [numbered(1, '考勤情况'), generated('attendance', BEFORE)] },
  );

function generatedLines(page: Page): Promise<string[]> {
  return page.locator('[data-testid="generated-attendance"] [data-generated-line]').allTextContents();
}

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

/** One grid row by keyboard: person, type, start, end (empty = keep the period), note. */
async function typeRow(page: Page, n: number, person: string, type: string, start = '', end = '') {
  await expect.poll(() => focusedTestId(page)).toBe(`cell-${n}-person`);
  await page.keyboard.type(person);
  await page.keyboard.press('Enter');

  await page.keyboard.type(type);
  await page.keyboard.press('Enter');
  for (const date of [start, end]) {
    if (date !== '') {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(date);
    }
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Enter'); // 备注 left empty: the row is saved, the next one opens
}

describe('考勤 in browser mode', () => {
  const session = useAppSession({ viewport: { width: 1600, height: 1000 } });
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await seedRoster(page);
  });

  it('shows the stored section in the editor and the preview', async () => {
    await openIssue(page);
    await page.getByTestId('generated-attendance').waitFor();
    expect(await page.getByTestId('generated-attendance').innerText()).toContain('自动生成·考勤情况');
    expect(await generatedLines(page)).toEqual(BEFORE);
    await page.getByTestId('toggle-preview').click();
    await expect
      .poll(async () => ((await preview(page).locator('body').textContent()) ?? '').replace(/\s/g, ''), { timeout: 30_000 })
      .toContain(BEFORE[0]);
  });

  it('takes five rows typed in the grid and rewrites the section in the editor, the preview and the text export', async () => {
    const issueId = await openIssue(page);
    await showPreview(page);
    await page.getByTestId('open-tool-attendance').click();
    await page.getByTestId('attendance-workbench').waitFor();
    await page.getByTestId('cell-1-person').click();
    await typeRow(page, 1, 'ywh', 'ygwc'); // 游文慧 因公外出, the whole week
    await typeRow(page, 2, 'yw', 'sj'); // 杨伟 (exact initials) 事假
    await typeRow(page, 3, 'wy', 'qbj', '17', '18'); // 王毓 请病假 2 days …
    await typeRow(page, 4, 'wy', 'ygwc', '19', '21'); // … and 因公外出 3: 5 together
    await typeRow(page, 5, 'ps', 'nxj', '20'); // 蒲素 年休假 2 days: under the threshold
    await expect.poll(() => page.getByTestId('attendance-workbench').getByRole('status').first().textContent()).toBe('已保存（5 条）');
    await expect.poll(() => page.getByTestId('attendance-preview').locator('p').allTextContents()).toEqual(AFTER);

    await page.getByRole('button', { name: '打开本期' }).click();
    await page.getByTestId('generated-attendance').waitFor();
    await expect.poll(() => generatedLines(page)).toEqual(AFTER);
    await waitForSaved(page);
    await expect
      .poll(async () => ((await preview(page).locator('body').textContent()) ?? '').replace(/\s/g, ''), { timeout: 30_000 })
      .toContain(AFTER.join(''));
    const text = await callApi<string>(page, 'issues.exportText', { id: issueId });
    // The body's last section, before the 报尾 the text export ends with.
    const lines = text.split('\n');
    const heading = lines.indexOf('一、考勤情况');
    expect(lines.slice(heading, heading + 1 + AFTER.length)).toEqual(['一、考勤情况', ...AFTER]);
    expect(lines[heading + 1 + AFTER.length]).toBe('');
  });
});
