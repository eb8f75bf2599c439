/**
 * Opening the database at start with an integrity check (`PRAGMA quick_check`). A damaged file is not
 * opened for work and not touched: the runtime serves an empty in-memory database instead, and its
 * start-up state offers the newest backup that passes its own check. A database from a newer
 * BriefDesk or an unreadable folder is not "damaged": those errors go up as before.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/contract/result';
import { openDatabase, type Db } from '../db/connection';
import type { BackupInfo, StartupState } from '../../../shared/archive/types';
import { collectUnusedPictures } from '../pictures/collectPictures';
import { dailyBackupDue, newestGoodBackup, quickCheckOk } from './backups';
import { ArchiveRuntime } from './runtime';

const DAMAGED = '数据库文件已损坏（完整性检查未通过），不能继续使用。';

function isCorruption(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'DB_NOT_SQLITE';
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

/** The opened database, or why it is damaged (with the error to report when no backup can help). */
export function openChecked(file: string): { db: Db } | { problem: string; error: AppError } {
  let db: Db;
  try {
    db = openDatabase(file);
  } catch (error) {
    if (existsSync(file) && isCorruption(error)) {
      const detail = error instanceof Error ? error.message : String(error);
      return { problem: `${DAMAGED}\n${detail}`, error: error instanceof AppError ? error : new AppError('DB_NOT_SQLITE', detail) };
    }
    throw error;
  }
  let problem = DAMAGED;
  try {
    if (quickCheckOk(db)) return { db };
  } catch (error) {
    if (!isCorruption(error)) {
      db.close();
      throw error;
    }
    problem = `${DAMAGED}\n${error instanceof Error ? error.message : String(error)}`;
  }
  db.close();
  return { problem, error: new AppError('DB_NOT_SQLITE', `数据库“${file}”已损坏（完整性检查未通过），无法使用。`) };
}

/**
 * At start every picture no stored body or save point names is freed (pictures/collectPictures.ts),
 * but those stored in the last hour: a browser tab that outlived a restart of the host may still
 * hold one unsaved. A failure here costs only disk space: it is logged, the database opens.
 */
function freeUnusedPictures(db: Db, now: string): void {
  try {
    collectUnusedPictures(db, undefined, new Date(Date.parse(now) - PICTURE_GRACE_MS).toISOString());
  } catch (error) {
    console.error('[briefdesk] unused pictures not freed:', error);
  }
}

const PICTURE_GRACE_MS = 60 * 60 * 1000;

export interface OpenArchiveOptions {
  now?: () => string;
}

/**
 * Opens the database for a host. A damaged file with a good backup gives a runtime in the damaged
 * state (the offer); without one, the open error is thrown as before, and the host explains and stops.
 */
export function openArchive(file: string, options: OpenArchiveOptions = {}): ArchiveRuntime {
  const checked = openChecked(file);
  if ('db' in checked) {
    freeUnusedPictures(checked.db, options.now?.() ?? new Date().toISOString());
    return new ArchiveRuntime(file, checked.db, { kind: 'ok' }, options.now);
  }
  const offer = newestGoodBackup(file);
  if (!offer) throw checked.error;
  return new ArchiveRuntime(
    file,
    openDatabase(':memory:'),
    { kind: 'damaged', databasePath: file, problem: checked.problem, offer },
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
  options: { firstDelayMs?: number; intervalMs?: number; now?: () => string; log?: (message: string, error: unknown) => void } = {},
): () => void {
  const now = options.now ?? (() => new Date().toISOString());
  const log = options.log ?? ((message, error) => console.error(message, error));
  let interval: ReturnType<typeof setInterval> | null = null;
  const tick = () => {
    if (runtime.closed) return;
    runDailyBackupIfDue(runtime, now()).catch((error: unknown) => {
      if (!runtime.closed) log('[briefdesk] daily backup failed', error);
    });
  };
  // Not at the very first instant: start-up stays quick, and a short run (a test, a quick look) makes none.
  const first = setTimeout(
    () => {
      tick();
      interval = setInterval(tick, options.intervalMs ?? 60 * 60 * 1000);
      interval.unref();
    },
    options.firstDelayMs ?? 60 * 1000,
  );
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval) clearInterval(interval);
  };
}

export interface RecoveryPrompt {
  /** Asks whether to restore the offered backup; true = restore. */
  confirmRestore(message: string): boolean;
  /** Says that the database is damaged and no backup can replace it. */
  explain(message: string): void;
}

/** The text of the start-up offer (Electron shows it in a dialog; the page shows the same facts). */
export function recoveryMessage(state: Extract<StartupState, { kind: 'damaged' }>): string {
  const lines = [state.problem, '', `数据库文件：${state.databasePath}`];
  if (state.offer) {
    lines.push(
      '',
      `可以从最近一份完好的备份恢复：${state.offer.name}（${state.offer.createdAt}）。`,
      '损坏的文件不会被删除：它会改名保存在原文件旁边。此备份之后的修改无法找回。',
    );
  } else {
    lines.push('', '没有找到可用的备份。简报台没有改动这个文件，请联系维护人员。');
  }
  return lines.join('\n');
}

/**
 * Electron's start: a damaged database gets a dialog offering the newest good backup. Returns true when
 * the app can go on (the database was fine, or the backup is in place), false when it should quit.
 */
export async function resolveDamagedStart(runtime: ArchiveRuntime, prompt: RecoveryPrompt): Promise<boolean> {
  const state = runtime.startup;
  if (state.kind === 'ok') return true;
  if (!state.offer) {
    prompt.explain(recoveryMessage(state));
    return false;
  }
  if (!prompt.confirmRestore(recoveryMessage(state))) return false;
  await runtime.recover(state.offer.name);
  return true;
}
