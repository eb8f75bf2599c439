/**
 * The test fontconfig (fonts.conf) resolves the official face names to the right Fandol files, with the
 * weight fix for Fandol's Bold files; and that fix is needed (a control config without it picks the Bold
 * file for regular 黑体).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FANDOL_DIR, FONTCONFIG_FILE, assertFontsPresent, run } from './render';

async function fcMatch(pattern: string, configFile = FONTCONFIG_FILE): Promise<string> {
  const { stdout } = await run('fc-match', ['--format', '%{file|basename}', pattern], {
    env: { ...process.env, FONTCONFIG_FILE: configFile },
  });
  return stdout.trim();
}

let tempDir: string;

beforeAll(async () => {
  assertFontsPresent();
  tempDir = await mkdtemp(path.join(tmpdir(), 'briefdesk-fontconfig-'));
});

afterAll(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe('test/layout/fonts.conf', () => {
  it.each([
    ['仿宋_GB2312', 'FandolFang-Regular.otf'],
    ['仿宋', 'FandolFang-Regular.otf'],
    ['FangSong', 'FandolFang-Regular.otf'],
    ['楷体_GB2312', 'FandolKai-Regular.otf'],
    ['楷体', 'FandolKai-Regular.otf'],
    ['KaiTi', 'FandolKai-Regular.otf'],
    ['黑体', 'FandolHei-Regular.otf'],
    ['SimHei', 'FandolHei-Regular.otf'],
    ['黑体:bold', 'FandolHei-Bold.otf'],
    ['宋体', 'FandolSong-Regular.otf'],
    ['SimSun', 'FandolSong-Regular.otf'],
    ['方正小标宋简体', 'FandolSong-Bold.otf'],
    ['Times New Roman', 'LiberationSerif-Regular.ttf'],
    ['Times New Roman:bold', 'LiberationSerif-Bold.ttf'],
  ])('maps %s to %s', async (family, file) => {
    expect(await fcMatch(family)).toBe(file);
  });

  it('needs its scan-time weight fix: without it regular 黑体 gets the Bold file', async () => {
    // The same config without the <match target="scan"> rules, with absolute font folder and its own
    // cache (fontconfig keeps scan results per folder, so sharing the cache would hide the difference).
    const original = await readFile(FONTCONFIG_FILE, 'utf8');
    const withoutFix = original
      .replace(/<match target="scan">[\s\S]*?<\/match>/g, '')
      .replace(/<dir prefix="relative">[^<]*<\/dir>/, `<dir>${FANDOL_DIR}</dir>`)
      .replace(/<cachedir[^>]*>[^<]*<\/cachedir>/, `<cachedir>${path.join(tempDir, 'cache')}</cachedir>`);
    expect(withoutFix).not.toContain('target="scan"');
    const config = path.join(tempDir, 'without-fix.conf');
    await writeFile(config, withoutFix);
    expect(await fcMatch('黑体', config)).toBe('FandolHei-Bold.otf');
  });
});
