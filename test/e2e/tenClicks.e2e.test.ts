/**
 * A normal week in ten clicks (issue 16): from 新建一期 to 导出 Word — the week's figures, five
 * attendance rows and two leader visits entered by keyboard in the issue itself — counting every
 * pointer click in the page, printing the count and asserting it stays ≤ 10, then reading the
 * exported DOCX for what was typed. The series is set up beforehand as a clerk's would be (roster,
 * template), through the API: that is not the week's work.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { downloadFrom } from './exportUi';
import { useAppSession } from './session';
import { callApi, editor } from './ui';

const ATTENDANCE = ['本周累计请假3天以上的有：', '请病假：农业农村厅王毓', '事假：民政厅杨伟', '因公外出：民政厅游文慧、农业农村厅王毓。'];
const VISITS = '本周，商务厅党组成员、副厅长尹奇志，科技厅二级巡视员高量到省政务服务大厅窗口调研值守。';

async function seedSeries(page: Page): Promise<void> {
  const roster: [string, [string, string][]][] = [
    [
      '民政厅',
      [
        ['游文慧', ''],
        ['杨伟', ''],
      ],
    ],
    ['农业农村厅', [['王毓', '']]],
    ['省药监局', [['蒲素', '']]],
    ['商务厅', [['尹奇志', '党组成员、副厅长']]],
    ['科技厅', [['高量', '二级巡视员']]],
  ];
  for (const [name, people] of roster) {
    const department = await callApi<{ id: number }>(page, 'roster.createDepartment', { name });
    for (const [person, title] of people) await callApi(page, 'roster.createPerson', { departmentId: department.id, name: person, title });
  }
  const [series] = await callApi<{ id: number }[]>(page, 'series.list', {});
  const groups = await callApi<{ id: number; mode: string }[]>(page, 'statistics.groups', { seriesId: series!.id });
  const group = groups.find((g) => g.mode === 'period')!;
  const section = (title: string, block: unknown) => ({ level: 1, title, defaultText: '', keepText: false, block });
  await callApi(page, 'templates.save', {
    seriesId: series!.id,
    sections: [
      section('省本级综窗办件情况', { kind: 'statistics', groupId: group.id, form: 'sentence' }),
      section('厅（局）长进大厅', { kind: 'leaderVisits' }),
      section('考勤情况', { kind: 'attendance' }),
    ],
  });
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** Types into the focused cell and presses Enter; `''` keeps what the cell holds. */
async function enter(page: Page, text: string) {
  if (text !== '') await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The day of the month `offset` days after `iso`, as the clerk types it (25). */
function day(iso: string, offset: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return String(d.getUTCDate());
}

function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('a normal week in ten clicks', () => {
  const session = useAppSession({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await seedSeries(page);
    // Count every pointer press in the page, whatever it lands on.
    await page.addInitScript(() => {
      (window as unknown as { clicks: number }).clicks = 0;
      document.addEventListener('pointerdown', () => (window as unknown as { clicks: number }).clicks++, true);
    });
    await page.reload();
  });

  it('takes ≤ 10 clicks from 新建一期 to 导出 Word, and the Word file holds what was typed', async () => {
    await page.getByTestId('new-issue').click(); // 1
    await page.getByTestId('create-issue').click(); // 2
    await editor(page).waitFor();
    const [created] = await callApi<{ id: number; periodStart: string }[]>(page, 'issues.list', {
      seriesId: (await callApi<{ id: number }[]>(page, 'series.list', {}))[0]!.id,
    });
    const start = created!.periodStart;

    // The week's figures: click the first, Tab on (past each 按平台核对的累计), Enter saves them.
    await page.locator('[data-testid^="statistics-value-"]').first().click(); // 3
    for (const [i, figure] of ['2046', '700', '3949', '5461'].entries()) {
      if (i > 0) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type(figure);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('statistics-printed').textContent()).toContain('本周，共计咨询2046人次');

    // Five attendance rows in the side panel the section opens; dates typed over the selected period.
    await page.getByTestId('open-records-attendance').click(); // 4
    const rows: [string, string, string, string][] = [
      ['ywh', 'ygwc', '', ''],
      ['yw', 'sj', '', ''],
      ['wy', 'qbj', day(start, 0), day(start, 1)],
      ['wy', 'ygwc', day(start, 2), day(start, 4)],
      ['ps', 'nxj', day(start, 3), ''],
    ];
    for (const [n, [person, type, from, to]] of rows.entries()) {
      await expect.poll(() => focused(page)).toBe(`cell-${n + 1}-person`);
      for (const text of [person, type, from, to, '']) await enter(page, text);
    }
    await expect.poll(() => page.getByTestId('save-status').first().textContent()).toBe('已保存（5 条）');
    // Saved: the short dates show as stored, with their days.
    expect(await page.getByTestId('cell-3-start').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByTestId('days-4').textContent()).toBe('3');
    await expect
      .poll(() => page.locator('[data-testid="generated-attendance"] [data-generated-line]').allTextContents())
      .toEqual(ATTENDANCE);

    // Two visits: the 进大厅 tab, then names by pinyin initials; 职务 and 部门 come from the roster.
    await page.getByRole('tab', { name: '厅（局）长进大厅' }).click(); // 5
    const visits: [string, string][] = [
      ['yqz', day(start, 1)],
      ['gl', day(start, 2)],
    ];
    for (const [n, [person, date]] of visits.entries()) {
      await expect.poll(() => focused(page)).toBe(`visit-${n + 1}-name`);
      for (const text of [person, date, '']) await enter(page, text);
    }
    await expect.poll(() => page.getByTestId('visits-status').textContent()).toBe('已保存（2 条）');
    await expect
      .poll(() => page.locator('[data-testid="generated-leaderVisits"] [data-generated-line]').allTextContents())
      .toEqual([VISITS]);
    await expect.poll(() => page.getByTestId('visits-preview').textContent()).toBe(VISITS);

    const docx = await downloadFrom(page, 'export-docx', mkdtempSync(join(tmpdir(), 'briefdesk-ten-clicks-'))); // 6
    const clicks = await page.evaluate(() => (window as unknown as { clicks: number }).clicks);
    console.log(`[ten clicks] pointer clicks from 新建一期 to 导出 Word: ${clicks}`);
    expect(clicks).toBeLessThanOrEqual(10);

    const xml = await (await JSZip.loadAsync(await readFile(docx.path))).file('word/document.xml')!.async('string');
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs).toEqual(expect.arrayContaining([...ATTENDANCE, VISITS]));
    expect(paragraphs.some((p) => p.startsWith('本周，共计咨询2046人次、受理700件、颁发3949件、流转5461件次。'))).toBe(true);
  }, 180_000);
});
