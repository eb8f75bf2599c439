/**
 * A recording stand-in for the 'electron' module (no Electron binary exists here). Test files mock
 * 'electron' with `electronModule`; the shell code then runs against these fakes and the tests read
 * what it did. The state lives on globalThis so that it survives vi.resetModules() (main.ts is
 * re-imported per scenario) and the mock and the test always see the same objects.
 */
import type { IpcMainLike } from '../../../electron/shell/ipc';
import { APP_ENTRY_URL } from '../../../electron/shell/urls';
import type { SecureWebPreferences, WindowOptions } from '../../../electron/shell/window';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
  reset(): void {
    this.listeners.clear();
  }
}

/** What a navigation listener receives; `prevented` tells whether the shell blocked it. */
export function navigationEvent(url: string): { url: string; prevented: boolean; preventDefault(): void } {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details?: unknown) => unknown) | null = null;
  readonly mainFrame = { url: APP_ENTRY_URL, parent: null as unknown };
  /** Scripts run through executeJavaScript, in order. */
  readonly executed: string[] = [];
  /** The options of every printToPDF call. */
  readonly printedWith: unknown[] = [];
  setWindowOpenHandler(handler: (details?: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
  executeJavaScript(code: string): Promise<unknown> {
    this.executed.push(code);
    return fake.scriptAnswer(this, code);
  }
  printToPDF(options: unknown): Promise<Buffer> {
    this.printedWith.push(options);
    return Promise.resolve(Buffer.from(fake.pdfBytes));
  }
}

class FakeApp extends FakeEmitter {
  name = '';
  paths = new Map<string, string>();
  sandboxEnabled = 0;
  quitCalls = 0;
  gotLock = true;
  isPackaged = false;
  readyRequested = 0;
  aboutOptions: unknown = null;
  setName(name: string): void {
    this.name = name;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/fake/${name}`;
  }
  getVersion(): string {
    return '9.8.7';
  }
  enableSandbox(): void {
    this.sandboxEnabled += 1;
  }
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  whenReady(): Promise<void> {
    this.readyRequested += 1;
    return Promise.resolve();
  }
  setAboutPanelOptions(options: unknown): void {
    this.aboutOptions = options;
  }
  override reset(): void {
    super.reset();
    Object.assign(this, { name: '', sandboxEnabled: 0, quitCalls: 0, gotLock: true, isPackaged: false });
    Object.assign(this, { readyRequested: 0, aboutOptions: null });
    this.paths.clear();
  }
}

type InvokeListener = Parameters<IpcMainLike['handle']>[1];

interface FakeState {
  app: FakeApp;
  windows: FakeBrowserWindow[];
  ipcHandlers: Map<string, InvokeListener>;
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null;
  permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheck: ((...args: unknown[]) => boolean) | null;
  errorBoxes: { title: string; content: string }[];
  applicationMenu: { template: unknown } | null;
  exposed: Map<string, unknown>;
  invocations: unknown[][];
  /** What executeJavaScript answers; tests replace it to play the page. */
  scriptAnswer: (contents: FakeWebContents, code: string) => Promise<unknown>;
  /** What printToPDF answers. */
  pdfBytes: Uint8Array;
}

const KEY = Symbol.for('briefdesk.fakeElectron');
const holder = globalThis as unknown as { [KEY]?: FakeState };

function freshState(app: FakeApp): FakeState {
  return {
    app,
    windows: [],
    ipcHandlers: new Map(),
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    beforeRequest: null,
    permissionRequest: null,
    permissionCheck: null,
    errorBoxes: [],
    applicationMenu: null,
    exposed: new Map(),
    invocations: [],
    scriptAnswer: () => Promise.resolve('loaded'),
    pdfBytes: new TextEncoder().encode('%PDF-fake'),
  };
}

export const fake: FakeState = (holder[KEY] ??= freshState(new FakeApp()));

/** Forget everything recorded (listeners included) before the next scenario. */
export function resetFake(): void {
  fake.app.reset();
  Object.assign(fake, freshState(fake.app));
}

/** What either kind of window is made with: the main window's options or the print window's. */
export type FakeWindowOptions = Partial<Omit<WindowOptions, 'webPreferences'>> & {
  webPreferences?: Partial<SecureWebPreferences> & { backgroundThrottling?: boolean };
};

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  shown = 0;
  destroyed = false;
  constructor(readonly options: FakeWindowOptions) {
    super();
    fake.windows.push(this);
    // As in Electron: every new web contents is announced on the app.
    fake.app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.shown += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

export const electronModule = {
  app: fake.app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle(channel: string, listener: InvokeListener): void {
      // Electron throws on a second handler for one channel; so does the fake.
      if (fake.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      fake.ipcHandlers.set(channel, listener);
    },
  },
  protocol: {
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      fake.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
      fake.protocolHandlers.set(scheme, handler);
    },
  },
  session: {
    defaultSession: {
      webRequest: {
        onBeforeRequest(listener: FakeState['beforeRequest']): void {
          fake.beforeRequest = listener;
        },
      },
      setPermissionRequestHandler(handler: FakeState['permissionRequest']): void {
        fake.permissionRequest = handler;
      },
      setPermissionCheckHandler(handler: FakeState['permissionCheck']): void {
        fake.permissionCheck = handler;
      },
    },
  },
  dialog: {
    showErrorBox(title: string, content: string): void {
      fake.errorBoxes.push({ title, content });
    },
  },
  Menu: {
    buildFromTemplate(template: unknown): { template: unknown } {
      return { template };
    },
    setApplicationMenu(menu: { template: unknown } | null): void {
      fake.applicationMenu = menu;
    },
  },
  contextBridge: {
    exposeInMainWorld(key: string, value: unknown): void {
      fake.exposed.set(key, value);
    },
  },
  ipcRenderer: {
    invoke(...args: unknown[]): Promise<unknown> {
      fake.invocations.push(args);
      return Promise.resolve({ ok: true, value: args[0] });
    },
  },
};
