/**
 * The renderer's files, as Vite built them. Only files inside the static folder are served (no `..`,
 * no symlink leading out of it); index.html gets the per-run token as a meta tag, which is how the
 * renderer learns it — a page from another origin cannot read it.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendText } from './headers';
import { contentTypeFor } from './mime';

export const TOKEN_META_NAME = 'briefdesk-token';

export function injectToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${token}">`;
  const at = html.indexOf('</head>');
  return at === -1 ? meta + html : html.slice(0, at) + meta + html.slice(at);
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The file a URL path names inside `root`, 'forbidden' for anything that tries to leave it, or null
 * for a path that cannot name a file (bad escapes).
 */
export function resolveStaticPath(root: string, pathname: string): string | 'forbidden' | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return 'forbidden';
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return 'forbidden';
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(root, relative);
  return isInside(path.resolve(root), full) ? full : 'forbidden';
}

/** The real file behind `file` if it is a regular file still inside `root` after following links. */
export async function realFileInside(root: string, file: string): Promise<string | 'forbidden' | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile)) return 'forbidden';
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  opts: { staticDir: string; token: string },
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, '不支持的请求方法。', { Allow: 'GET, HEAD' });
    return;
  }
  const resolved = resolveStaticPath(opts.staticDir, pathname);
  const file = typeof resolved === 'string' && resolved !== 'forbidden' ? await realFileInside(opts.staticDir, resolved) : resolved;
  if (file === 'forbidden') {
    sendText(res, 403, '禁止访问。');
    return;
  }
  if (file === null) {
    sendText(res, 404, '找不到该页面或文件。');
    return;
  }
  const extension = path.extname(file);
  let body: Buffer = await readFile(file);
  if (path.basename(file) === 'index.html' && path.dirname(file) === (await realpath(opts.staticDir))) {
    body = Buffer.from(injectToken(body.toString('utf8'), opts.token), 'utf8');
  }
  res.writeHead(200, { 'Content-Type': contentTypeFor(extension), 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
