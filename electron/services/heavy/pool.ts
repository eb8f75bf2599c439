/**
 * The host side of heavy work: a few worker threads (worker.ts), each running one task at a time on
 * its own better-sqlite3 connection to the host's database file (WAL lets them read while the host
 * reads and writes; their writes start IMMEDIATE and wait out the busy timeout). Idle workers are
 * kept for the next task and never keep the process alive. Cancelling asks the task to stop, then
 * terminates its worker if it is still busy a moment later (a transaction cut off is rolled back).
 */
import { Worker } from 'node:worker_threads';
import { cancelledError, deserializeError, workerLostError, type HostToWorker, type WorkerToHost } from './protocol';
import type { HeavyRunOptions } from './run';
import type { HeavyInput, HeavyOutput, HeavyTaskName } from './tasks';

export interface HeavyPoolOptions {
  /** The worker's script: out/electron/heavyWorker.cjs in the app, worker.ts under tsx (workerFile.ts). */
  workerFile: string;
  /** Node options for the workers (tsx's loader for a .ts file); by default the host's own. */
  execArgv?: string[];
  /** Workers at most (tasks beyond wait); 2 by default. */
  maxWorkers?: number;
  /** How long a cancelled task may take to stop on its own before its worker is terminated. */
  cancelGraceMs?: number;
  /**
   * Start one worker now, so the first task does not wait for it to load its modules (≈1 s bundled,
   * several under tsx on a busy machine). Hosts the clerk uses warm; tests start workers on demand.
   */
  warm?: boolean;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  databasePath: string;
  options: HeavyRunOptions;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export interface HeavyPool {
  run<K extends HeavyTaskName>(databasePath: string, task: K, input: HeavyInput<K>, options?: HeavyRunOptions): Promise<HeavyOutput<K>>;
  /** Ends every worker; running tasks are rejected as cancelled. */
  close(): Promise<void>;
}

export function createHeavyPool(options: HeavyPoolOptions): HeavyPool {
  const maxWorkers = options.maxWorkers ?? 2;
  const grace = options.cancelGraceMs ?? 200;
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(options.workerFile, options.execArgv ? { execArgv: options.execArgv } : {});
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (message: WorkerToHost) => onMessage(slot, message));
    worker.on('error', (error) => {
      console.error('[briefdesk] heavy worker failed:', error);
    });
    worker.on('exit', () => {
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      const job = slot.job;
      slot.job = null;
      if (job) job.reject(job.options.signal?.aborted || closed ? cancelledError() : workerLostError());
      pump();
    });
    slots.push(slot);
    return slot;
  }

  function finish(slot: Slot, settle: (job: Job) => void): void {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    slot.worker.unref();
    settle(job);
    pump();
  }

  function onMessage(slot: Slot, message: WorkerToHost): void {
    const job = slot.job;
    if (!job || ('id' in message && message.id !== job.id)) return;
    if (message.type === 'progress') job.options.onProgress?.(message.progress);
    else if (message.type === 'done') finish(slot, (j) => j.resolve(message.value));
    else if (message.type === 'failed') finish(slot, (j) => j.reject(deserializeError(message.error)));
  }

  function start(slot: Slot, job: Job): void {
    slot.job = job;
    // A busy worker keeps the process alive until it answers, as any pending request does.
    slot.worker.ref();
    const message: HostToWorker = { type: 'run', id: job.id, task: job.task, input: job.input, databasePath: job.databasePath };
    slot.worker.postMessage(message);
  }

  function pump(): void {
    while (waiting.length > 0 && !closed) {
      let slot = slots.find((s) => s.job === null);
      if (!slot && slots.length < maxWorkers) slot = spawn();
      if (!slot) return;
      start(slot, waiting.shift()!);
    }
  }

  function cancel(job: Job): void {
    const queued = waiting.indexOf(job);
    if (queued >= 0) {
      waiting.splice(queued, 1);
      job.reject(cancelledError());
      return;
    }
    const slot = slots.find((s) => s.job === job);
    if (!slot) return;
    const message: HostToWorker = { type: 'cancel', id: job.id };
    slot.worker.postMessage(message);
    // A task busy in synchronous code never sees the message: its worker goes, and with it the task.
    setTimeout(() => {
      if (slot.job === job) void slot.worker.terminate();
    }, grace).unref();
  }

  if (options.warm) spawn();

  return {
    run(databasePath, task, input, runOptions = {}) {
      return new Promise((resolve, reject) => {
        if (closed) throw cancelledError();
        const signal = runOptions.signal;
        if (signal?.aborted) throw cancelledError();
        const job: Job = {
          id: nextId++,
          task,
          input,
          databasePath,
          options: runOptions,
          resolve: resolve as (value: unknown) => void,
          reject,
        };
        signal?.addEventListener('abort', () => cancel(job), { once: true });
        waiting.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(cancelledError());
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
