/**
 * 导入往期 in the real renderer (browser mode, Chromium): import a sample through the workbench, open
 * it and see its sections numbered in the editor; import it again and replace it only after confirming.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './host';
import { useAppSession } from './session';
import { blockTexts, callApi, editor, importThroughContract, numberLabels, showWorkbench } from './ui';

const SAMPLE = path.join(REPO_ROOT, 'test/fixtures/import/samples/weekly-2022-28.txt');

async function importSample(page: Page): Promise<ReturnType<Page['getByTestId']>> {
  await page.getByTestId('import-files').setInputFiles(SAMPLE);
  const entry = page.getByTestId('import-entry').filter({ hasText: 'weekly-2022-28.txt' });
  await entry.and(page.locator('[data-status="ready"]')).waitFor();
  await entry.getByRole('button', { name: '导入 weekly-2022-28.txt' }).click();
  return entry;
}

/** The sample stored as an issue, through the contract as the workbench stores it, unless it is stored already. */
async function seedImportedSample(page: Page): Promise<void> {
  if ((await callApi<unknown[]>(page, 'issues.list', { seriesId: 1 })).length > 0) return;
  await importThroughContract(page, SAMPLE);
}

describe('导入往期 in browser mode', () => {
  const session = useAppSession();
  let page: Page;

  beforeAll(() => {
    page = session.page;
  });

  it('shows the detected structure of a sample before saving', async () => {
    await showWorkbench(page, 'import');
    await page.getByTestId('import-files').setInputFiles(SAMPLE);
    const entry = page.getByTestId('import-entry').first();
    await entry.and(page.locator('[data-status="ready"]')).waitFor();
    expect(await entry.getByTestId('import-section-title').allTextContents()).toEqual([
      '一、省级政务服务事项受理办理情况',
      '二、窗口工作动态',
      '（一）优化营商环境工作开展情况',
      '（二）窗口服务效能提升工作情况',
      '（三）厅（局）长进大厅',
      '三、大厅巡查情况',
    ]);
    expect(await entry.getByTestId('import-field-印数').textContent()).toContain('共印80份');
    expect(await callApi<unknown[]>(page, 'issues.list', { seriesId: 1 })).toEqual([]);
  });

  it('imports it, opens it, and the editor numbers its sections', async () => {
    await showWorkbench(page, 'import');
    const entry = await importSample(page);
    await entry.and(page.locator('[data-status="saved"]')).waitFor();
    await expect
      .poll(() => page.getByTestId('issue-row').allTextContents())
      .toEqual([expect.stringContaining('2022年第28期（总第403期）')]);
    await entry.getByRole('button', { name: '打开 weekly-2022-28.txt' }).click();
    await editor(page).waitFor();
    const texts = await blockTexts(page);
    expect(texts[0]).toBe('一、省级政务服务事项受理办理情况');
    expect(texts).toContain('（三）厅（局）长进大厅');
    const labels = await numberLabels(page);
    expect(labels.slice(0, 6)).toEqual(['一、', '二、', '（一）', '（二）', '（1）', '（2）']);
    expect(labels).toContain('（六）');
  });

  it('asks before replacing the issue it already holds; 替换 moves the old one to the recycle bin', async () => {
    await seedImportedSample(page);
    await page.getByTestId('open-tool-import').click();
    const entry = await importSample(page);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('2022年第28期已存在');
    await dialog.getByRole('button', { name: '替换' }).click();
    await entry.and(page.locator('[data-status="saved"]')).waitFor();
    const deleted = await callApi<{ number: number }[]>(page, 'issues.listDeleted', {});
    expect(deleted.map((i) => i.number)).toEqual([28]);
    expect(await callApi<unknown[]>(page, 'issues.list', { seriesId: 1 })).toHaveLength(1);
  });
});
