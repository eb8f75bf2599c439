import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WEB_CONTENT_SECURITY_POLICY as CONTENT_SECURITY_POLICY } from '../../../electron/web/headers';
import { createAppProtocolHandler, registerAppProtocol, registerPrivilegedScheme } from '../../../electron/shell/protocol';
import { PrintDocuments } from '../../../electron/shell/printDocuments';

let base: string;
let rendererDir: string;
let fontsDir: string;
let printDocuments: PrintDocuments;
const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';
const OTF = new Uint8Array([0x4f, 0x54, 0x54, 0x4f, 0, 1, 2, 3]);

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

  fontsDir = path.join(base, 'fonts');
  mkdirSync(path.join(fontsDir, 'sub'), { recursive: true });
  writeFileSync(path.join(fontsDir, 'FandolFang-Regular.otf'), OTF);
  writeFileSync(path.join(fontsDir, 'sub', 'Face.woff2'), 'woff2');
  writeFileSync(path.join(fontsDir, 'COPYING'), 'GNU GENERAL PUBLIC LICENSE');
  writeFileSync(path.join(fontsDir, 'README.fandol'), 'readme');
  writeFileSync(path.join(fontsDir, 'notes.txt'), 'notes');
  // A font outside the folder, and a link inside it that leads there.
  writeFileSync(path.join(base, 'outside.otf'), SECRET);
  symlinkSync(path.join(base, 'outside.otf'), path.join(fontsDir, 'link.otf'));
  // Links in the renderer folder: one out of it (file and folder), one that stays inside.
  symlinkSync(path.join(base, 'secret.txt'), path.join(rendererDir, 'leak.txt'));
  symlinkSync(path.join(base, 'renderer-evil'), path.join(rendererDir, 'evil'));
  symlinkSync(path.join(rendererDir, 'assets', 'index-1.js'), path.join(rendererDir, 'alias.js'));
});

beforeEach(() => {
  printDocuments = new PrintDocuments();
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

function get(url: string, method = 'GET'): Promise<Response> {
  return createAppProtocolHandler({ rendererDir, fontsDir, printDocuments })(new Request(url, { method }));
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

  it('does not follow a link out of the renderer folder, as browser mode does not (issue 13 item 11)', async () => {
    for (const url of ['app://briefdesk/leak.txt', 'app://briefdesk/evil/x.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain(SECRET);
    }
    const inside = await get('app://briefdesk/alias.js');
    expect(inside.status).toBe(200);
    expect(await inside.text()).toBe('console.log(1)');
  });

  it('keeps what URL parsing normalises inside the folder', async () => {
    // Dot segments (even encoded ones) are removed by URL parsing; a doubled slash is not an absolute path.
    expect((await get('app://briefdesk/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('app://briefdesk//etc/passwd')).status).toBe(404);
  });
});

describe('app://briefdesk/fonts/ (the bundled faces)', () => {
  it('serves a font file with its content type, its bytes and a cache lifetime', async () => {
    const response = await get('app://briefdesk/fonts/FandolFang-Regular.otf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('font/otf');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(OTF);
    const nested = await get('app://briefdesk/fonts/sub/Face.woff2');
    expect(nested.status).toBe(200);
    expect(nested.headers.get('content-type')).toBe('font/woff2');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://briefdesk/fonts/FandolFang-Regular.otf', 'HEAD');
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('serves font files only: not the licence, the README or other files of the folder', async () => {
    for (const name of ['COPYING', 'README.fandol', 'notes.txt', 'missing.otf', 'sub/']) {
      const response = await get(`app://briefdesk/fonts/${name}`);
      expect(response.status, name).toBe(404);
      expect(await response.text(), name).not.toContain('GNU');
    }
  });

  it.each([
    'app://briefdesk/fonts/..%2foutside.otf',
    'app://briefdesk/fonts/sub/..%2f..%2foutside.otf',
    'app://briefdesk/fonts/%2e%2e%2foutside.otf',
    'app://briefdesk/fonts/..%5coutside.otf',
    'app://briefdesk/fonts/FandolFang-Regular.otf%00.otf',
    'app://briefdesk/fonts/link.otf',
  ])('refuses traversal and links leading out of the fonts folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('does not serve the renderer under /fonts/, nor the fonts outside it', async () => {
    expect((await get('app://briefdesk/fonts/index.html')).status).toBe(404);
    expect((await get('app://briefdesk/FandolFang-Regular.otf')).status).toBe(404);
  });
});

describe('app://briefdesk/__print/<id>.html (print documents in memory)', () => {
  const HTML = '<!doctype html><style>body{}</style><p>2022年第28期</p>';

  it('serves a registered document as HTML with the CSP, never cached', async () => {
    const { url } = printDocuments.register(HTML);
    expect(url).toMatch(/^app:\/\/briefdesk\/__print\/[0-9a-f-]{36}\.html$/);
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(HTML);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 404 once the document is released, and for ids never registered', async () => {
    const { id, url } = printDocuments.register(HTML);
    const other = printDocuments.register('<p>other</p>');
    printDocuments.release(id);
    expect((await get(url)).status).toBe(404);
    expect(await (await get(other.url)).text()).toBe('<p>other</p>');
    expect((await get('app://briefdesk/__print/00000000-0000-4000-8000-000000000000.html')).status).toBe(404);
    expect((await get(other.url.replace(/\.html$/, ''))).status).toBe(404);
    expect((await get('app://briefdesk/__print/')).status).toBe(404);
  });

  it('gives every document its own random id', () => {
    const ids = new Set(Array.from({ length: 50 }, () => printDocuments.register(HTML).id));
    expect(ids.size).toBe(50);
    expect(printDocuments.size).toBe(50);
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
    registerAppProtocol({ handle: (scheme, handler) => handled.set(scheme, handler) }, { rendererDir, fontsDir, printDocuments });
    expect([...handled.keys()]).toEqual(['app']);
    const response = await handled.get('app')!(new Request('app://briefdesk/index.html'));
    expect(response.status).toBe(200);
  });
});
