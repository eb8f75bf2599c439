/**
 * Opening the database at start with an integrity check (`PRAGMA quick_check`). A damaged file is not
 * opened for work and not touched: the runtime serves an empty in-memory database instead, and its
 * start-up state offers the newest backup that passes its own check. A database from a newer
 * BriefDesk or an unreadable folder is not "damaged": those errors go up as before.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import { openDatabase, type Db } from '../db/connection';
import type { BackupInfo } from '../../../shared/archive/types';
import { dailyBackupDue, newestGoodBackup, quickCheckOk } from './backups';
import { ArchiveRuntime } from './runtime';

const DAMAGED = '数据库文件已损坏（完整性检查未通过），不能继续使用。';

function isCorruption(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'DB_NOT_SQLITE';
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

/** The opened database, or the reason it is damaged. */
export function openChecked(file: string): { db: Db } | { problem: string } {
  let db: Db;
  try {
    db = openDatabase(file);
  } catch (error) {
    if (existsSync(file) && isCorruption(error)) {
      return { problem: error instanceof Error ? `${DAMAGED}\n${error.message}` : DAMAGED };
    }
    throw error;
  }
  try {
    if (quickCheckOk(db)) return { db };
  } catch (error) {
    if (!isCorruption(error)) {
      db.close();
      throw error;
    }
  }
  db.close();
  return { problem: DAMAGED };
}

export interface OpenArchiveOptions {
  now?: () => string;
}

export function openArchive(file: string, options: OpenArchiveOptions = {}): ArchiveRuntime {
  const checked = openChecked(file);
  if ('db' in checked) return new ArchiveRuntime(file, checked.db, { kind: 'ok' }, options.now);
  return new ArchiveRuntime(
    file,
    openDatabase(':memory:'),
    { kind: 'damaged', databasePath: file, problem: checked.problem, offer: newestGoodBackup(file) },
    options.now,
  );
}

/** Makes the automatic backup when it is due; null when not due or the database is damaged. */
export async function runDailyBackupIfDue(runtime: ArchiveRuntime, now: string): Promise<BackupInfo | null> {
  if (runtime.startup.kind !== 'ok' || !dailyBackupDue(runtime.databasePath, now)) return null;
  return runtime.backup('auto', now);
}

/**
 * The daily backup: once at start and then every `intervalMs`, a backup is made when none was made in
 * the last 24 hours. Failures are logged, never thrown at the host. Returns a stop function.
 */
export function scheduleDailyBackups(
  runtime: ArchiveRuntime,
  options: { intervalMs?: number; now?: () => string; log?: (message: string, error: unknown) => void } = {},
): () => void {
  const now = options.now ?? (() => new Date().toISOString());
  const log = options.log ?? ((message, error) => console.error(message, error));
  const tick = () => {
    runDailyBackupIfDue(runtime, now()).catch((error: unknown) => log('[briefdesk] daily backup failed', error));
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
