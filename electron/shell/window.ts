/**
 * The one application window. Its webPreferences are the security checklist's: isolated, sandboxed,
 * no Node in the page or its workers, web security on, no webview, and only our bundled preload.
 */
import { APP_ENTRY_URL } from './urls';

/** The checklist without a preload: what a window gets that must never reach the API (the print window). */
export interface IsolatedWebPreferences {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  devTools: boolean;
}

export interface SecureWebPreferences extends IsolatedWebPreferences {
  preload: string;
}

export function isolatedWebPreferences(allowDevTools: boolean): IsolatedWebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    devTools: allowDevTools,
  };
}

export function secureWebPreferences(preloadPath: string, allowDevTools: boolean): SecureWebPreferences {
  return { preload: preloadPath, ...isolatedWebPreferences(allowDevTools) };
}

export interface WindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  webPreferences: SecureWebPreferences;
}

export interface WindowLike {
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

export interface MainWindowDeps<W extends WindowLike> {
  BrowserWindow: new (options: WindowOptions) => W;
  preloadPath: string;
  /** Packaged builds have no devtools at all. */
  isPackaged: boolean;
}

export function createMainWindow<W extends WindowLike>(deps: MainWindowDeps<W>): W {
  const window = new deps.BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: '简报台',
    // Shown once painted, so the clerk never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(deps.preloadPath, !deps.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[briefdesk] 无法载入界面：', error);
  });
  return window;
}
