/**
 * electron/main.ts end to end under the fake 'electron': the real services open a real database in a
 * temporary user-data folder (XDG_CONFIG_HOME / APPDATA, as services/paths.ts reads them).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX } from '../../../shared/contract/api';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import { MEASURE_SCRIPT } from '../../../shared/layout/measureFlow';
import { BUNDLED_FONT_FILES } from '../../../electron/services/fonts/bundledFonts';
import { fake, navigationEvent, resetFake, type FakeWebContents } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

let configHome: string;
let databasePath: string;
let resourcesPath: string;
const savedEnv = { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, APPDATA: process.env.APPDATA };
/** Electron sets process.resourcesPath (where a packaged app's extraResources are); Node does not. */
const electronProcess = process as unknown as { resourcesPath?: string };

beforeEach(() => {
  resetFake();
  configHome = mkdtempSync(path.join(tmpdir(), 'briefdesk-main-'));
  process.env.XDG_CONFIG_HOME = configHome;
  process.env.APPDATA = configHome;
  databasePath = path.join(configHome, 'BriefDesk', 'briefdesk.sqlite');
  resourcesPath = path.join(configHome, 'resources');
  electronProcess.resourcesPath = resourcesPath;
  vi.resetModules();
});

afterEach(() => {
  // Close whatever main opened, as Electron does when the app quits.
  fake.app.emit('will-quit', {});
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  delete electronProcess.resourcesPath;
  rmSync(configHome, { recursive: true, force: true });
});

/**
 * A packaged app with its bundled faces at <resources>/fonts: main checks them before a PDF (a face that
 * can draw no Chinese refuses it) and names only the files that are there in the print HTML.
 */
function packagedFonts(): void {
  mkdirSync(path.join(resourcesPath, 'fonts'), { recursive: true });
  for (const file of BUNDLED_FONT_FILES) writeFileSync(path.join(resourcesPath, 'fonts', file), 'OTTO-fake');
  fake.app.isPackaged = true;
}

/** Runs main.ts from the top, then lets its whenReady().then(start) run. */
async function startMain(): Promise<void> {
  await import('../../../electron/main');
  await new Promise((resolve) => setImmediate(resolve));
}

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

function invokeFromWindow(channel: string, input: unknown, url = 'app://briefdesk/index.html'): Promise<Answer> {
  const window = fake.windows[0]!;
  const event = { sender: window.webContents, senderFrame: { url, parent: null } };
  return fake.ipcHandlers.get(IPC_PREFIX + channel)!(event, input) as Promise<Answer>;
}

/** What the app:// protocol main registered answers for `url`. */
async function served(url: string): Promise<Response> {
  return fake.protocolHandlers.get('app')!(new Request(url));
}

/**
 * Plays the print page: web fonts are ready at once, and the serializer's measuring script finds every
 * flow item of the document the window shows (read back through main's own protocol) three lines high.
 */
function playPrintPage(): void {
  fake.scriptAnswer = async (contents: FakeWebContents, code: string) => {
    if (code !== MEASURE_SCRIPT) return 'loaded';
    const window = fake.windows.find((candidate) => candidate.webContents === contents)!;
    const html = await (await served(window.loadedUrls.at(-1)!)).text();
    const items = html.match(/data-flow="\d+"/g) ?? [];
    return { items: items.map(() => ({ lines: 3, lineStarts: null })) };
  };
}

async function createIssue(): Promise<number> {
  const series = (await invokeFromWindow('series.list', {})).value as { id: number }[];
  const seriesId = series[0]!.id;
  const meta = (await invokeFromWindow('issues.propose', { seriesId })).value;
  const created = await invokeFromWindow('issues.create', { seriesId, meta });
  expect(created.ok).toBe(true);
  return (created.value as { id: number }).id;
}

describe('main process', () => {
  it('names the app BriefDesk, sandboxes it and registers app:// before ready', async () => {
    await startMain();
    expect(fake.app.name).toBe('BriefDesk');
    expect(fake.app.paths.get('userData')).toBe(path.join(configHome, 'BriefDesk'));
    expect(fake.app.sandboxEnabled).toBe(1);
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
  });

  it('opens one secure window on app://briefdesk/ with the bundled preload', async () => {
    await startMain();
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.loadedUrls).toEqual(['app://briefdesk/index.html']);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: true,
    });
    expect(path.basename(String(window.options.webPreferences?.preload))).toBe('preload.cjs');
  });

  it('guards the window: outside navigation prevented, app navigation allowed, new windows denied', async () => {
    await startMain();
    const contents = fake.windows[0]!.webContents;
    const outside = navigationEvent('https://example.com/');
    const inside = navigationEvent('app://briefdesk/index.html');
    contents.emit('will-navigate', outside);
    contents.emit('will-navigate', inside);
    expect(outside.prevented).toBe(true);
    expect(inside.prevented).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('refuses network requests and permissions in the default session', async () => {
    await startMain();
    let cancel: boolean | undefined;
    fake.beforeRequest!({ url: 'https://example.com/' }, (response) => (cancel = response.cancel));
    expect(cancel).toBe(true);
    let granted: boolean | undefined;
    fake.permissionRequest!({}, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('serves every contract channel over IPC, backed by the database, and only to our page', async () => {
    await startMain();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((name) => IPC_PREFIX + name).sort());
    const info = await invokeFromWindow('app.info', {});
    expect(info).toEqual({
      ok: true,
      value: {
        host: 'electron',
        databasePath,
        version: '9.8.7',
        backupsFolder: path.join(path.dirname(databasePath), 'backups'),
        // Run from electron/ rather than out/electron, the repository's fonts folder is not where main looks.
        bundledFonts: expect.objectContaining({ missing: expect.any(Array) }),
      },
    });
    expect(existsSync(databasePath)).toBe(true);
    const refused = await invokeFromWindow('series.list', {}, 'https://evil.example/');
    expect(refused.error?.code).toBe('UNAUTHORIZED');
  });

  it('exports a PDF over IPC through a hidden print window on app://briefdesk/__print/', async () => {
    packagedFonts();
    playPrintPage();
    fake.pdfBytes = new TextEncoder().encode('%PDF-1.7 from the print window');
    await startMain();
    const id = await createIssue();

    const answer = await invokeFromWindow('export.pdf', { id });
    expect(answer.ok).toBe(true);
    const file = answer.value as { fileName: string; base64: string };
    expect(file.fileName).toMatch(/\.pdf$/);
    expect(Buffer.from(file.base64, 'base64').toString('latin1')).toBe('%PDF-1.7 from the print window');

    expect(fake.windows).toHaveLength(2);
    const printWindow = fake.windows[1]!;
    expect(printWindow.options.show).toBe(false);
    expect(printWindow.options.webPreferences).not.toHaveProperty('preload');
    expect(printWindow.options.webPreferences?.sandbox).toBe(true);
    // The flow to measure, then the pages: both documents served by main's protocol while shown.
    expect(printWindow.loadedUrls).toHaveLength(2);
    for (const url of printWindow.loadedUrls) expect(url).toMatch(/^app:\/\/briefdesk\/__print\/[0-9a-f-]{36}\.html$/);
    expect(printWindow.webContents.executed).toContain(MEASURE_SCRIPT);
    expect(printWindow.webContents.printedWith).toEqual([
      { preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } },
    ]);
    // Closed afterwards, its documents gone.
    expect(printWindow.destroyed).toBe(true);
    for (const url of printWindow.loadedUrls) expect((await served(url)).status).toBe(404);
    // The main window stays as it was.
    expect(fake.windows[0]!.destroyed).toBe(false);
  });

  it('gives the print HTML the fonts under app://briefdesk/fonts/', async () => {
    packagedFonts();
    await startMain();
    const id = await createIssue();
    const answer = await invokeFromWindow('export.printHtml', { id, mode: 'print' });
    expect(answer.ok).toBe(true);
    const { html } = answer.value as { html: string };
    expect(html).toContain('url("app://briefdesk/fonts/FandolFang-Regular.otf")');
    expect(html).not.toContain('url("/fonts/');
  });

  it('serves the packaged fonts from <resources>/fonts at app://briefdesk/fonts/', async () => {
    mkdirSync(path.join(resourcesPath, 'fonts'), { recursive: true });
    writeFileSync(path.join(resourcesPath, 'fonts', 'FandolFang-Regular.otf'), 'OTTO-fake');
    fake.app.isPackaged = true;
    await startMain();
    const response = await served('app://briefdesk/fonts/FandolFang-Regular.otf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('font/otf');
    expect(await response.text()).toBe('OTTO-fake');
  });

  it('sets the Chinese menu, without devtools when packaged', async () => {
    fake.app.isPackaged = true;
    await startMain();
    const template = fake.applicationMenu?.template as { label: string; submenu: { role?: string }[] }[];
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(template.flatMap((item) => item.submenu.map((sub) => sub.role))).not.toContain('toggleDevTools');
    expect(fake.windows[0]!.options.webPreferences?.devTools).toBe(false);
  });

  it('closes the database when the app quits', async () => {
    await startMain();
    expect((await invokeFromWindow('series.list', {})).ok).toBe(true);
    const quietly = vi.spyOn(console, 'error').mockImplementation(() => {});
    fake.app.emit('will-quit', {});
    const afterQuit = await invokeFromWindow('series.list', {});
    quietly.mockRestore();
    expect(afterQuit.ok).toBe(false);
  });

  it('shows a Chinese error box and quits, leaving the file untouched, when the database cannot be opened', async () => {
    mkdirSync(path.dirname(databasePath), { recursive: true });
    const foreign = 'This is a letter, not a database.\n'.repeat(20);
    writeFileSync(databasePath, foreign);
    const quietly = vi.spyOn(console, 'error').mockImplementation(() => {});
    await startMain();
    quietly.mockRestore();

    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]!.title).toBe('简报台无法打开数据库');
    expect(fake.errorBoxes[0]!.content).toContain('不是简报台的数据库');
    expect(fake.errorBoxes[0]!.content).toContain(databasePath);
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(readFileSync(databasePath, 'utf8')).toBe(foreign);
    expect(readdirSync(path.dirname(databasePath))).toEqual(['briefdesk.sqlite']);
  });

  it('quits at once when another instance already holds the lock', async () => {
    fake.app.gotLock = false;
    await startMain();
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.app.readyRequested).toBe(0);
    expect(fake.windows).toHaveLength(0);
    expect(existsSync(databasePath)).toBe(false);
  });
});
