/**
 * The app:// protocol that serves the app instead of file://: a standard, secure origin
 * (app://briefdesk) with fetch support, our CSP on every answer, and three kinds of content:
 * - /fonts/<file>: the bundled fallback faces (resources/fonts/fandol) that the print HTML names in its
 *   @font-face rules; font files only, cacheable;
 * - /__print/<id>.html: print documents held in memory for the hidden print window (printDocuments.ts);
 * - everything else: the built renderer (out/renderer).
 * Files are resolved strictly inside their folder, symlinks included (browser mode's own helpers,
 * electron/web/static.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
// One policy and one content-type table for both hosts of the same renderer (browser mode's server too).
import { WEB_CONTENT_SECURITY_POLICY as CONTENT_SECURITY_POLICY } from '../web/headers';
import { contentTypeFor } from '../web/mime';
import { realFileInside, resolveStaticPath } from '../web/static';
import type { PrintDocuments } from './printDocuments';
import { isPrintPath } from './printDocuments';
import { APP_SCHEME, isAppUrl } from './urls';

export interface ProtocolLike {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges?: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean } }[],
  ): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export interface AppProtocolOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The bundled fonts: resources/fonts/fandol in development, <resources>/fonts when packaged. */
  fontsDir: string;
  /** The print documents the hidden print window loads. */
  printDocuments: PrintDocuments;
}

export const FONTS_PATH_PREFIX = '/fonts/';
/** The faces do not change while the app runs; a preview that re-renders need not read 30 MB again. */
const FONT_CACHE_CONTROL = 'private, max-age=86400';

/** Must run before the app is ready (Electron reads privileged schemes at start-up). */
export function registerPrivilegedScheme(protocol: Pick<ProtocolLike, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Must run once the app is ready. */
export function registerAppProtocol(protocol: Pick<ProtocolLike, 'handle'>, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}

type Body = ConstructorParameters<typeof Response>[0];

function answer(status: number, body: Body, contentType: string, cacheControl = 'no-cache'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': cacheControl,
    },
  });
}

const TEXT = 'text/plain; charset=utf-8';
const notFound = (): Response => answer(404, '未找到', TEXT);
const forbidden = (): Response => answer(403, '禁止访问', TEXT);

/** A font file's content type (font/otf, font/woff2, …), or null for anything that is not a font. */
function fontContentType(file: string): string | null {
  const type = contentTypeFor(path.extname(file));
  return type.startsWith('font/') ? type : null;
}

async function serveFont(fontsDir: string, pathname: string, head: boolean): Promise<Response> {
  // Refuses `..`, backslashes, NUL bytes and undecodable escapes: nothing outside the fonts folder.
  const resolved = resolveStaticPath(fontsDir, `/${pathname.slice(FONTS_PATH_PREFIX.length)}`);
  if (resolved === null || resolved === 'forbidden') return forbidden();
  // Only font files: the folder also holds the licence and README, which the pages never need.
  if (fontContentType(resolved) === null) return notFound();
  // And no link leading out of the folder.
  const file = await realFileInside(fontsDir, resolved);
  if (file === 'forbidden') return forbidden();
  const type = file === null ? null : fontContentType(file);
  if (file === null || type === null) return notFound();
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return notFound();
  }
  return answer(200, head ? null : new Uint8Array(content), type, FONT_CACHE_CONTROL);
}

function servePrintDocument(documents: PrintDocuments, pathname: string, head: boolean): Response {
  const html = documents.lookup(pathname);
  if (html === null) return notFound();
  // The document lives only while the print window needs it: never kept by any cache.
  return answer(200, head ? null : html, 'text/html; charset=utf-8', 'no-store');
}

async function serveRenderer(rendererDir: string, pathname: string, head: boolean): Promise<Response> {
  // Refuses `..`, backslashes, NUL bytes and undecodable escapes: nothing outside rendererDir.
  const resolved = resolveStaticPath(rendererDir, pathname);
  if (resolved === null || resolved === 'forbidden') return forbidden();
  // Links are followed only while they stay inside the built renderer, as in browser mode.
  const file = await realFileInside(rendererDir, resolved);
  if (file === 'forbidden') return forbidden();
  if (file === null) return notFound();
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    // Missing files and folders alike: nothing outside the built renderer is ever described.
    return notFound();
  }
  return answer(200, head ? null : new Uint8Array(content), contentTypeFor(path.extname(file)));
}

export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!isAppUrl(request.url)) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, '不允许的请求方法', TEXT);
    const head = request.method === 'HEAD';
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(FONTS_PATH_PREFIX)) return serveFont(options.fontsDir, pathname, head);
    if (isPrintPath(pathname)) return servePrintDocument(options.printDocuments, pathname, head);
    return serveRenderer(options.rendererDir, pathname, head);
  };
}
