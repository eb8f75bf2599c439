/**
 * The heavy-work worker's bundle (scripts/build.mjs → out/electron/heavyWorker.cjs) must start in a
 * packaged app, which has no node_modules but better-sqlite3: esbuild's account of the bundle says it
 * imports nothing else from outside, every task's module is inside it, and a worker started from the
 * built file runs tasks (the roster reader with exceljs, the import reader) on a database file.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeavyPool } from '../../../electron/services/heavy/pool';
import { HEAVY_TASKS } from '../../../electron/services/heavy/tasks';
import { REPO_ROOT } from '../cli/spawnTsx';
import { openTempDatabase, tempDatabasePath } from '../services/helpers';

interface BuildScript {
  buildElectron(options?: { outDir?: string }): Promise<{ outDir: string; heavyWorker: Metafile }>;
}

// Inside the checkout (two folders down, like out/electron/), so better-sqlite3 resolves from node_modules.
const outDir = path.join(REPO_ROOT, 'out', `heavy-worker-test-${process.pid}`);
const workerFile = path.join(outDir, 'heavyWorker.cjs');
let metafile: Metafile;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  const script = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'build.mjs')).href)) as BuildScript;
  ({ heavyWorker: metafile } = await script.buildElectron({ outDir }));
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

describe('the heavy worker bundle', () => {
  it('imports no package from outside but better-sqlite3 (esbuild metafile and the emitted require calls)', () => {
    const external = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
    expect([...new Set(external.filter((name) => !isBuiltin(name)))]).toEqual(['better-sqlite3']);
    const code = readFileSync(workerFile, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
    expect([...new Set(required.filter((name) => !isBuiltin(name)))]).toEqual(['better-sqlite3']);
    // One file: no chunk or relative path left to load beside it.
    expect(Object.keys(metafile.outputs).filter((file) => file.endsWith('.cjs'))).toHaveLength(1);
  });

  it('holds the module of every task in tasks.ts', () => {
    const source = readFileSync(path.join(REPO_ROOT, 'electron/services/heavy/tasks.ts'), 'utf8');
    const modules = [...source.matchAll(/^\s+'[\w.]+': async \(\) => \(await import\('([^']+)'\)\)/gm)].map((m) =>
      path.posix.join('electron/services/heavy', `${m[1]!}.ts`),
    );
    expect(modules).toHaveLength(Object.keys(HEAVY_TASKS).length);
    const inputs = Object.keys(metafile.inputs);
    for (const module of modules) expect(inputs).toContain(module);
  });

  it('runs tasks in a worker started from the built file', async () => {
    const file = tempDatabasePath();
    openTempDatabase(file);
    const pool = createHeavyPool({ workerFile, execArgv: [] });
    try {
      const csv = Buffer.from('部门,姓名,职务\n民政厅,张三,处长\n', 'utf8').toString('base64');
      const roster = await pool.run(file, 'roster.preview', { fileName: '名册.csv', base64: csv, token: 't' });
      expect(roster.counts).toMatchObject({ newPeople: 1, newDepartments: 1 });
      const text = Buffer.from('窗口工作周报\n2024年第3期\n一、动态\n正文。', 'utf8').toString('base64');
      const preview = await pool.run(file, 'import.preview', { fileName: '第3期.txt', base64: text });
      expect(preview.issue.number).toBe(3);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
