/**
 * The heavy-work worker thread (pool.ts starts it): runs one task at a time from the registry
 * (tasks.ts) on its own connection to the database file it is given, opened for the task and closed
 * after, so a backup restored meanwhile is never read through a stale handle. In the app it is its own
 * bundle, out/electron/heavyWorker.cjs (scripts/build.mjs); under tsx and vitest this file itself.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/result';
import { openSharedConnection } from '../db/connection';
import { cancelledError, serializeError, type HostToWorker, type WorkerToHost } from './protocol';
import { isHeavyTaskName, runTask } from './tasks';

// The same messages as in the host (dispatch.ts sets this where requests enter).
z.config(z.locales.zhCN());

const port = parentPort;
if (!port) throw new Error('heavy/worker.ts runs only as a worker thread');

let running: { id: number; controller: AbortController } | null = null;

function send(message: WorkerToHost): void {
  port!.postMessage(message);
}

async function run(message: Extract<HostToWorker, { type: 'run' }>): Promise<void> {
  const controller = new AbortController();
  running = { id: message.id, controller };
  try {
    if (!isHeavyTaskName(message.task)) throw new AppError('INTERNAL', `未知的后台任务：${message.task.slice(0, 60)}`);
    const db = openSharedConnection(message.databasePath);
    try {
      const value = await runTask(db, message.task, message.input as never, {
        onProgress: (progress) => send({ type: 'progress', id: message.id, progress }),
        signal: controller.signal,
      });
      if (controller.signal.aborted) throw cancelledError();
      send({ type: 'done', id: message.id, value });
    } finally {
      db.close();
    }
  } catch (error) {
    send({
      type: 'failed',
      id: message.id,
      error: serializeError(controller.signal.aborted && !(error instanceof AppError) ? cancelledError() : error),
    });
  } finally {
    running = null;
  }
}

port.on('message', (message: HostToWorker) => {
  if (message.type === 'cancel') {
    if (running?.id === message.id) running.controller.abort();
    return;
  }
  void run(message);
});
