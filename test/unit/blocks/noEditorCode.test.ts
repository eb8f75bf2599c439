/**
 * The block modules are read by the main process and the preload (schemas, plain text, print): they
 * name their normaliser's fixes (blocks/module.ts BlockRepair) and leave Slate to normalize.ts, so
 * the editor library stays out of those bundles. This holds them to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../../shared/document/blocks');

describe('block modules', () => {
  it('import no editor code at run time', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(6);
    for (const name of files) {
      const source = readFileSync(path.join(DIR, name), 'utf8');
      const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
      expect(
        runtimeImports.filter((from) => from!.startsWith('slate') || from!.endsWith('slateTypes')),
        name,
      ).toEqual([]);
      expect(source, name).not.toMatch(/^import '\.\.\/slateTypes'/m);
    }
  });
});
