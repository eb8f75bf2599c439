// Where the bundled command line lives and whether it must be rebuilt: kept apart from build.mjs so
// `npm run cli` decides without loading esbuild (scripts/cli.mjs imports build.mjs only to rebuild).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CLI_BUNDLE = path.join(ROOT, 'out', 'cli', 'briefdesk.mjs');

function modified(file) {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
}

/**
 * Whether the bundle is older than any file it was built from (or missing): `npm run cli` rebuilds
 * only then, so a command after an edit runs the edited code and every other one starts at once.
 * Synchronous stats: some 1,400 inputs are checked in milliseconds.
 * @param {string} [outfile]
 */
export async function cliBundleStale(outfile = CLI_BUNDLE) {
  try {
    const built = statSync(outfile).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${outfile}.inputs.json`, 'utf8'));
    return inputs.some((input) => modified(path.join(ROOT, input)) > built);
  } catch {
    return true;
  }
}
