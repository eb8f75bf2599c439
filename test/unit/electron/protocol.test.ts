import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_CONTENT_SECURITY_POLICY as CONTENT_SECURITY_POLICY } from '../../../electron/web/headers';
import {
  createAppProtocolHandler,
  registerAppProtocol,
  registerPrivilegedScheme,
} from '../../../electron/shell/protocol';

let base: string;
let rendererDir: string;
const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'briefdesk-protocol-'));
  rendererDir = path.join(base, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>简报台</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'assets', 'index-1.css'), 'body{}');
  writeFileSync(path.join(rendererDir, 'assets', 'font.woff2'), 'woff2');
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.txt'), SECRET);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

function get(url: string, method = 'GET'): Promise<Response> {
  return createAppProtocolHandler(rendererDir)(new Request(url, { method }));
}

describe('app:// protocol handler', () => {
  it('serves index.html for the root with the CSP header and an HTML content type', async () => {
    const response = await get('app://briefdesk/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>简报台</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html by name and assets with their MIME types, all with the CSP', async () => {
    const cases: [string, string][] = [
      ['app://briefdesk/index.html', 'text/html; charset=utf-8'],
      ['app://briefdesk/assets/index-1.js', 'text/javascript; charset=utf-8'],
      ['app://briefdesk/assets/index-1.css', 'text/css; charset=utf-8'],
      ['app://briefdesk/assets/font.woff2', 'font/woff2'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it.each([
    'app://briefdesk/..%2fsecret.txt',
    'app://briefdesk/assets/..%2f..%2fsecret.txt',
    'app://briefdesk/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://briefdesk/..%2frenderer-evil/x.txt',
    'app://briefdesk/..%5csecret.txt',
    'app://briefdesk/index.html%00.js',
    'app://briefdesk/%E0%A4%A',
  ])('refuses path traversal and malformed paths: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('answers 404 for missing files, folders and other hosts, and 405 for writes', async () => {
    expect((await get('app://briefdesk/missing.js')).status).toBe(404);
    expect((await get('app://briefdesk/assets/')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://briefdesk/index.html', 'POST')).status).toBe(405);
  });

  it('keeps what URL parsing normalises inside the folder', async () => {
    // Dot segments (even encoded ones) are removed by URL parsing; a doubled slash is not an absolute path.
    expect((await get('app://briefdesk/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('app://briefdesk//etc/passwd')).status).toBe(404);
  });
});

describe('CSP', () => {
  it('names no remote source and keeps scripts to our own files', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('protocol registration', () => {
  it('registers app: as a standard, secure, fetch-capable scheme', () => {
    const schemes: unknown[] = [];
    registerPrivilegedScheme({ registerSchemesAsPrivileged: (s) => schemes.push(...s) });
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('handles the app scheme with a handler that serves the renderer folder', async () => {
    const handled = new Map<string, (request: Request) => Response | Promise<Response>>();
    registerAppProtocol({ handle: (scheme, handler) => handled.set(scheme, handler) }, rendererDir);
    expect([...handled.keys()]).toEqual(['app']);
    const response = await handled.get('app')!(new Request('app://briefdesk/index.html'));
    expect(response.status).toBe(200);
  });
});
