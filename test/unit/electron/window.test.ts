import { beforeEach, describe, expect, it } from 'vitest';
import { createMainWindow, secureWebPreferences } from '../../../electron/shell/window';
import { fake, FakeBrowserWindow, resetFake } from './fakeElectron';

beforeEach(resetFake);

const EXPECTED_PREFERENCES = {
  preload: '/app/out/electron/preload.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
};

describe('createMainWindow', () => {
  it('creates the window with the security checklist webPreferences and no devtools when packaged', () => {
    createMainWindow({ BrowserWindow: FakeBrowserWindow, preloadPath: '/app/out/electron/preload.cjs', isPackaged: true });
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.options.webPreferences).toEqual({ ...EXPECTED_PREFERENCES, devTools: false });
  });

  it('allows devtools only in unpackaged builds', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(true);
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(false);
  });

  it('loads the app protocol, never file://, and shows the window once it is ready', () => {
    const window = createMainWindow({ BrowserWindow: FakeBrowserWindow, preloadPath: '/p.cjs', isPackaged: false });
    expect(window.loadedUrls).toEqual(['app://briefdesk/index.html']);
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(0);
    window.emit('ready-to-show');
    expect(window.shown).toBe(1);
  });
});
