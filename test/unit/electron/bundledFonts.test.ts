import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_FONT_BASE_URL, bundledFontsDir } from '../../../electron/shell/bundledFonts';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('bundledFontsDir', () => {
  it('finds resources/fonts/fandol of the repository from out/electron when unpackaged', () => {
    const dir = bundledFontsDir({ isPackaged: false, resourcesPath: '/unused', mainDir: path.join(ROOT, 'out', 'electron') });
    expect(dir).toBe(path.join(ROOT, 'resources', 'fonts', 'fandol'));
  });

  it('uses <resources>/fonts when packaged (where electron-builder.yml puts them)', () => {
    const dir = bundledFontsDir({ isPackaged: true, resourcesPath: '/opt/BriefDesk/resources', mainDir: '/ignored' });
    expect(dir).toBe(path.join('/opt/BriefDesk/resources', 'fonts'));
  });
});

describe('APP_FONT_BASE_URL', () => {
  it('is the fonts folder on the app origin, with a trailing slash for the file names', () => {
    expect(APP_FONT_BASE_URL).toBe('app://briefdesk/fonts/');
  });
});

interface EnsureFontsScript {
  FONT_FILES: string[];
  FETCH_COMMAND: string;
  missingFonts(dir?: string): string[];
}
/** Imported by URL: the script is plain JavaScript (run by `node scripts/ensure-fonts.mjs`) with no typings. */
const ensureFonts = async () => (await import(pathToFileURL(path.join(ROOT, 'scripts', 'ensure-fonts.mjs')).href)) as EnsureFontsScript;

describe('scripts/ensure-fonts.mjs (before npm start and npm run web)', () => {
  it('checks the same six files the print HTML and app.info name', async () => {
    const { FONT_FILES, FETCH_COMMAND } = await ensureFonts();
    const { BUNDLED_FONT_FILES, FETCH_FONTS_COMMAND } = await import('../../../electron/services/fonts/bundledFonts');
    expect(FONT_FILES).toEqual(BUNDLED_FONT_FILES);
    expect(FETCH_COMMAND).toBe(FETCH_FONTS_COMMAND);
  });

  it('lists what a folder lacks', async () => {
    const { missingFonts, FONT_FILES } = await ensureFonts();
    const dir = mkdtempSync(path.join(tmpdir(), 'briefdesk-fonts-'));
    expect(missingFonts(dir)).toEqual(FONT_FILES);
    writeFileSync(path.join(dir, 'FandolKai-Regular.otf'), 'OTTO');
    expect(missingFonts(dir)).not.toContain('FandolKai-Regular.otf');
    expect(missingFonts(dir)).toHaveLength(5);
  });

  it('is run by npm start and npm run web before anything else', async () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toMatch(/^node scripts\/ensure-fonts\.mjs && /);
    expect(scripts.web).toMatch(/^node scripts\/ensure-fonts\.mjs && /);
  });
});
