/**
 * A fresh checkout has no bundled fonts until the set-up script fetched them: browser mode then says so
 * in the terminal and through app.info (which the page shows), and its print HTML references no font
 * file that is not there, so the preview makes no request that could only 404.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HTTP_TOKEN_HEADER } from '../../../shared/contract/api';
import { BUNDLED_FONT_FILES, FETCH_FONTS_COMMAND } from '../../../electron/services/fonts/bundledFonts';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { tempDatabasePath, tempFolder } from '../services/helpers';
import { rawRequest } from './request';

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  vi.restoreAllMocks();
});

async function start(fontFiles: readonly string[]) {
  const root = tempFolder();
  const fontsDir = path.join(root, 'fandol');
  const staticDir = path.join(root, 'renderer');
  mkdirSync(fontsDir);
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head></html>');
  for (const file of fontFiles) writeFileSync(path.join(fontsDir, file), 'OTTO');
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const host = await startWebHost({ databasePath: tempDatabasePath(), port: 0, fontsDir, staticDir });
  hosts.push(host);
  const api = async (channel: string, body: unknown) =>
    JSON.parse(
      (
        await rawRequest(host.url, {
          method: 'POST',
          path: `/api/${channel}`,
          headers: { [HTTP_TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).body,
    );
  return { host, api, warn, fontsDir };
}

const meta = { year: 2024, number: 1, totalNumber: null, issueDate: '2024-01-05', periodStart: null, periodEnd: null, partTitle: null };

describe('browser mode without the bundled fonts', () => {
  it('says in the terminal which faces are missing and the one command that fetches them', async () => {
    const { warn } = await start([]);
    const printed = warn.mock.calls.map((call) => String(call[0])).join('\n');
    expect(printed).toContain('缺少随附字体（6/6）');
    for (const file of BUNDLED_FONT_FILES) expect(printed).toContain(file);
    expect(printed).toContain(FETCH_FONTS_COMMAND);
  });

  it('tells the page through app.info, and stops once the files are there', async () => {
    const { api, fontsDir } = await start(['FandolFang-Regular.otf']);
    const before = await api('app.info', {});
    expect(before.value.bundledFonts).toEqual({
      dir: fontsDir,
      missing: BUNDLED_FONT_FILES.filter((file) => file !== 'FandolFang-Regular.otf'),
      fetchCommand: FETCH_FONTS_COMMAND,
    });
    for (const file of BUNDLED_FONT_FILES) copyFileSync(path.join(fontsDir, 'FandolFang-Regular.otf'), path.join(fontsDir, file));
    expect((await api('app.info', {})).value.bundledFonts.missing).toEqual([]);
  });

  it('references no missing font file in the print HTML (no request that can only 404)', async () => {
    const { api, host } = await start(['FandolFang-Regular.otf']);
    const created = await api('issues.create', { seriesId: 1, meta });
    const html: string = (await api('export.printHtml', { id: created.value.id, mode: 'preview' })).value.html;
    const urls = [...html.matchAll(/url\("([^"]+)"\)/g)].map((match) => match[1]!);
    expect(urls).toEqual(['/fonts/FandolFang-Regular.otf']);
    for (const url of urls) expect((await rawRequest(host.url, { path: url })).status).toBe(200);
    // The faces themselves are still declared (with local() sources), so an installed official face is used.
    expect(html).toContain('local("黑体")');
  });

  it('says nothing when every bundled face is there', async () => {
    const { warn, api } = await start(BUNDLED_FONT_FILES);
    expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).not.toContain('缺少随附字体');
    expect((await api('app.info', {})).value.bundledFonts.missing).toEqual([]);
  });
});
