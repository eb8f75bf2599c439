/**
 * Browser mode: the same services as the desktop app, served to a browser on this machine only.
 * `tsx electron/web/server.ts [--db <path>] [--port <n>] [--static <dir>] [--today <YYYY-MM-DD>]` (what `npm run web` runs
 * after building the renderer into out/renderer, the default static folder; `--today` pins the date the
 * services take as today, for the end-to-end tests and demonstrations). Listens on 127.0.0.1 only; every API call needs the per-run token.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HTTP_API_PREFIX } from '../../shared/contract/api';
import { isIsoDate } from '../../shared/issues/dates';
import { AppError, fail } from '../../shared/contract/result';
import { readAppVersion } from '../services/appVersion';
import { openArchive, scheduleDailyBackups } from '../services/archive/startup';
import { createHandlers } from '../services/handlers';
import { bundledFontsStatus, missingFontsNotice } from '../services/fonts/bundledFonts';
import { defaultDatabasePath } from '../services/paths';
import { chromiumPdfRenderer } from '../services/export/chromiumPdf';
import type { PdfRenderer } from '../services/export/pdfRenderer';
import { createHeavyPool } from '../services/heavy/pool';
import { sourceWorkerOptions } from '../services/heavy/workerFile';
import { handleApi, MAX_BODY_BYTES } from './api';
import { FONTS_URL_PREFIX, isFontsPath, serveFonts } from './fonts';
import { isAllowedHost, isAllowedOrigin } from './guards';
import { sendJson, sendText, setSecurityHeaders } from './headers';
import { serveStatic } from './static';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_STATIC_DIR = path.join(REPO_ROOT, 'out', 'renderer');
/** The bundled fallback faces (fetched by scripts/setup-layout-tools.sh --fonts), served at /fonts/. */
export const DEFAULT_FONTS_DIR = path.join(REPO_ROOT, 'resources', 'fonts', 'fandol');
const LISTEN_HOST = '127.0.0.1';

export interface WebHostOptions {
  databasePath: string;
  /** 0 or absent: any free port. */
  port?: number;
  staticDir: string;
  /** Where the fonts served at /fonts/ live; resources/fonts/fandol by default. */
  fontsDir?: string;
  /** Makes PDFs for `export.pdf`; Chromium through playwright-core by default. */
  pdf?: PdfRenderer;
  /** A fixed token for tests; by default a random one per run. */
  token?: string;
  /** Request body limit; 32 MB unless a test wants a small one. */
  maxBodyBytes?: number;
  /** The date (YYYY-MM-DD) the services take as today; the local date by default. */
  today?: string;
  /** false: heavy tasks run on this loop instead of in worker threads. */
  heavy?: false;
}

export interface WebHost {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** The path of a request target without query or fragment; null for absolute-form or odd targets. */
function pathnameOf(target: string | undefined): string | null {
  if (!target || !target.startsWith('/')) return null;
  return target.split(/[?#]/, 1)[0] ?? null;
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  // Integrity check at start; a damaged file is offered a backup through archive.startupState.
  const archive = openArchive(opts.databasePath);
  // Browser mode keeps Chromium two minutes after a PDF, so the next one finds its faces loaded.
  const pdf = opts.pdf ?? chromiumPdfRenderer({ keepWarmMs: 120_000 });
  const stopBackups = scheduleDailyBackups(archive);
  // Imports, DOCX and index rebuilds run in worker threads, so this loop keeps answering meanwhile.
  // Started on demand: under tsx a worker takes seconds to load, which tests starting hosts should not pay.
  const heavy = opts.heavy === false ? undefined : createHeavyPool(sourceWorkerOptions());
  const closeArchive = () => {
    stopBackups();
    void pdf.close?.();
    void heavy?.close();
    archive.close();
  };
  const fontsDir = opts.fontsDir ?? DEFAULT_FONTS_DIR;
  const handlers = createHandlers(archive.db, {
    host: 'web',
    databasePath: opts.databasePath,
    version: readAppVersion(),
    fontBaseUrl: FONTS_URL_PREFIX,
    fontsDir,
    pdf,
    ...(opts.today !== undefined ? { today: () => opts.today! } : {}),
    ...(heavy ? { heavy } : {}),
  });
  const fontsNotice = missingFontsNotice(bundledFontsStatus(fontsDir));
  if (fontsNotice) console.warn(fontsNotice);
  const token = opts.token ?? randomBytes(32).toString('hex');
  const maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const pathname = pathnameOf(req.url);
    const isApi = pathname?.startsWith(HTTP_API_PREFIX) ?? false;
    if (!isAllowedHost(req.headers, port) || !isAllowedOrigin(req.headers, port)) {
      const message = '拒绝访问：请求不是来自本机的简报台页面。';
      if (isApi) sendJson(res, 403, fail('UNAUTHORIZED', message));
      else sendText(res, 403, message);
      return;
    }
    if (pathname === null) {
      sendText(res, 400, '请求地址不正确。');
      return;
    }
    if (isApi) await handleApi(req, res, pathname, { handlers, token, maxBodyBytes });
    else if (isFontsPath(pathname)) await serveFonts(req, res, pathname, fontsDir);
    else await serveStatic(req, res, pathname, { staticDir: opts.staticDir, token });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[briefdesk] web request failed:', error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', '程序内部错误，操作未完成。'));
      else res.destroy();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, LISTEN_HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    closeArchive();
    throw error;
  }
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${LISTEN_HOST}:${port}/`,
    token,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          closeArchive();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function describeStartError(error: unknown, port: number | undefined): string {
  if (error instanceof AppError) return error.message;
  if ((error as { code?: unknown }).code === 'EADDRINUSE') return `端口 ${port ?? ''} 已被占用，请换一个端口（--port）。`;
  return error instanceof Error ? error.message : String(error);
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new Error(`端口应为 0 到 65535 之间的整数：${value}`);
  return port;
}

async function main(): Promise<void> {
  let databasePath: string;
  let port: number;
  let staticDir: string;
  let today: string | undefined;
  try {
    const { values } = parseArgs({
      options: { db: { type: 'string' }, port: { type: 'string' }, static: { type: 'string' }, today: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    databasePath = path.resolve(values.db ?? defaultDatabasePath());
    port = parsePort(values.port);
    staticDir = path.resolve(values.static ?? DEFAULT_STATIC_DIR);
    if (values.today !== undefined && !isIsoDate(values.today)) throw new Error(`日期应为 YYYY-MM-DD：${values.today}`);
    today = values.today;
  } catch (error) {
    console.error(`参数不正确：${error instanceof Error ? error.message : String(error)}`);
    console.error('用法：tsx electron/web/server.ts [--db <数据库文件>] [--port <端口>] [--static <界面文件夹>] [--today <日期>]');
    process.exit(1);
  }
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.error(`提示：找不到界面文件 ${path.join(staticDir, 'index.html')}，请用 npm run web 启动（会先构建界面）。`);
  }
  let host: WebHost;
  try {
    host = await startWebHost({ databasePath, port, staticDir, ...(today !== undefined ? { today } : {}) });
  } catch (error) {
    console.error(`简报台浏览器模式无法启动：${describeStartError(error, port)}`);
    process.exit(1);
  }
  console.log(`简报台浏览器模式已启动：${host.url}`);
  console.log(`数据库：${databasePath}`);
  console.log('按 Ctrl+C 停止。');
  const stop = () => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) void main();
