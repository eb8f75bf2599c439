/**
 * Issue 13 item 2: two processes writing one database at once wait for each other instead of failing.
 * This process saves an issue in a loop through the dispatcher (as the app's host does) while the
 * bundled command line imports a past issue with --save --replace, again and again, in another
 * process. Before every write transaction started IMMEDIATE, 5 of 9 imports and some saves failed
 * with SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT. Now: 0 failures.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIssue, doc, makeHarness, paragraph } from '../archive/harness';
import { REPO_ROOT } from '../cli/spawnTsx';
import { SAMPLES_DIR } from '../import/files';

const IMPORTS = 6;
const folder = path.join(REPO_ROOT, 'out', `cli-writers-${process.pid}`);
const bundle = path.join(folder, 'briefdesk.mjs');

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  const script = (await import(pathToFileURL(path.join(REPO_ROOT, 'scripts', 'build.mjs')).href)) as {
    buildCli(options: { outfile: string }): Promise<unknown>;
  };
  await script.buildCli({ outfile: bundle });
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function importOnce(db: string): Promise<{ code: number | null; stderr: string }> {
  const sample = path.join(SAMPLES_DIR, 'weekly-2022-28.txt');
  const child = spawn(process.execPath, [bundle, 'import', sample, '--save', '--replace', '--db', db], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('two processes writing at once', () => {
  it('the host saving in a loop and the command line importing: 0 failures', async () => {
    const h = makeHarness();
    const id = await addIssue(h, {}, [paragraph('第0次保存。')]);
    let importsDone = false;
    const failedImports: string[] = [];
    const imports = (async () => {
      for (let i = 0; i < IMPORTS; i++) {
        const run = await importOnce(h.file);
        if (run.code !== 0) failedImports.push(run.stderr);
      }
      importsDone = true;
    })();

    let saves = 0;
    const failedSaves: string[] = [];
    while (!importsDone) {
      saves += 1;
      const result = await h.call('issues.saveDocument', { id, document: doc(paragraph(`第${saves}次保存。`)) });
      if (!result.ok) failedSaves.push(`${result.error.code} ${result.error.message}`);
      await yieldToEvents();
    }
    await imports;
    console.log(`[two writers] ${saves} saves, ${IMPORTS} imports`);
    expect(failedImports).toEqual([]);
    expect(failedSaves).toEqual([]);
    expect(saves).toBeGreaterThan(IMPORTS);
    // Each --replace moved the previous import to the recycle bin: one live, the rest recoverable.
    const count = (deleted: boolean) =>
      (
        h.db
          .prepare(`SELECT COUNT(*) AS n FROM issues WHERE year = 2022 AND number = 28 AND deleted_at IS ${deleted ? 'NOT ' : ''}NULL`)
          .get() as { n: number }
      ).n;
    expect(count(false)).toBe(1);
    expect(count(true)).toBe(IMPORTS - 1);
  }, 300_000);
});
