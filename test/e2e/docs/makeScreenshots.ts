/**
 * `npm run docs:screenshots`: regenerates docs/images from the real UI (browser mode, Debian's Chromium,
 * a fresh demo database), so the guide's pictures follow the UI when it changes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../browser';
import { REPO_ROOT, startHost } from '../host';
import { screenshotEnv, takeGuideShots } from './guideShots';

const host = await startHost(undefined, screenshotEnv());
const browser = await launchBrowser(screenshotEnv());
try {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(host.url);
  const files = await takeGuideShots(page, path.join(REPO_ROOT, 'docs', 'images'), mkdtempSync(path.join(tmpdir(), 'briefdesk-docs-')));
  console.log(`已生成 ${files.length} 张截图：docs/images/`);
} finally {
  await browser.close();
  await host.stop();
}
