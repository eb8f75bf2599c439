/**
 * electron-builder.yml, read and validated by electron-builder's own code (app-builder-lib, installed
 * with electron-builder): the same YAML loader and JSON schema `electron-builder` uses, so a misspelt
 * option fails here rather than on the packaging machine.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

type Config = Record<string, unknown> & {
  electronFuses?: Record<string, boolean>;
  nsis?: Record<string, unknown>;
  /** getConfig normalises `files` to file sets. */
  files?: { filter?: string[] }[];
  asarUnpack?: string[];
  linux?: { target?: { target: string; arch: string[] }[]; artifactName?: string };
  win?: { target?: { target: string; arch: string[] }[] };
  directories?: Record<string, string>;
  extraResources?: { from: string; to: string; filter: string[] }[];
};
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as ConfigModule;

type FileFilter = (file: string, stat: { isDirectory(): boolean }) => boolean;
interface FileMatcherModule {
  FileMatcher: new (from: string, to: string, expand: (text: string) => string, patterns: string[]) => { createFilter(): FileFilter };
}
/** electron-builder's own matcher for a file set, so the test selects files exactly as packaging will. */
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as FileMatcherModule;

async function loadConfig(): Promise<Config> {
  return getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it("parses and passes electron-builder's schema", async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
  });

  it('rejects a misspelt option (the schema check is real)', async () => {
    const config = { ...(await loadConfig()), npmRebuilt: false };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} })).rejects.toThrow(/npmRebuilt/);
  });

  it('does not rebuild native modules and unpacks better-sqlite3 from the archive', async () => {
    const config = await loadConfig();
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/prebuilds/*.node');
  });

  it('flips the security fuses', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs only the build output, package.json and the runtime module', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('cn.gov.sc.briefdesk');
    expect(config.productName).toBe('BriefDesk');
    expect(config.directories?.output).toBe('release');
    const patterns = (config.files ?? []).flatMap((set) => set.filter ?? []);
    expect(patterns).toContain('out/electron/**');
    expect(patterns).toContain('out/renderer/**');
    expect(patterns).toContain('package.json');
    for (const pattern of patterns) {
      expect(pattern).toMatch(/^(out\/(electron|renderer)\/\*\*$|package\.json$|node_modules\/better-sqlite3\/)/);
    }
  });

  it('builds an assisted, per-user, Chinese NSIS installer for x64 and AppImage/deb for Linux', async () => {
    const config = await loadConfig();
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      language: '2052',
      deleteAppDataOnUninstall: false,
    });
    expect(config.linux?.target?.map((t) => t.target)).toEqual(['AppImage', 'deb']);
  });

  it('builds the Linux packages for x64 and arm64 (信创 desktops on Phytium/Kunpeng), one file per arch', async () => {
    const config = await loadConfig();
    for (const target of config.linux?.target ?? []) expect(target.arch, target.target).toEqual(['x64', 'arm64']);
    // Without the arch in the name, the x64 and arm64 AppImages would overwrite each other in release/.
    expect(config.linux?.artifactName).toContain('${arch}');
  });

  it('targets only platforms that Electron and better-sqlite3 ship binaries for', async () => {
    const config = await loadConfig();
    // electron's own checksums list every archive of this version; better-sqlite3 its N-API prebuilds.
    const checksums = Object.keys(require('electron/checksums.json') as Record<string, string>);
    const prebuilds = readdirSync(path.join(ROOT, 'node_modules', 'better-sqlite3', 'prebuilds'));
    const wanted = [
      ...(config.win?.target ?? []).flatMap((t) => t.arch.map((arch) => `win32-${arch}`)),
      ...(config.linux?.target ?? []).flatMap((t) => t.arch.map((arch) => `linux-${arch}`)),
    ];
    expect(wanted).toContain('linux-arm64');
    for (const platformArch of new Set(wanted)) {
      expect(
        checksums.some((name) => name.endsWith(`-${platformArch}.zip`)),
        `Electron for ${platformArch}`,
      ).toBe(true);
      expect(prebuilds, `better-sqlite3 for ${platformArch}`).toContain(`${platformArch}.node`);
    }
  });

  it('ships the bundled fonts with their GPL licence to <resources>/fonts, and nothing else of the folder', async () => {
    const config = await loadConfig();
    const fonts = (config.extraResources ?? []).find((set) => set.to === 'fonts');
    expect(fonts?.from).toBe('resources/fonts/fandol');
    const folder = path.join(ROOT, fonts!.from);
    const ships = new FileMatcher(folder, fonts!.to, (text) => text, fonts!.filter).createFilter();
    const file = { isDirectory: () => false };
    const faces = ['FandolFang-Regular.otf', 'FandolKai-Regular.otf', 'FandolHei-Regular.otf', 'FandolHei-Bold.otf'];
    for (const name of [...faces, 'FandolSong-Regular.otf', 'FandolSong-Bold.otf', 'COPYING', 'README.fandol', 'SOURCE']) {
      expect(ships(path.join(folder, name), file), name).toBe(true);
    }
    for (const name of ['fonts.conf', 'texlive-lang-chinese.deb', '.DS_Store', 'notes.txt']) {
      expect(ships(path.join(folder, name), file), name).toBe(false);
    }
  });
});
