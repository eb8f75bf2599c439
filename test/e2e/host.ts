/**
 * Starts the browser-mode host (`electron/web/server.ts`) as a child process on a free port, the way
 * `npm run web` does, and returns its address. A child process, so that a test can kill it hard.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface RunningHost {
  url: string;
  databasePath: string;
  process: ChildProcess;
  /** Graceful stop (SIGTERM), waiting for the process to exit. */
  stop(): Promise<void>;
  /** Hard kill (SIGKILL), as a crash or a power cut would. */
  kill(): Promise<void>;
}

export function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'briefdesk-e2e-')), 'briefdesk.sqlite');
}

/**
 * `env` replaces the host's environment (e.g. the layout check's fontconfig for its Chromium); `today`
 * pins the date the services take as today (`--today`), for tests whose proposals depend on it.
 */
export async function startHost(databasePath = tempDatabasePath(), env?: NodeJS.ProcessEnv, today?: string): Promise<RunningHost> {
  // Node itself with tsx as a loader, not the tsx wrapper: a SIGKILL must hit the server, and the wrapper
  // would die alone and leave the server running (the Node of the test run is the project's Node 24).
  const args = ['--import', 'tsx', 'electron/web/server.ts', '--db', databasePath, '--port', '0', ...(today ? ['--today', today] : [])];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    ...(env ? { env } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    // tsx compiles the host at start: on a loaded shared machine that alone can take 30 s.
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited (${code}) before it started:\n${output}`));
    });
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  return {
    url,
    databasePath,
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
