/**
 * What crosses between a host and a heavy-work worker (structured clone): a task to run, its progress,
 * its answer or its error. Errors travel as data and are rebuilt on the host as what the task threw —
 * an AppError with its code and message, a SqliteError with its SQLITE_* code — so dispatch turns them
 * into the same Result as when the task ran in the host's own thread.
 */
import { AppError, ERROR_CODES, type ErrorCode } from '../../../shared/contract/result';
import { sqliteErrorCode } from '../db/errors';

/** How far a task has come: `done` of `total` steps (files read, issues indexed, pages built). */
export interface HeavyProgress {
  done: number;
  total: number;
  /** What is being worked on, in Chinese, when the task says (a file name, 2024年第3期). */
  label?: string;
}

export type SerializedError =
  | { kind: 'app'; code: ErrorCode; message: string }
  | { kind: 'sqlite'; code: string; message: string }
  | { kind: 'other'; message: string; stack?: string };

export type HostToWorker = { type: 'run'; id: number; task: string; input: unknown; databasePath: string } | { type: 'cancel'; id: number };

export type WorkerToHost =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: HeavyProgress }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) return { kind: 'app', code: error.code, message: error.message };
  const sqlite = sqliteErrorCode(error);
  if (sqlite) return { kind: 'sqlite', code: sqlite, message: (error as Error).message };
  if (error instanceof Error) return { kind: 'other', message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { kind: 'other', message: String(error) };
}

export function deserializeError(data: SerializedError): Error {
  if (data.kind === 'app') {
    const code = (ERROR_CODES as readonly string[]).includes(data.code) ? data.code : 'INTERNAL';
    return new AppError(code, data.message);
  }
  const error = new Error(data.message);
  if (data.kind === 'sqlite') {
    // The shape sqliteErrorCode recognises, so dispatch and the CLI say the same sentence as before.
    error.name = 'SqliteError';
    (error as Error & { code: string }).code = data.code;
  } else if (data.stack) {
    error.stack = data.stack;
  }
  return error;
}

/** A task that was cancelled (its AbortSignal fired) before it finished: nothing it did was kept. */
export function cancelledError(): AppError {
  return new AppError('CANCELLED', '操作已取消，没有保存任何改动。');
}

/** The worker ended without answering (out of memory, killed): the host says so and goes on. */
export function workerLostError(): AppError {
  return new AppError('INTERNAL', '后台处理意外中止，操作未完成，数据没有改动。请重试；如果反复出现，请联系维护人员。');
}
