// Runs every end-to-end test on its own (a fresh host, browser and database each), to prove that none
// leans on an earlier test of its file having run: `npm run test:e2e:alone`. The tests come from
// `vitest list`; each is picked by its file and line (`file:line`), so its name needs no escaping.
// The renderer must be built (the npm script does it). Exits non-zero when any test fails alone.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = 'test/e2e/vitest.config.ts';
const vitest = (args) =>
  spawnSync('npx', ['vitest', ...args, '--config', CONFIG], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1' },
  });

const listed = vitest(['list', '--json']);
if (listed.status !== 0) {
  process.stderr.write(listed.stderr);
  process.exit(1);
}
const tests = JSON.parse(listed.stdout);
const failed = [];
const started = Date.now();
for (const [i, test] of tests.entries()) {
  const where = `${path.relative(ROOT, test.file)}:${test.location.line}`;
  const t0 = Date.now();
  const run = vitest(['run', where]);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const ok = run.status === 0 && /Tests\s+1 passed/.test(run.stdout);
  console.log(`${ok ? '✓' : '✗'} ${i + 1}/${tests.length} ${where} ${test.name} (${seconds} s)`);
  if (!ok) {
    failed.push(where);
    // vitest reports a failure's assertion and stack on stderr, the summary on stdout.
    process.stdout.write(`${run.stderr.slice(-6000)}\n${run.stdout.slice(-2000)}`);
  }
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n${tests.length - failed.length}/${tests.length} passed alone in ${minutes} min`);
if (failed.length > 0) {
  console.log(`failed alone: ${failed.join(', ')}`);
  process.exit(1);
}
