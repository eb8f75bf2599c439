/**
 * One run of the real desktop application for the smoke test: Electron launched by playwright-core on the
 * repository's build (out/electron/main.cjs), with its user-data folder — and so its database and backups
 * (electron/services/paths.ts) — in a temporary folder, and every download saved into a folder of ours
 * instead of the system save dialog.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
}

/** The variables that move Electron's userData (app.getPath('appData') + BriefDesk) on each platform. */
export function isolatedEnv(home: string): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...Object.fromEntries(inherited), XDG_CONFIG_HOME: home, APPDATA: home, HOME: home, ELECTRON_ENABLE_LOGGING: '1' };
}

export async function launchApp(executablePath: string, repoRoot: string, home: string, downloadDir: string): Promise<LaunchedApp> {
  const app = await _electron.launch({ executablePath, args: [repoRoot], env: isolatedEnv(home), timeout: 60_000 });
  // In the main process: a download (导出 Word / PDF, an <a download> in the page) goes to downloadDir.
  await app.evaluate(
    ({ session }, target) => {
      session.defaultSession.on('will-download', (_event, item) => {
        item.setSavePath(`${target.dir}${target.sep}${item.getFilename()}`);
      });
    },
    { dir: downloadDir, sep: path.sep },
  );
  const page = await app.firstWindow();
  await page.getByTestId('new-issue').waitFor({ timeout: 60_000 });
  return { app, page };
}

/** Waits until `file` exists and its size has stopped changing (the download is complete). */
export async function waitForFile(file: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastSize = -1;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const size = statSync(file).size;
      if (size > 0 && size === lastSize) return;
      lastSize = size;
    }
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error(`下载未完成：${file}`);
}
