/**
 * Where the heavy worker's script is when the code runs from source (browser mode under tsx, the
 * tests under vitest): this folder's worker.ts, started with tsx's loader so Node can run TypeScript.
 * A process tsx started already has the loader in its execArgv, which a worker inherits; vitest's
 * does not, so it is added. The Electron main process names its bundled worker itself (main.ts).
 * Only hosts running from source import this file (it reads import.meta.url).
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HeavyPoolOptions } from './pool';

export function sourceWorkerOptions(): Pick<HeavyPoolOptions, 'workerFile' | 'execArgv'> {
  const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const hasTsx = process.execArgv.some((arg) => /[\\/]tsx[\\/]/.test(arg) || arg === 'tsx');
  if (hasTsx) return { workerFile };
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { workerFile, execArgv: [...process.execArgv, '--import', loader] };
}
