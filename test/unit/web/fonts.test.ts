/** Browser mode's /fonts/ route: the bundled faces, read-only, font files only, nothing outside the folder. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../../shared/contract/api';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { tempDatabasePath, tempFolder } from '../services/helpers';
import type { PdfRenderer } from '../../../electron/services/export/pdfRenderer';
import { rawRequest } from './request';

function fakeFonts(): { fontsDir: string; staticDir: string } {
  const root = tempFolder();
  const fontsDir = path.join(root, 'fandol');
  const staticDir = path.join(root, 'renderer');
  mkdirSync(fontsDir);
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head></html>');
  writeFileSync(path.join(fontsDir, 'FandolFang-Regular.otf'), 'OTTO-fang');
  writeFileSync(path.join(fontsDir, 'Face.woff2'), 'wOF2');
  writeFileSync(path.join(fontsDir, 'Face.ttf'), 'ttf');
  writeFileSync(path.join(fontsDir, 'COPYING'), 'GPL');
  writeFileSync(path.join(fontsDir, 'README.fandol'), 'readme');
  writeFileSync(path.join(root, 'secret.otf'), 'outside the fonts folder');
  symlinkSync(path.join(root, 'secret.otf'), path.join(fontsDir, 'Link.otf'));
  return { fontsDir, staticDir };
}

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function start(pdf?: PdfRenderer) {
  const dirs = fakeFonts();
  const host = await startWebHost({ databasePath: tempDatabasePath(), port: 0, ...dirs, ...(pdf ? { pdf } : {}) });
  hosts.push(host);
  return host;
}

describe('GET /fonts/<file>', () => {
  it.each([
    ['FandolFang-Regular.otf', 'font/otf', 'OTTO-fang'],
    ['Face.woff2', 'font/woff2', 'wOF2'],
    ['Face.ttf', 'font/ttf', 'ttf'],
  ])('serves %s as %s without a token', async (file, type, body) => {
    const host = await start();
    const res = await rawRequest(host.url, { path: `/fonts/${file}` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.body).toBe(body);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
  });

  it('answers HEAD without a body', async () => {
    const host = await start();
    const res = await rawRequest(host.url, { method: 'HEAD', path: '/fonts/Face.ttf' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe('3');
    expect(res.body).toBe('');
  });

  it.each(['/fonts/COPYING', '/fonts/README.fandol', '/fonts/', '/fonts/missing.otf', '/fonts/sub/x.otf'])(
    'answers 404 for %s (only font files are served)',
    async (target) => {
      const host = await start();
      const res = await rawRequest(host.url, { path: target });
      expect(res.status).toBe(404);
      expect(res.body).not.toMatch(/GPL|readme|<html/);
    },
  );

  it.each([
    '/fonts/../secret.otf',
    '/fonts/%2e%2e/secret.otf',
    '/fonts/..%2fsecret.otf',
    '/fonts/..%5csecret.otf',
    '/fonts/Link.otf',
    '/fonts/%00.otf',
  ])('refuses %s: nothing outside the fonts folder', async (target) => {
    const host = await start();
    const res = await rawRequest(host.url, { path: target });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('outside the fonts folder');
  });

  it('is read-only: other methods are refused', async () => {
    const host = await start();
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await rawRequest(host.url, {
        method,
        path: '/fonts/Face.ttf',
        headers: { [HTTP_TOKEN_HEADER]: host.token },
        body: 'x',
      });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
  });

  it('applies the Host check like every other path', async () => {
    const host = await start();
    const res = await rawRequest(host.url, { path: '/fonts/Face.ttf', headers: { host: 'evil.example' } });
    expect(res.status).toBe(403);
  });
});

describe('print HTML and PDF in browser mode', () => {
  async function withIssue(pdf?: PdfRenderer) {
    const host = await start(pdf);
    const api = (channel: string, body: unknown) =>
      rawRequest(host.url, {
        method: 'POST',
        path: `/api/${channel}`,
        headers: { [HTTP_TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const meta = { year: 2024, number: 1, totalNumber: null, issueDate: '2024-01-05', periodStart: null, periodEnd: null, partTitle: null };
    const created = JSON.parse((await api('issues.create', { seriesId: 1, meta })).body);
    return { host, api, id: created.value.id as number };
  }

  it('export.pdf goes through the host renderer it was given', async () => {
    const { api, id } = await withIssue({ renderPdf: async () => new TextEncoder().encode('%PDF-web') });
    const answer = JSON.parse((await api('export.pdf', { id })).body);
    expect(answer.ok).toBe(true);
    expect(answer.value.fileName).toBe('窗口工作周报2024年第1期.pdf');
    expect(Buffer.from(answer.value.base64, 'base64').toString('latin1')).toBe('%PDF-web');
  });

  it('names the fonts under /fonts/, where this host serves them', async () => {
    const host = await start();
    const api = (channel: string, body: unknown) =>
      rawRequest(host.url, {
        method: 'POST',
        path: `/api/${channel}`,
        headers: { [HTTP_TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const meta = { year: 2024, number: 1, totalNumber: null, issueDate: '2024-01-05', periodStart: null, periodEnd: null, partTitle: null };
    const created = JSON.parse((await api('issues.create', { seriesId: 1, meta })).body);
    const answer = JSON.parse((await api('export.printHtml', { id: created.value.id, mode: 'preview' })).body);
    const url = answer.value.html.match(/url\("(\/fonts\/FandolFang-Regular\.otf)"\)/)?.[1];
    expect(url).toBe('/fonts/FandolFang-Regular.otf');
    const font = await rawRequest(host.url, { path: url });
    expect(font.status).toBe(200);
    expect(font.body).toBe('OTTO-fang');
  });
});
