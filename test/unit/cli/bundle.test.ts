/**
 * Issue 13 item 13: the command line is one bundled ES module (scripts/build.mjs buildCli), so a
 * command starts without compiling TypeScript. The bundle must run on its own: list a database, fail
 * in Chinese, and load nothing from node_modules but the two packages kept outside.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIssue, makeHarness, paragraph } from '../archive/harness';
import { REPO_ROOT } from './spawnTsx';

interface BuildScript {
  buildCli(options?: { outfile?: string }): Promise<{ outfile: string; metafile: Metafile }>;
  cliBundleStale(outfile?: string): Promise<boolean>;
}

// Inside the checkout (two folders down, like out/cli/), so better-sqlite3 resolves from node_modules.
const folder = path.join(REPO_ROOT, 'out', `cli-test-${process.pid}`);
const outfile = path.join(folder, 'briefdesk.mjs');
let script: BuildScript;
let metafile: Metafile;

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  script = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'build.mjs')).href)) as BuildScript;
  ({ metafile } = await script.buildCli({ outfile }));
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [outfile, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('the bundled command line', () => {
  it('lists a database', async () => {
    const h = makeHarness();
    const id = await addIssue(h, {}, [paragraph('推进综窗改革。')]);
    h.db.close();
    const result = run(['list', '--json', '--db', h.file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { issues: { id: number }[] }[])[0]!.issues.map((i) => i.id)).toEqual([id]);
  }, 60_000);

  it('says what is wrong in Chinese, exit code 1', () => {
    const result = run(['list', '--db', path.join(folder, 'none.sqlite')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^错误：找不到数据库文件/);
  }, 60_000);

  it('loads no package but better-sqlite3 and playwright-core from node_modules', () => {
    // esbuild's own account of what the bundle and its chunks still import at run time.
    const external = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
    const packages = [...new Set(external.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name)))].sort();
    expect(packages).toEqual(['better-sqlite3', 'playwright-core']);
  });

  it('starts list without loading docx, exceljs, pinyin-pro or the import readers', () => {
    // What Node loads before `list` runs: the entry and what it imports statically and through main.ts
    // (import-statement), not the chunks other commands load by dynamic import().
    const entry = path.relative(REPO_ROOT, outfile).split(path.sep).join('/');
    const outputs = metafile.outputs;
    const main = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === 'electron/cli/main.ts');
    expect(main).toBeDefined();
    const loaded = new Set<string>();
    const pending = [entry, main!];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (loaded.has(file)) continue;
      loaded.add(file);
      for (const i of outputs[file]!.imports) if (!i.external && i.kind === 'import-statement') pending.push(i.path);
    }
    const inputs = [...loaded].flatMap((file) => Object.keys(outputs[file]!.inputs));
    expect(inputs.some((input) => input.includes('electron/services/handlers/listing.ts'))).toBe(true);
    for (const heavy of [
      'node_modules/docx/',
      'node_modules/exceljs/',
      'node_modules/pinyin-pro/',
      'electron/services/import/',
      'electron/services/export/docx/',
    ]) {
      expect(inputs.filter((input) => input.includes(heavy))).toEqual([]);
    }
  });

  it('runs a command that loads its chunks (search)', async () => {
    const h = makeHarness();
    await addIssue(h, {}, [paragraph('推进综窗改革。')]);
    h.db.close();
    const result = run(['search', '综窗改革', '--json', '--db', h.file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain('综窗改革');
  }, 60_000);

  it('is rebuilt by npm run cli only when a source is newer', async () => {
    expect(await script.cliBundleStale(outfile)).toBe(false);
    expect(await script.cliBundleStale(path.join(folder, 'missing.mjs'))).toBe(true);
  });
});
