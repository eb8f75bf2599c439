import path from 'node:path';
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
