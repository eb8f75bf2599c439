/**
 * `node scripts/build.mjs --dist` refuses to build for distribution until the bundled fonts (not in git)
 * and their licence are in resources/fonts/fandol, and says how to fetch them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface BuildScript {
  DIST_FONTS_DIR: string;
  checkDistFonts(fontsDir?: string): Promise<void>;
}

let script: BuildScript;
let folder: string;

beforeAll(async () => {
  // Imported by URL: the script is plain JavaScript (run by `node scripts/build.mjs`) with no typings.
  script = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'build.mjs')).href)) as BuildScript;
});

beforeEach(() => {
  folder = path.join(mkdtempSync(path.join(tmpdir(), 'briefdesk-dist-')), 'fandol');
});

afterEach(() => rmSync(path.dirname(folder), { recursive: true, force: true }));

describe('checkDistFonts', () => {
  it('checks the folder electron-builder.yml ships', () => {
    expect(script.DIST_FONTS_DIR).toBe(path.join(ROOT, 'resources', 'fonts', 'fandol'));
  });

  it('fails with the command that fetches the fonts when the folder is missing or has no .otf', async () => {
    await expect(script.checkDistFonts(folder)).rejects.toThrow('bash scripts/setup-layout-tools.sh --fonts');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'COPYING'), 'GPL');
    writeFileSync(path.join(folder, 'README.fandol'), 'readme');
    await expect(script.checkDistFonts(folder)).rejects.toThrow(/字体文件（\.otf）[\s\S]*setup-layout-tools\.sh --fonts/);
  });

  it('fails when the licence is missing, even with the faces there', async () => {
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'FandolFang-Regular.otf'), 'OTTO');
    await expect(script.checkDistFonts(folder)).rejects.toThrow('COPYING');
  });

  it('lets the build go on with the faces and their licence', async () => {
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'FandolFang-Regular.otf'), 'OTTO');
    writeFileSync(path.join(folder, 'COPYING'), 'GPL');
    await expect(script.checkDistFonts(folder)).resolves.toBeUndefined();
  });
});
