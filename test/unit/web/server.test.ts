import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../../shared/contract/api';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { WEB_CONTENT_SECURITY_POLICY } from '../../../electron/web/headers';
import { meta, tempDatabasePath, tempFolder } from '../services/helpers';
import { rawRequest } from './request';

const INDEX_HTML = '<!doctype html><html><head><meta charset="utf-8"><title>简报台</title></head><body><div id="root"></div></body></html>';

function fakeRenderer(): string {
  const root = tempFolder();
  const dir = path.join(root, 'renderer');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
  const assets: Record<string, string> = {
    'app.js': 'console.log(1);',
    'app.css': 'body{}',
    'logo.svg': '<svg/>',
    'font.woff2': 'w',
    'font.ttf': 't',
    'icon.png': 'p',
    'data.json': '{}',
    'app.js.map': '{}',
  };
  for (const [name, text] of Object.entries(assets)) writeFileSync(path.join(dir, 'assets', name), text);
  writeFileSync(path.join(root, 'secret.txt'), 'outside the static folder');
  symlinkSync(path.join(root, 'secret.txt'), path.join(dir, 'assets', 'link.txt'));
  return dir;
}

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function start(extra: { maxBodyBytes?: number } = {}) {
  const host = await startWebHost({ databasePath: tempDatabasePath(), staticDir: fakeRenderer(), port: 0, ...extra });
  hosts.push(host);
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    rawRequest(host.url, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { [HTTP_TOKEN_HEADER]: host.token, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { host, api };
}

describe('startWebHost', () => {
  it('listens on 127.0.0.1 with a random token per run', async () => {
    const a = await start();
    const b = await start();
    expect(a.host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(a.host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(a.host.token).not.toBe(b.host.token);
  });

  it('cannot be reached through any other address of this machine', async () => {
    const { host } = await start();
    const port = Number(new URL(host.url).port);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !(i.family === 'IPv4' && i.internal))
      .filter((i) => !i!.address.startsWith('fe80'))
      .map((i) => i!.address);
    for (const address of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      expect(reached, address).toBe(false);
    }
  });

  it('serves index.html (also for /) with the token meta before </head> and the security headers', async () => {
    const { host } = await start();
    for (const p of ['/', '/index.html']) {
      const res = await rawRequest(host.url, { path: p });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toBe(INDEX_HTML.replace('</head>', `<meta name="briefdesk-token" content="${host.token}"></head>`));
      expect(res.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
    }
    expect(WEB_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('serves assets with their content types', async () => {
    const { host } = await start();
    const expected: Record<string, string> = {
      'app.js': 'text/javascript; charset=utf-8',
      'app.css': 'text/css; charset=utf-8',
      'logo.svg': 'image/svg+xml',
      'font.woff2': 'font/woff2',
      'font.ttf': 'font/ttf',
      'icon.png': 'image/png',
      'data.json': 'application/json; charset=utf-8',
      'app.js.map': 'application/json; charset=utf-8',
    };
    for (const [name, type] of Object.entries(expected)) {
      const res = await rawRequest(host.url, { path: `/assets/${name}` });
      expect([res.status, res.headers['content-type']], name).toEqual([200, type]);
    }
    expect((await rawRequest(host.url, { path: '/assets/app.js' })).body).toBe('console.log(1);');
  });

  it('refuses paths that leave the static folder', async () => {
    const { host } = await start();
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2E%2E/%2E%2E/secret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
    ]) {
      const res = await rawRequest(host.url, { path: p });
      expect(res.status, p).toBe(403);
      expect(res.body).not.toContain('outside the static folder');
    }
  });

  it('answers 404 for unknown files and unknown channels', async () => {
    const { host, api } = await start();
    expect((await rawRequest(host.url, { path: '/nothing.js' })).status).toBe(404);
    expect((await rawRequest(host.url, { path: '/assets' })).status).toBe(404);
    const res = await api('issues.drop', {});
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers 401 UNAUTHORIZED without the token or with a wrong one, and runs nothing', async () => {
    const { host, api } = await start();
    const noToken = await rawRequest(host.url, {
      method: 'POST',
      path: '/api/issues.create',
      body: JSON.stringify({ seriesId: 1, meta: meta() }),
    });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await api('issues.create', { seriesId: 1, meta: meta() }, { [HTTP_TOKEN_HEADER]: 'f'.repeat(64) });
    expect(wrong.status).toBe(401);
    const short = await api('app.info', {}, { [HTTP_TOKEN_HEADER]: 'x' });
    expect(short.status).toBe(401);
    const list = JSON.parse((await api('issues.list', { seriesId: 1 })).body);
    expect(list).toEqual({ ok: true, value: [] });
  });

  it('answers 403 to a foreign Host header (DNS rebinding) and a cross-origin Origin', async () => {
    const { host, api } = await start();
    const port = new URL(host.url).port;
    const rebinding = await rawRequest(host.url, { path: '/', headers: { host: `evil.example:${port}` } });
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).not.toContain(host.token);
    expect((await rawRequest(host.url, { path: '/', headers: { host: '127.0.0.1:1' } })).status).toBe(403);
    const rebindingApi = await api('app.info', {}, { host: `evil.example:${port}` });
    expect(rebindingApi.status).toBe(403);
    const crossOrigin = await api('app.info', {}, { origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    const sameOrigin = await api('app.info', {}, { origin: `http://localhost:${port}`, host: `localhost:${port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('round-trips issues.create → issues.get over HTTP', async () => {
    const { host, api } = await start();
    const created = JSON.parse((await api('issues.create', { seriesId: 1, meta: meta() })).body);
    expect(created).toMatchObject({ ok: true, value: { seriesId: 1, year: 2024, number: 12 } });
    const got = await api('issues.get', { id: created.value.id });
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body)).toEqual(created);
    const info = JSON.parse((await api('app.info', '')).body);
    expect(info).toMatchObject({ ok: true, value: { host: 'web' } });
    expect(host.url).toBeTruthy();
  });

  it('answers every Result with 200, including refusals from the services', async () => {
    const { api } = await start();
    const res = await api('issues.get', { id: 'x' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers 400 INVALID_INPUT to malformed JSON', async () => {
    const { api } = await start();
    const res = await api('issues.get', '{"id": 1');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers 413 INVALID_INPUT to a body above the limit, declared or streamed', async () => {
    const { host, api } = await start({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ id: 1, pad: 'x'.repeat(2048) });
    const declared = await api('issues.get', big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const streamed = await rawRequest(host.url, {
      method: 'POST',
      path: '/api/issues.get',
      headers: { [HTTP_TOKEN_HEADER]: host.token, 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(streamed.status).toBe(413);
  });

  it('closes the server and the database', async () => {
    const { host } = await start();
    await host.close();
    await expect(rawRequest(host.url, { path: '/' })).rejects.toThrow();
  });
});
