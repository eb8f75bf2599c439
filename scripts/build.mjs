// Builds what `electron .` and electron-builder load:
//   out/electron/main.cjs     main process (Node, CommonJS; electron and better-sqlite3 stay external)
//   out/electron/preload.cjs  sandboxed preload (one CommonJS file; only electron external, no Node)
//   out/electron/heavyWorker.cjs  the worker thread for heavy work (CommonJS; better-sqlite3 external)
//   out/renderer/             the React UI, built by Vite (renderer/vite.config.ts)
//   out/cli/briefdesk.mjs     the command line (an ES module and its chunks; better-sqlite3, playwright-core external)
// `node scripts/build.mjs --cli` builds only the command line.
// `node scripts/build.mjs --skip-renderer` builds only the first two; tests call buildElectron().
// `node scripts/build.mjs --dist` (before electron-builder) first checks that the bundled fonts, which
// electron-builder.yml ships from resources/fonts/fandol and git does not hold, have been fetched.
import { spawn } from 'node:child_process';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CLI_BUNDLE } from './cliBundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_FONTS_DIR = path.join(ROOT, 'resources', 'fonts', 'fandol');

/**
 * An installer without the fallback faces would print in whatever face the clerk's machine has, and
 * one without COPYING would break the fonts' GPL. Throws a message that says how to fetch them.
 * @param {string} [fontsDir]
 */
export async function checkDistFonts(fontsDir = DIST_FONTS_DIR) {
  const names = await readdir(fontsDir).catch(() => /** @type {string[]} */ ([]));
  const missing = [];
  if (!names.some((name) => name.toLowerCase().endsWith('.otf'))) missing.push('字体文件（.otf）');
  if (!names.includes('COPYING')) missing.push('字体许可证（COPYING）');
  if (missing.length === 0) return;
  throw new Error(
    `无法打包：${fontsDir} 中缺少${missing.join('和')}。\n` +
      '安装包须带上开源后备字体（Fandol，GPL）。请先在 Debian 上运行：\n' +
      '    bash scripts/setup-layout-tools.sh --fonts\n' +
      '（或从已取得字体的机器复制 resources/fonts/fandol/ 整个文件夹），然后再打包。\n' +
      `Cannot package: ${fontsDir} lacks the bundled fonts or their licence; run \`bash scripts/setup-layout-tools.sh --fonts\` first.`,
  );
}

/** @param {{ outDir?: string }} [options] */
export async function buildElectron(options = {}) {
  const outDir = options.outDir ?? path.join(ROOT, 'out', 'electron');
  await rm(outDir, { recursive: true, force: true });
  const common = {
    bundle: true,
    format: 'cjs',
    absWorkingDir: ROOT,
    logLevel: 'warning',
    legalComments: 'none',
    metafile: true,
  };
  const [main, heavyWorker, preload] = await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'main.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      // better-sqlite3 loads its native prebuild relative to its own folder, so it must stay a package.
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      // The heavy-work worker thread (electron/services/heavy/): main.ts starts it from beside itself.
      entryPoints: [path.join(ROOT, 'electron', 'services', 'heavy', 'worker.ts')],
      outfile: path.join(outDir, 'heavyWorker.cjs'),
      platform: 'node',
      target: 'node22',
      external: ['better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      // A sandboxed preload has no Node: building for the browser makes any Node import fail here.
      platform: 'browser',
      target: 'es2023',
      // The contract's schemas come along with the channel names; minified, the file parses faster.
      minify: true,
      external: ['electron'],
    }),
  ]);
  return { outDir, main: main.metafile, preload: preload.metafile, heavyWorker: heavyWorker.metafile };
}

export { CLI_BUNDLE, cliBundleStale } from './cliBundle.mjs';

/**
 * What the staleness check stats: each source file of ours, and of each package only its package.json
 * (npm rewrites it on every install or update), so some 400 files instead of 1,400.
 * @param {string[]} inputs
 */
function stalenessInputs(inputs) {
  const packageRoot = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//;
  return [
    ...new Set(
      inputs.map((input) => {
        const match = packageRoot.exec(input);
        return match ? `${match[1]}/package.json` : input;
      }),
    ),
  ];
}

/**
 * The command line as an ES module (out/cli/briefdesk.mjs) with its chunks (out/cli/chunks/): a
 * command starts by loading the bundle instead of compiling the TypeScript. The entry holds what
 * `list` and `show` need; each other command's modules (docx, exceljs, pinyin-pro, the readers) are
 * chunks it loads by dynamic import() when it runs. better-sqlite3 (native) and playwright-core
 * (loads its own files by path) stay packages. The CommonJS packages inside call require(), which the
 * banner provides in every file.
 * @param {{ outfile?: string }} [options]
 */
export async function buildCli(options = {}) {
  const outfile = options.outfile ?? CLI_BUNDLE;
  const outdir = path.dirname(outfile);
  // Chunks are named by their content: old ones would pile up.
  await rm(path.join(outdir, 'chunks'), { recursive: true, force: true });
  const result = await build({
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    absWorkingDir: ROOT,
    logLevel: 'warning',
    legalComments: 'none',
    metafile: true,
    // Minified, the megabytes of exceljs, docx and zod parse in a fraction of the time.
    minify: true,
    splitting: true,
    entryPoints: { [path.basename(outfile, '.mjs')]: path.join(ROOT, 'electron', 'cli', 'bundleEntry.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    external: ['better-sqlite3', 'playwright-core'],
    banner: {
      js: "import { createRequire as __briefdeskRequire } from 'node:module'; const require = __briefdeskRequire(import.meta.url);",
    },
  });
  await writeFile(`${outfile}.inputs.json`, JSON.stringify(stalenessInputs(Object.keys(result.metafile.inputs))));
  return { outfile, metafile: result.metafile };
}

export function buildRenderer() {
  // Vite's own bin script under the current Node: no shell, same on Windows and Linux.
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

async function main() {
  if (process.argv.includes('--cli')) {
    await buildCli();
    return;
  }
  if (process.argv.includes('--dist')) await checkDistFonts();
  await Promise.all([buildElectron(), buildCli()]);
  if (!process.argv.includes('--skip-renderer')) await buildRenderer();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
