/**
 * `GET /fonts/<file>`: the bundled fallback faces (resources/fonts/fandol) that the print HTML names
 * in its @font-face rules, so the preview and the printed pages never fall back to a random face.
 * Read-only; font files only; nothing outside the fonts folder (no `..`, no link leading out of it).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendText } from './headers';
import { contentTypeFor } from './mime';
import { realFileInside, resolveStaticPath } from './static';

export const FONTS_URL_PREFIX = '/fonts/';
const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.otf', '.ttf']);
/** The faces do not change while the host runs; a preview that re-renders need not fetch 30 MB again. */
const FONT_CACHE_CONTROL = 'private, max-age=86400';

export function isFontsPath(pathname: string): boolean {
  return pathname.startsWith(FONTS_URL_PREFIX);
}

export async function serveFonts(req: IncomingMessage, res: ServerResponse, pathname: string, fontsDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, '不支持的请求方法。', { Allow: 'GET, HEAD' });
    return;
  }
  const resolved = resolveStaticPath(fontsDir, `/${pathname.slice(FONTS_URL_PREFIX.length)}`);
  if (resolved === 'forbidden') {
    sendText(res, 403, '禁止访问。');
    return;
  }
  // Only font files: the folder also holds the licence and README, which the pages never need.
  if (resolved === null || !FONT_EXTENSIONS.has(path.extname(resolved).toLowerCase())) {
    sendText(res, 404, '找不到该字体文件。');
    return;
  }
  const file = await realFileInside(fontsDir, resolved);
  if (file === 'forbidden') {
    sendText(res, 403, '禁止访问。');
    return;
  }
  if (file === null) {
    sendText(res, 404, '找不到该字体文件。');
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'Content-Type': contentTypeFor(path.extname(file)),
    'Content-Length': String(body.length),
    'Cache-Control': FONT_CACHE_CONTROL,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
