/**
 * The Electron security checklist, applied in two steps: app-wide rules that must be in place before
 * the app is ready (sandbox for every renderer, guards on every web contents ever created), and the
 * default session's rules once it exists (no network, no permissions).
 */
import { isAllowedRequestUrl, isAppUrl } from './urls';

interface PreventableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends PreventableEvent {
  url: string;
  /** Set on will-frame-navigate: whether the navigating frame is the window's top frame. */
  isMainFrame?: boolean;
}

/**
 * The only documents a subframe may load besides the app's own: the preview, measuring and print
 * frames hold print HTML as srcdoc (no scripts run in it, and no frame is a trusted IPC sender).
 */
const SUBFRAME_DOCUMENTS = new Set(['about:srcdoc', 'about:blank']);

export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

export interface AppSecurityLike {
  enableSandbox(): void;
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
}

export interface SessionLike {
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** Before ready: sandbox everything and guard every web contents (windows, devtools, anything). */
export function installAppSecurity(app: AppSecurityLike): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

export function guardWebContents(contents: WebContentsLike): void {
  // Navigation may only stay inside the app.
  const stayInside = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInside);
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame === false && SUBFRAME_DOCUMENTS.has(event.url)) return;
    stayInside(event);
  });
  contents.on('will-redirect', stayInside);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** After ready: the app is offline and needs no browser permission at all. */
export function installSessionSecurity(session: SessionLike): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
