/**
 * `runHeavy`: how a handler runs a heavy task. With a pool (the Electron main process, the browser-mode
 * host) the task runs in a worker thread on its own connection to the same database file, and the
 * host's event loop keeps answering; without one (the command line, which has no window to freeze,
 * and tests on an in-memory database) it runs right here, the same function on the same connection.
 */
import type { Db } from '../db/connection';
import type { HostInfo } from '../hostInfo';
import { cancelledError, type HeavyProgress } from './protocol';
import { runTask, type HeavyInput, type HeavyOutput, type HeavyTaskName } from './tasks';

export interface HeavyRunOptions {
  onProgress?: (progress: HeavyProgress) => void;
  signal?: AbortSignal;
}

/** A database a worker can open too: a file, opened for writing (a read-only copy stays in-process). */
export function sharedDatabasePath(db: Db): string | null {
  return db.memory || db.readonly || db.name === '' ? null : db.name;
}

export function runHeavy<K extends HeavyTaskName>(
  ctx: { db: Db; info: Pick<HostInfo, 'heavy'> },
  task: K,
  input: HeavyInput<K>,
  options: HeavyRunOptions = {},
): Promise<HeavyOutput<K>> {
  const databasePath = sharedDatabasePath(ctx.db);
  if (ctx.info.heavy && databasePath !== null) return ctx.info.heavy.run(databasePath, task, input, options);
  return runInProcess(ctx.db, task, input, options);
}

export async function runInProcess<K extends HeavyTaskName>(
  db: Db,
  task: K,
  input: HeavyInput<K>,
  options: HeavyRunOptions = {},
): Promise<HeavyOutput<K>> {
  const signal = options.signal ?? new AbortController().signal;
  if (signal.aborted) throw cancelledError();
  const value = await runTask(db, task, input, { onProgress: (progress) => options.onProgress?.(progress), signal });
  // As in a worker (worker.ts): a task cancelled while it awaited answers CANCELLED, not its value.
  if (signal.aborted) throw cancelledError();
  return value;
}
