/**
 * Runs a TypeScript entry point of this repo in a child process the way the npm scripts do (tsx), with
 * the same Node as the test runner — the system Node may be too old for better-sqlite3.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX_CLI = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** A command the child runs under (e.g. setpriv to drop root), with its own arguments before Node's. */
export interface Wrapper {
  command: string;
  prefix: string[];
}

export function spawnTsx(entry: string, args: string[], env: Record<string, string> = {}, wrapper?: Wrapper): ChildProcess {
  const node = [process.execPath, TSX_CLI, entry, ...args];
  const [command, ...rest] = wrapper ? [wrapper.command, ...wrapper.prefix, ...node] : node;
  return spawn(command!, rest, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runTsx(entry: string, args: string[], env: Record<string, string> = {}, wrapper?: Wrapper): Promise<RunResult> {
  const child = spawnTsx(entry, args, env, wrapper);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
