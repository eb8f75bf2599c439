/**
 * The heavy tasks: name → the function, loaded when first asked for (a worker that only imports never
 * loads the docx package). Each runs with its own database connection in a worker thread (pool.ts,
 * worker.ts) or, where no worker can share the database (an in-memory test database, the command
 * line), in the caller's thread (run.ts). A task is `(db, input, {onProgress, signal}) => output`;
 * input and output must survive structured clone (plain data, Uint8Array). Adding one is one line
 * here.
 */
import type { Db } from '../db/connection';
import type { HeavyProgress } from './protocol';

export interface HeavyTaskContext {
  /** Says how far the task has come; the host passes it to whoever asked (a progress bar). */
  onProgress(progress: HeavyProgress): void;
  /** Fires when the host cancels. A task that awaits can stop early; the host terminates one that does not. */
  signal: AbortSignal;
}

export type HeavyTask<I, O> = (db: Db, input: I, context: HeavyTaskContext) => O | Promise<O>;

export const HEAVY_TASKS = {
  'import.preview': async () => (await import('../import/importTasks')).previewImportTask,
  'import.save': async () => (await import('../import/importTasks')).saveImportTask,
  'export.docx': async () => (await import('../export/docxTask')).exportDocxTask,
  'roster.preview': async () => (await import('../roster/rosterTasks')).previewRosterTask,
  'roster.commit': async () => (await import('../roster/rosterTasks')).commitRosterTask,
  'search.reindex': async () => (await import('../archive/reindexTask')).reindexTask,
  'compile.docx': async () => (await import('../compile/docxTask')).compileDocxTask,
  'pictures.add': async () => (await import('../pictures/addPicture')).addPictureTask,
} as const;

export type HeavyTaskName = keyof typeof HEAVY_TASKS;
type TaskFunction<K extends HeavyTaskName> = Awaited<ReturnType<(typeof HEAVY_TASKS)[K]>>;
export type HeavyInput<K extends HeavyTaskName> = Parameters<TaskFunction<K>>[1];
export type HeavyOutput<K extends HeavyTaskName> = Awaited<ReturnType<TaskFunction<K>>>;

export function isHeavyTaskName(name: string): name is HeavyTaskName {
  return Object.hasOwn(HEAVY_TASKS, name);
}

/** Runs a task in this thread (the worker itself, or a host without one). */
export async function runTask<K extends HeavyTaskName>(
  db: Db,
  task: K,
  input: HeavyInput<K>,
  context: HeavyTaskContext,
): Promise<HeavyOutput<K>> {
  const run = (await HEAVY_TASKS[task]()) as HeavyTask<HeavyInput<K>, HeavyOutput<K>>;
  return run(db, input, context);
}
