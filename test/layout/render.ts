/**
 * Renders documents to PDF the two ways the layout check compares: a DOCX through LibreOffice 25.2
 * (`soffice --headless --convert-to pdf`) and a print-HTML page through Debian's Chromium (playwright-core,
 * `page.pdf`). Both child processes get the test fontconfig (fonts.conf next to this file) through their own
 * environment only, so they draw with the Fandol fonts whatever the machine has installed.
 * Tools come from scripts/setup-layout-tools.sh.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export const FONTCONFIG_FILE = path.join(HERE, 'fonts.conf');
export const FANDOL_DIR = path.resolve(HERE, '../../resources/fonts/fandol');
export const SOFFICE_PATH = process.env.SOFFICE_PATH ?? 'soffice';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** LibreOffice can hang on a broken document; a conversion normally takes well under 5 s. */
const SOFFICE_TIMEOUT_MS = 120_000;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The environment for a renderer child: the caller's, with the test fontconfig. */
export function layoutEnv(): NodeJS.ProcessEnv {
  return { ...process.env, FONTCONFIG_FILE };
}

/** Fails early with the fix, instead of letting a renderer silently fall back to other faces. */
export function assertFontsPresent(): void {
  if (!existsSync(path.join(FANDOL_DIR, 'FandolFang-Regular.otf'))) {
    throw new Error(`Fandol fonts missing in ${FANDOL_DIR}: run bash scripts/setup-layout-tools.sh`);
  }
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a tool without a shell; rejects with its stderr when it fails. */
export function run(
  file: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; binary?: false } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { env: options.env ?? process.env, timeout: options.timeoutMs ?? 60_000, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });
}

/** Like run, for tools that write binary data (pdftoppm) to stdout. */
export function runBinary(file: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { encoding: 'buffer', timeout: 60_000, maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stderr.toString()}`));
        return;
      }
      resolve(stdout);
    });
  });
}

// One LibreOffice profile per test process: creating it costs a few seconds on the first conversion, and
// two soffice processes must never share one, so conversions are queued.
let profileDir: Promise<string> | undefined;
let sofficeQueue: Promise<unknown> = Promise.resolve();

function libreOfficeProfile(): Promise<string> {
  profileDir ??= mkdtemp(path.join(tmpdir(), 'briefdesk-lo-profile-'));
  return profileDir;
}

/**
 * The PDF filter keeping the blank pages LibreOffice inserts itself (an oddPage section after an odd
 * page): its export leaves them out by default, which a 合订本's page count must not.
 */
export const PDF_WITH_BLANK_PAGES = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

/**
 * Converts a DOCX to PDF with LibreOffice; returns the PDF's path (outDir/<name>.pdf).
 * LibreOffice exits 0 even when it could not convert, so the output file is what counts.
 */
export function docxToPdf(docxPath: string, outDir: string, filter = 'pdf'): Promise<string> {
  const job = sofficeQueue.then(async () => {
    assertFontsPresent();
    const profile = await libreOfficeProfile();
    await mkdir(outDir, { recursive: true });
    const pdfPath = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
    await rm(pdfPath, { force: true });
    const { stdout, stderr } = await run(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        docxPath,
      ],
      { env: layoutEnv(), timeoutMs: SOFFICE_TIMEOUT_MS },
    );
    if (!existsSync(pdfPath)) {
      throw new Error(`LibreOffice wrote no PDF for ${docxPath}\n${stdout}\n${stderr}`);
    }
    return pdfPath;
  });
  // A failed conversion must not block the ones queued after it.
  sofficeQueue = job.catch(() => undefined);
  return job;
}

let browser: Promise<Browser> | undefined;

function layoutBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    env: layoutEnv(),
  });
  return browser;
}

/**
 * Prints a page to PDF with Chromium, taking the page size and margins from the page's own CSS (@page).
 * `source` is HTML markup (written to a temporary file, so file: URLs in it load) or the URL of a page.
 */
export async function htmlToPdf(source: string | URL, pdfPath: string): Promise<string> {
  assertFontsPresent();
  const context = await (await layoutBrowser()).newContext();
  let tempDir: string | undefined;
  try {
    const page = await context.newPage();
    let url: string;
    if (typeof source === 'string') {
      tempDir = await mkdtemp(path.join(tmpdir(), 'briefdesk-print-'));
      const htmlPath = path.join(tempDir, 'print.html');
      await writeFile(htmlPath, source, 'utf8');
      url = pathToFileURL(htmlPath).href;
    } else {
      url = source.href;
    }
    await page.goto(url, { waitUntil: 'load' });
    // Web fonts load lazily; printing before they are ready would measure a fallback face.
    // (A string, because this tsconfig has no DOM types.)
    await page.evaluate('document.fonts.ready.then(() => true)');
    await page.emulateMedia({ media: 'print' });
    await mkdir(path.dirname(pdfPath), { recursive: true });
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    return pdfPath;
  } finally {
    await context.close();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/** Closes the shared Chromium and removes the LibreOffice profile; call from afterAll. */
export async function closeRenderers(): Promise<void> {
  const b = browser;
  browser = undefined;
  if (b) await (await b).close();
  const profile = profileDir;
  profileDir = undefined;
  if (profile) {
    await sofficeQueue;
    await rm(await profile, { recursive: true, force: true });
  }
}
