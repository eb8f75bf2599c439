/**
 * The screenshots of the clerk's guide (docs/使用说明.md), taken from the real renderer in browser mode on
 * the demo database: `npm run docs:screenshots` writes them into docs/images, and the end-to-end suite
 * takes them into a temporary folder and checks each one. Each shot first waits for the element that
 * makes it the screen it claims to be, so a shot of the wrong screen fails instead of being saved.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host';
import { callApi, caretToEndOfBlock, editor, waitForSaved } from '../ui';
import { seedAttendance, seedRoster } from './demoData';

export interface GuideShot {
  /** File name in docs/images, as the guide refers to it (`images/<file>`). */
  file: string;
  /** What the picture shows (the guide's alt text). */
  caption: string;
}

/** Every picture the guide uses, in the guide's order. */
export const GUIDE_SHOTS: readonly GuideShot[] = [
  { file: 'start.png', caption: '第一次启动：接续往期' },
  { file: 'start-summary.png', caption: '从往期导入之后：各系列的最后一期、今年以来的数字和下一期' },
  { file: 'import.png', caption: '导入往期：选择往期文件后逐份核对识别结果' },
  { file: 'main.png', caption: '主窗口：左侧为简报系列、各期与工具' },
  { file: 'new-issue.png', caption: '新建一期：期号、总期号与时段由上一期推算' },
  { file: 'editor.png', caption: '编辑一期：标题自动编号' },
  { file: 'proofread.png', caption: '校对：逐条查看、修正或忽略' },
  { file: 'attendance.png', caption: '考勤与进大厅：按周录入请假记录，自动写出考勤情况' },
  { file: 'statistics.png', caption: '简报系列 → 统计指标' },
  { file: 'preview.png', caption: '分页预览：即打印出来的版面' },
  { file: 'print-page.png', caption: '打印 / PDF 的第一页' },
  { file: 'word-page.png', caption: '导出的 Word 文件第一页（LibreOffice 打开）' },
  { file: 'todo.png', caption: '本期待办：定稿前还差什么' },
  { file: 'finalize.png', caption: '定稿前的确认' },
  { file: 'search.png', caption: '检索：在所有往期中查找' },
  { file: 'history.png', caption: '历史版本：与当前正文逐段比较' },
  { file: 'backups.png', caption: '备份与恢复' },
  { file: 'roster.png', caption: '人员名册' },
  { file: 'help.png', caption: '关于与帮助' },
];

const samplePath = (name: string): string => path.join(REPO_ROOT, 'test/fixtures/import/samples', name);
const SAMPLES = ['weekly-2022-28.txt', 'weekly-2024-03-29.txt', 'weekly-2024-07-04.txt'].map(samplePath);

/** The samples whose text lost the 期号 line, and the numbers the clerk types for them. */
const LOST_NUMBERS = [
  { file: 'weekly-2024-03-29.txt', number: 10, total: 462 },
  { file: 'weekly-2024-07-04.txt', number: 23, total: 475 },
];
const NEWEST = LOST_NUMBERS[1]!;

interface Summary {
  id: number;
  year: number;
  number: number;
}

async function shoot(page: Page, dir: string, file: string): Promise<void> {
  // Transitions finished and a frame drawn after them, so the picture shows the settled screen.
  await page.evaluate(async () => {
    // An endless animation (a spinner) never finishes: only the finite ones are waited for.
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished));
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  });
  await page.screenshot({ path: path.join(dir, file) });
}

/** First page of a PDF as PNG at screen resolution (poppler's pdftoppm). */
function pdfFirstPage(pdfPath: string, pngPath: string): void {
  const result = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, pngPath.replace(/\.png$/, '')]);
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr?.toString()}`);
}

/**
 * The screenshots' fonts: the layout check's fontconfig (the bundled Fandol faces and Liberation), so that
 * the UI's Chinese is drawn on a machine with no Chinese system font, and pictures look the same anywhere.
 */
export function screenshotEnv(): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...Object.fromEntries(inherited), FONTCONFIG_FILE: path.join(REPO_ROOT, 'test', 'layout', 'fonts.conf') };
}

function docxToPdf(docxPath: string, outDir: string): string {
  const profile = `file://${path.join(outDir, 'lo-profile')}`;
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath],
    { timeout: 120_000, env: screenshotEnv() },
  );
  if (result.status !== 0) throw new Error(`LibreOffice could not convert the DOCX: ${result.stderr?.toString()}`);
  const name = readdirSync(outDir).find((file) => file.endsWith('.pdf') && file.startsWith(path.basename(docxPath, '.docx')));
  if (!name) throw new Error('LibreOffice wrote no PDF');
  return path.join(outDir, name);
}

/**
 * Takes every shot of GUIDE_SHOTS into `dir` from `page` (the app, on a fresh database) and answers the
 * files written. `workDir` holds the exported files the output pictures are made from.
 */
export async function takeGuideShots(page: Page, dir: string, workDir: string): Promise<string[]> {
  // A new database opens on 接续往期; 从往期导入 takes the folder and reads what it can without questions.
  await page.getByTestId('start-page').waitFor();
  await shoot(page, dir, 'start.png');
  // A folder input: the folder of past issues, as the clerk picks it.
  const folder = path.join(workDir, '往期简报');
  mkdirSync(folder);
  for (const sample of SAMPLES) copyFileSync(sample, path.join(folder, path.basename(sample)));
  await page.getByTestId('start-import-files').setInputFiles(folder);
  await page.getByTestId('archive-summary').waitFor({ timeout: 60_000 });
  await shoot(page, dir, 'start-summary.png');
  await seedRoster(page);

  // 导入往期: the two 2024 samples lost their 期号 line, which the clerk types there.
  await page.getByTestId('open-tool-import').click();
  await page.getByTestId('import-files').setInputFiles(LOST_NUMBERS.map((lost) => samplePath(lost.file)));
  await page.locator('[data-testid="import-entry"][data-status="ready"]').nth(1).waitFor();
  for (const lost of LOST_NUMBERS) {
    await page.getByLabel(`${lost.file} 期号`).fill(String(lost.number));
    await page.getByLabel(`${lost.file} 总期号`).fill(String(lost.total));
  }
  await shoot(page, dir, 'import.png');
  for (const { file: name } of LOST_NUMBERS) {
    await page.getByRole('button', { name: `导入 ${name}` }).click();
    await page.locator(`[data-testid="import-entry"][data-status="saved"][data-file="${name}"]`).waitFor({ timeout: 30_000 });
  }

  const issues = await callApi<Summary[]>(page, 'issues.list', { seriesId: 1 });
  const newest = issues.find((issue) => issue.year === 2024 && issue.number === NEWEST.number) ?? issues[0]!;
  await seedAttendance(page, newest.id);
  await page.reload();
  await page.getByTestId('issue-row').first().waitFor();
  await shoot(page, dir, 'main.png');

  await page.getByTestId('new-issue').click();
  const form = page.getByTestId('issue-form');
  await page.waitForFunction(() => (document.querySelector('[data-testid="issue-form"] input[name="number"]') as HTMLInputElement | null)?.value !== '');
  await form.waitFor();
  await shoot(page, dir, 'new-issue.png');

  await page.locator(`[data-issue-id="${newest.id}"] .bd-issue-open`).click();
  await editor(page).waitFor();
  await shoot(page, dir, 'editor.png');
  await page.keyboard.press('Control+Shift+J');
  await page.getByTestId('proofread-panel').waitFor();
  await page.getByTestId('finding').first().waitFor();
  await shoot(page, dir, 'proofread.png');
  await page.keyboard.press('Control+Shift+J');
  await page.getByTestId('todo-panel').scrollIntoViewIfNeeded();
  await shoot(page, dir, 'todo.png');

  await page.getByTestId('open-tool-attendance').click();
  await page.getByTestId('attendance-workbench').waitFor();
  await page.getByTestId('attendance-preview').waitFor();
  await shoot(page, dir, 'attendance.png');

  await page.getByTestId('open-tool-series').click();
  await page.getByTestId('series-workbench').waitFor();
  await page.getByTestId('series-tab-metrics').click();
  await shoot(page, dir, 'statistics.png');

  await page.locator(`[data-issue-id="${newest.id}"] .bd-issue-open`).click();
  await editor(page).waitFor();
  await page.getByTestId('toggle-preview').click();
  await page.getByTestId('preview-page-count').filter({ hasText: /^共 [1-9]\d* 页$/ }).waitFor({ timeout: 30_000 });
  await shoot(page, dir, 'preview.png');

  // The outputs as printed: the PDF's first page, and the DOCX's as LibreOffice renders it.
  const pdf = await callApi<{ base64: string }>(page, 'export.pdf', { id: newest.id });
  const pdfPath = path.join(workDir, 'issue.pdf');
  writeFileSync(pdfPath, Buffer.from(pdf.base64, 'base64'));
  pdfFirstPage(pdfPath, path.join(dir, 'print-page.png'));
  const docx = await callApi<{ base64: string }>(page, 'export.docx', { id: newest.id });
  const docxPath = path.join(workDir, 'issue.docx');
  writeFileSync(docxPath, Buffer.from(docx.base64, 'base64'));
  pdfFirstPage(docxToPdf(docxPath, workDir), path.join(dir, 'word-page.png'));

  await page.getByTestId('finalize-issue').click();
  await page.getByRole('alertdialog').waitFor();
  await shoot(page, dir, 'finalize.png');
  await page.getByRole('alertdialog').getByRole('button', { name: '取消' }).click();

  await page.getByTestId('open-tool-search').click();
  await page.getByTestId('search-query').fill('综窗');
  await page.getByTestId('search-submit').click();
  await page.getByTestId('search-hit').first().waitFor();
  await shoot(page, dir, 'search.png');

  // A save point, then an edit after it: the history shows what changed since.
  await callApi(page, 'versions.savePoint', { issueId: newest.id, reason: 'explicit' });
  await page.locator(`[data-issue-id="${newest.id}"] .bd-issue-open`).click();
  await editor(page).waitFor();
  await caretToEndOfBlock(page, 1);
  await page.keyboard.insertText('（本句为修改示例）');
  await waitForSaved(page);
  await page.getByTestId('open-history').click();
  await page.getByTestId('save-point').first().click();
  await page.getByTestId('diff-summary').waitFor();
  await shoot(page, dir, 'history.png');
  await page.keyboard.press('Escape');

  await page.getByTestId('open-tool-backups').click();
  await page.getByRole('button', { name: '立即备份' }).click();
  await page.getByText('已备份').waitFor();
  await shoot(page, dir, 'backups.png');

  await page.getByTestId('open-tool-roster').click();
  await page.getByTestId('roster-workbench').waitFor();
  await shoot(page, dir, 'roster.png');

  await page.getByTestId('open-tool-help').click();
  await page.getByTestId('help-facts').waitFor();
  await shoot(page, dir, 'help.png');

  return GUIDE_SHOTS.map((shot) => path.join(dir, shot.file));
}
