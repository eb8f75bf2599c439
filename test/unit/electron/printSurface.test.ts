/**
 * The hidden print window (shell/printSurface.ts) against the fake 'electron': how the window is made,
 * what it loads (served by the real app:// handler from the same in-memory registry), when `show`
 * resolves, how it prints, that closing leaves nothing behind, and that it never gets IPC access.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_PREFIX, type Handlers } from '../../../shared/contract/api';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import type { PrintSurface } from '../../../electron/services/export/pdfRenderer';
import { registerIpc } from '../../../electron/shell/ipc';
import { PrintDocuments } from '../../../electron/shell/printDocuments';
import { openHiddenWindowSurface } from '../../../electron/shell/printSurface';
import { createAppProtocolHandler } from '../../../electron/shell/protocol';
import { installAppSecurity } from '../../../electron/shell/security';
import { electronModule, fake, FakeBrowserWindow, navigationEvent, resetFake } from './fakeElectron';

const PRINT_URL = /^app:\/\/briefdesk\/__print\/[0-9a-f-]{36}\.html$/;

let documents: PrintDocuments;
let emptyDir: string;

beforeEach(() => {
  resetFake();
  documents = new PrintDocuments();
  emptyDir = mkdtempSync(path.join(tmpdir(), 'briefdesk-print-'));
});

afterEach(() => rmSync(emptyDir, { recursive: true, force: true }));

/** What the app:// protocol answers for `url`, with the surface's registry behind it. */
async function served(url: string): Promise<{ status: number; text: string }> {
  const handler = createAppProtocolHandler({ rendererDir: emptyDir, fontsDir: emptyDir, printDocuments: documents });
  const response = await handler(new Request(url));
  return { status: response.status, text: await response.text() };
}

async function open(Window: typeof FakeBrowserWindow = FakeBrowserWindow): Promise<{ surface: PrintSurface; window: FakeBrowserWindow }> {
  const surface = await openHiddenWindowSurface({ BrowserWindow: Window, documents });
  return { surface, window: fake.windows.at(-1)! };
}

function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('openHiddenWindowSurface', () => {
  it('makes a hidden, sandboxed, isolated window with no preload and no devtools', async () => {
    const { window } = await open();
    expect(fake.windows).toHaveLength(1);
    expect(window.options.show).toBe(false);
    const preferences = window.options.webPreferences!;
    expect(preferences).not.toHaveProperty('preload');
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(window.shown).toBe(0);
  });

  it('show: loads the document from app://briefdesk/__print/, then waits for its web fonts', async () => {
    const load = deferred();
    const fontsReady = deferred();
    class SlowWindow extends FakeBrowserWindow {
      override loadURL(url: string): Promise<void> {
        void super.loadURL(url);
        return load.promise;
      }
    }
    fake.scriptAnswer = async () => {
      await fontsReady.promise;
      return 'loaded';
    };
    const { surface, window } = await open(SlowWindow);
    let shown = false;
    const showing = surface.show('<p>第一页</p>').then(() => (shown = true));

    await flush();
    expect(window.loadedUrls).toHaveLength(1);
    expect(window.loadedUrls[0]).toMatch(PRINT_URL);
    expect(await served(window.loadedUrls[0]!)).toEqual({ status: 200, text: '<p>第一页</p>' });
    // Nothing is run in the page before it has loaded.
    expect(window.webContents.executed).toEqual([]);

    load.resolve();
    await flush();
    expect(window.webContents.executed).toHaveLength(1);
    expect(window.webContents.executed[0]).toContain('document.fonts.ready');
    expect(shown).toBe(false);

    fontsReady.resolve();
    await showing;
    expect(shown).toBe(true);
  });

  it('show again: a fresh URL for the new document, and the old one is released', async () => {
    const { surface, window } = await open();
    await surface.show('<p>flow</p>');
    await surface.show('<p>pages</p>');
    const [first, second] = window.loadedUrls;
    expect(second).toMatch(PRINT_URL);
    expect(second).not.toBe(first);
    expect((await served(first!)).status).toBe(404);
    expect(await served(second!)).toEqual({ status: 200, text: '<p>pages</p>' });
    expect(documents.size).toBe(1);
  });

  it('evaluate runs the expression in the page and answers its result', async () => {
    fake.scriptAnswer = async (_contents, code) => (code === 'document.title' ? '简报' : null);
    const { surface, window } = await open();
    expect(await surface.evaluate('document.title')).toBe('简报');
    expect(window.webContents.executed).toEqual(['document.title']);
  });

  it("printToPdf prints with the document's @page size and backgrounds, answering plain bytes", async () => {
    fake.pdfBytes = new TextEncoder().encode('%PDF-1.7 fake');
    const { surface, window } = await open();
    await surface.show('<p>pages</p>');
    const pdf = await surface.printToPdf();
    expect(window.webContents.printedWith).toEqual([
      { preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } },
    ]);
    expect(pdf.constructor).toBe(Uint8Array);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
  });

  it('close destroys the window and releases its document', async () => {
    const { surface, window } = await open();
    await surface.show('<p>pages</p>');
    const url = window.loadedUrls[0]!;
    expect((await served(url)).status).toBe(200);
    await surface.close();
    expect(window.destroyed).toBe(true);
    expect((await served(url)).status).toBe(404);
    expect(documents.size).toBe(0);
  });

  it('fails a pending step instead of waiting for ever when the page process dies', async () => {
    fake.scriptAnswer = () => new Promise(() => {});
    const { surface, window } = await open();
    const showing = surface.show('<p>pages</p>');
    await flush();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await expect(showing).rejects.toThrow('gone');
    await expect(surface.evaluate('1')).rejects.toThrow('gone');
  });
});

describe('the print window and the security rules', () => {
  it('may navigate to its print documents (they are on app://briefdesk/), not elsewhere', async () => {
    installAppSecurity(fake.app);
    const { surface, window } = await open();
    await surface.show('<p>pages</p>');
    const toDocument = navigationEvent(window.loadedUrls[0]!);
    const outside = navigationEvent('https://example.com/');
    window.webContents.emit('will-navigate', toDocument);
    window.webContents.emit('will-navigate', outside);
    expect(toDocument.prevented).toBe(false);
    expect(outside.prevented).toBe(true);
  });

  it('is never a trusted IPC sender: not its own frame, nor a print document in the main window', async () => {
    const handlers = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, async () => 'reached'])) as unknown as Handlers;
    const mainWindow = new FakeBrowserWindow({});
    registerIpc(electronModule.ipcMain, handlers, () => mainWindow);
    const { surface, window } = await open();
    await surface.show('<p>pages</p>');
    const printUrl = window.loadedUrls[0]!;
    const invoke = fake.ipcHandlers.get(`${IPC_PREFIX}app.info`)!;

    const fromPrintWindow = await invoke({ sender: window.webContents, senderFrame: { url: printUrl, parent: null } }, {});
    expect(fromPrintWindow).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const printUrlInMain = await invoke({ sender: mainWindow.webContents, senderFrame: { url: printUrl, parent: null } }, {});
    expect(printUrlInMain).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // The same door still opens for the main window's own page.
    const fromMain = await invoke({ sender: mainWindow.webContents, senderFrame: { url: 'app://briefdesk/index.html', parent: null } }, {});
    expect(fromMain).toEqual({ ok: true, value: 'reached' });
  });
});
