/**
 * How every answer crosses the renderer/main boundary: a value, or an error with a stable code and a
 * message in Chinese that the UI can show as it is. Exceptions never cross the boundary.
 */

export const ERROR_CODES = [
  'INVALID_INPUT', // the payload does not match the channel's schema
  'UNKNOWN_CHANNEL', // no such channel in the contract
  'NOT_FOUND', // an id that names nothing (or something in the recycle bin where a live one is needed)
  'DUPLICATE_ISSUE_NUMBER', // same series, year and number as a live issue
  'DUPLICATE_TOTAL_NUMBER', // same series and 总期号 as a live issue
  'NEEDS_CONFIRMATION', // dates that are questioned (shared/issues/dateQuestions.ts) and were not confirmed
  'CONFLICT', // the request contradicts stored state (e.g. restoring over a reused number)
  'ISSUE_FINAL', // the issue is finalized (定稿): it must be reopened before it can change
  'DB_NOT_SQLITE', // the database file is not an SQLite database
  'DB_NEWER', // the database was written by a newer BriefDesk
  'DB_ERROR', // the database refused the operation
  'UNAUTHORIZED', // browser mode: missing or wrong token
  'CANCELLED', // heavy work stopped by its host before it finished (nothing was kept)
  'INTERNAL', // a bug: anything not foreseen
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** Thrown by services for foreseen failures; the dispatcher turns it into `{ok: false, error}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
  toData(): AppErrorData {
    return { code: this.code, message: this.message };
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
