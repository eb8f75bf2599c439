/**
 * Which URLs the app trusts. The renderer is only ever served from app://briefdesk/, so that origin is
 * the single source of trust for navigation, IPC senders and network requests. Pure functions: they are
 * unit-tested without Electron.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'briefdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** Where the hidden print window's documents are served (shell/printDocuments.ts). */
export const PRINT_PATH_PREFIX = '/__print/';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for app://briefdesk/… exactly: no other host, no credentials, no port. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

/**
 * An IPC sender is trusted only when its frame shows our own page — not a print document, which is on
 * our origin too (the IPC door also requires the main window's web contents; this is the second lock).
 */
export function isTrustedSender(url: string): boolean {
  return isAppUrl(url) && !new URL(url).pathname.startsWith(PRINT_PATH_PREFIX);
}

/** Schemes that never leave the machine. devtools: only exists when devtools are allowed (unpackaged). */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/**
 * The network filter: the app is offline by design, so every request that is not to our own protocol or
 * to an in-memory scheme is cancelled (http, https, ws, file, ftp, …).
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  return parsed !== null && LOCAL_SCHEMES.has(parsed.protocol);
}
