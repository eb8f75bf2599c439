/**
 * The app:// protocol that serves the built renderer (out/renderer) instead of file://: a standard,
 * secure origin (app://briefdesk) with fetch support, files resolved strictly inside the renderer folder,
 * correct content types and our CSP on every answer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
// One policy and one content-type table for both hosts of the same renderer (browser mode's server too).
import { WEB_CONTENT_SECURITY_POLICY as CONTENT_SECURITY_POLICY } from '../web/headers';
import { contentTypeFor } from '../web/mime';
import { resolveStaticPath } from '../web/static';
import { APP_SCHEME, isAppUrl } from './urls';

export interface ProtocolLike {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges?: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean } }[],
  ): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** Must run before the app is ready (Electron reads privileged schemes at start-up). */
export function registerPrivilegedScheme(protocol: Pick<ProtocolLike, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Must run once the app is ready. */
export function registerAppProtocol(protocol: Pick<ProtocolLike, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}

type Body = ConstructorParameters<typeof Response>[0];

function answer(status: number, body: Body, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!isAppUrl(request.url)) return answer(404, '未找到', 'text/plain; charset=utf-8');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return answer(405, '不允许的请求方法', 'text/plain; charset=utf-8');
    }
    // Refuses `..`, backslashes, NUL bytes and undecodable escapes: nothing outside rendererDir.
    const file = resolveStaticPath(rendererDir, new URL(request.url).pathname);
    if (file === null || file === 'forbidden') return answer(403, '禁止访问', 'text/plain; charset=utf-8');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      // Missing files and folders alike: nothing outside the built renderer is ever described.
      return answer(404, '未找到', 'text/plain; charset=utf-8');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(content);
    return answer(200, body, contentTypeFor(path.extname(file)));
  };
}
