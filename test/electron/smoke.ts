/**
 * `npm run test:electron [-- --require]`: a smoke test of the real desktop shell, for any machine where
 * the Electron binary is present (it cannot be downloaded on ours; everything else is tested in browser
 * mode). It builds the app, starts it on a temporary database, creates an issue, types Chinese through
 * an IME composition, exports DOCX and PDF (the PDF through the hidden print window's printToPDF),
 * checks that the preload exposes exactly the contract and that the CSP blocks an inline script, quits,
 * starts again and finds the text.
 *
 * Without a binary it says so in one line and exits 0, or 1 with --require (for release machines).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { CHANNEL_NAMES } from '../../shared/contract/channels';
import { typeWithIme } from '../e2e/browser';
import { blockTexts, editor, waitForSaved } from '../e2e/ui';
import { launchApp, waitForFile } from './electronApp';
import { findElectron } from './findElectron';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TITLE = '政务工作动态';
const TYPED = '商务厅到大厅调研值守';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`冒烟测试失败：${what}`);
  console.log(`  ✓ ${what}`);
}

async function preloadSurface(page: Page): Promise<{ keys: string[]; nodeGlobals: string[] }> {
  return page.evaluate(() => {
    const api = (window as unknown as Record<string, object>).briefdesk ?? {};
    const nodeGlobals = ['require', 'process', 'module', 'Buffer', 'ipcRenderer'].filter(
      (name) => typeof (window as unknown as Record<string, unknown>)[name] !== 'undefined',
    );
    return { keys: Object.keys(api).sort(), nodeGlobals };
  });
}

/** An inline script added to the page must not run (CSP script-src 'self'), and the page must say why. */
async function inlineScriptBlocked(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const flags = window as unknown as Record<string, unknown>;
    // The report comes as an event after the refusal; no report within 5 s counts as not blocked.
    const violated = new Promise<boolean>((done) => {
      document.addEventListener('securitypolicyviolation', () => done(true), { once: true });
      setTimeout(() => done(false), 5000);
    });
    const script = document.createElement('script');
    script.textContent = 'window.__briefdeskInlineRan = true;';
    document.body.append(script);
    return (await violated) && flags.__briefdeskInlineRan === undefined;
  });
}

async function createIssueAndType(page: Page): Promise<void> {
  await page.getByTestId('new-issue').click();
  const form = page.getByTestId('issue-form');
  await form.locator('input[name="year"]').fill('2022');
  await form.locator('input[name="number"]').fill('28');
  await form.locator('input[name="totalNumber"]').fill('403');
  await form.locator('input[name="issueDate"]').fill('2022-09-27');
  await page.getByTestId('create-issue').click();
  await editor(page).waitFor();
  await editor(page).click();
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.insertText(TITLE);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+0');
  await typeWithIme(page, 'shangwuting', TYPED);
  await waitForSaved(page);
}

/** Clicks 导出 Word and 导出 PDF; answers the paths of the saved files (the service's file names). */
async function exportBoth(page: Page, downloadDir: string): Promise<{ docxPath: string; pdfPath: string }> {
  const name = '窗口工作周报2022年第28期';
  const docxPath = path.join(downloadDir, `${name}.docx`);
  const pdfPath = path.join(downloadDir, `${name}.pdf`);
  await page.getByTestId('export-docx').click();
  await waitForFile(docxPath);
  await page.getByTestId('export-pdf').click();
  await waitForFile(pdfPath);
  return { docxPath, pdfPath };
}

/** The PDF's text through poppler's pdftotext, or null where poppler is not installed. */
function pdfText(file: string): string | null {
  const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout : null;
}

async function run(executablePath: string): Promise<void> {
  console.log(`Electron: ${executablePath}`);
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('构建失败（node scripts/build.mjs）。');
  const home = mkdtempSync(path.join(tmpdir(), 'briefdesk-electron-home-'));
  const downloads = mkdtempSync(path.join(tmpdir(), 'briefdesk-electron-downloads-'));

  const first = await launchApp(executablePath, ROOT, home, downloads);
  try {
    const surface = await preloadSurface(first.page);
    check(JSON.stringify(surface.keys) === JSON.stringify([...CHANNEL_NAMES].sort()), 'preload 只暴露契约中的通道');
    check(surface.nodeGlobals.length === 0, `页面中没有 Node 全局对象（${surface.nodeGlobals.join('、') || '无'}）`);
    check(await inlineScriptBlocked(first.page), 'CSP 拦截内联脚本');
    await createIssueAndType(first.page);
    check(
      (await blockTexts(first.page)).some((text) => text.includes(TYPED)),
      '输入法输入的中文已进入正文',
    );
    const { docxPath, pdfPath } = await exportBoth(first.page, downloads);
    const documentXml = (await (await JSZip.loadAsync(readFileSync(docxPath))).file('word/document.xml')?.async('string')) ?? '';
    check(documentXml.includes(TITLE) && documentXml.includes(TYPED), 'DOCX 含标题与正文');
    check(readFileSync(pdfPath).subarray(0, 5).toString('latin1') === '%PDF-', 'PDF 由打印窗口生成');
    const text = pdfText(pdfPath);
    if (text !== null) check(text.replace(/\s/g, '').includes(TITLE), 'PDF 中可读出标题');
  } finally {
    await first.app.close();
  }

  const second = await launchApp(executablePath, ROOT, home, downloads);
  try {
    await second.page.getByTestId('issue-row').first().click();
    await editor(second.page).waitFor();
    check(
      (await blockTexts(second.page)).some((text) => text.includes(TYPED)),
      '重新启动后正文仍在',
    );
  } finally {
    await second.app.close();
  }
  console.log('真实 Electron 冒烟测试通过。');
}

async function main(): Promise<number> {
  const requireBinary = process.argv.includes('--require');
  const found = findElectron(ROOT);
  if (found.executablePath === null) {
    console.log(
      `未找到 Electron 可执行文件（${found.looked}），跳过真实 Electron 冒烟测试${requireBinary ? '；--require 要求必须运行，失败' : ''}。`,
    );
    return requireBinary ? 1 : 0;
  }
  await run(found.executablePath);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
