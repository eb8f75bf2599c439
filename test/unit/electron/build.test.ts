/**
 * scripts/build.mjs bundles main and preload so that, at run time, they load nothing from node_modules
 * except what must stay outside the bundle: electron (and better-sqlite3 for main, whose native module
 * is found relative to its own folder). The sandboxed preload may not require Node modules at all.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface BuildScript {
  buildElectron(options?: { outDir?: string }): Promise<{ outDir: string }>;
}

let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'briefdesk-build-'));
  // Imported by URL: the script is plain JavaScript (run by `node scripts/build.mjs`) with no typings.
  const script = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'build.mjs')).href)) as BuildScript;
  await script.buildElectron({ outDir });
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function requiredModules(file: string): string[] {
  const code = readFileSync(path.join(outDir, file), 'utf8');
  const names = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}

function isBuiltin(name: string): boolean {
  return name.startsWith('node:') || builtinModules.includes(name);
}

describe('scripts/build.mjs', () => {
  it('bundles main.cjs requiring only electron and better-sqlite3 outside Node built-ins', () => {
    const required = requiredModules('main.cjs');
    expect(required.filter((name) => !isBuiltin(name))).toEqual(['better-sqlite3', 'electron']);
  });

  it('bundles preload.cjs requiring electron and nothing else (not even Node built-ins)', () => {
    expect(requiredModules('preload.cjs')).toEqual(['electron']);
  });

  it('emits CommonJS that finds the renderer and preload next to itself', () => {
    const main = readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
    expect(main).toMatch(/__dirname,\s*"preload\.cjs"/);
    expect(main).toMatch(/__dirname,\s*"\.\.",\s*"renderer"/);
    expect(main).not.toContain('file://');
  });
});
