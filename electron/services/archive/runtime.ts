/**
 * The database a host serves, as something that can be replaced while the app runs: restoring a
 * backup closes the connection and opens the restored file. Handlers hold `runtime.db`, a stand-in
 * that forwards every call to the current connection, so after a restore every handler sees the new
 * one without being rebuilt. better-sqlite3 is synchronous, so no call is ever half on the old one.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import type { BackupInfo, RecoveryResult, StartupState } from '../../../shared/archive/types';
import { AppError } from '../../../shared/contract/result';
import { openDatabase, type Db } from '../db/connection';
import { backupPath, createBackup, isGoodBackup, listBackups } from './backups';
import { forgetShortQueryCache } from '../db/shortQueryCache';

const runtimes = new WeakMap<object, ArchiveRuntime>();

/** The runtime behind a handler context's db, when the host made one (tests may pass a bare db). */
export function runtimeOf(db: Db): ArchiveRuntime | undefined {
  return runtimes.get(db);
}

function badBackup(name: string): AppError {
  return new AppError('CONFLICT', `备份“${name}”不完整或已损坏，不能用来恢复。请选择其他备份。`);
}

export function fileStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:.]/g, '');
}

/** Moves a database and its -wal/-shm together, so the moved copy still opens as it was. */
function moveDatabaseFiles(from: string, to: string): void {
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
  }
  if (existsSync(from)) renameSync(from, to);
}

function removeSideFiles(file: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** Puts a copy of `source` at `target` (written beside it first, then renamed into place). */
function placeCopy(source: string, target: string): void {
  const temporary = `${target}.restoring`;
  copyFileSync(source, temporary);
  removeSideFiles(target);
  renameSync(temporary, target);
}

export class ArchiveRuntime {
  readonly db: Db;
  /** Set by close(): scheduled work stops quietly. */
  closed = false;
  private current: Db;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly databasePath: string,
    initial: Db,
    public startup: StartupState,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {
    this.current = initial;
    // A Proxy so handlers keep one object; methods are bound to the connection of the moment.
    this.db = new Proxy(initial, {
      get: (_target, property) => {
        const value: unknown = Reflect.get(this.current, property, this.current);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(this.current) : value;
      },
    });
    runtimes.set(this.db, this);
  }

  /** Runs backup/restore work one at a time (a restore must not start while a backup copies). */
  exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  backup(kind: 'auto' | 'manual', now: string = this.clock()): Promise<BackupInfo> {
    return this.exclusive(() => {
      if (this.startup.kind !== 'ok') throw new AppError('CONFLICT', '数据库已损坏，不能备份；请先从备份恢复。');
      return createBackup(this.current, this.databasePath, kind, now);
    });
  }

  /** Replaces the database with a backup after backing up the current one; returns that safety copy. */
  restore(name: string): Promise<BackupInfo> {
    return this.exclusive(async () => {
      const source = backupPath(this.databasePath, name);
      if (!existsSync(source)) throw new AppError('NOT_FOUND', `找不到备份“${name}”。`);
      if (!isGoodBackup(source)) throw badBackup(name);
      const safety = await createBackup(this.current, this.databasePath, 'before-restore', this.clock());
      this.current.close();
      try {
        placeCopy(source, this.databasePath);
        this.current = openDatabase(this.databasePath);
        forgetShortQueryCache(this.db);
      } catch (error) {
        // Put the state from just before back, so the app goes on with what the clerk had.
        placeCopy(backupPath(this.databasePath, safety.name), this.databasePath);
        this.current = openDatabase(this.databasePath);
        forgetShortQueryCache(this.db);
        throw error;
      }
      return safety;
    });
  }

  /** Start-up recovery: keeps the damaged file renamed beside it and puts the backup in its place. */
  recover(name: string): Promise<RecoveryResult> {
    return this.exclusive(() => {
      if (this.startup.kind !== 'damaged') throw new AppError('CONFLICT', '数据库完好，不需要从备份恢复。');
      const source = backupPath(this.databasePath, name);
      if (!existsSync(source)) throw new AppError('NOT_FOUND', `找不到备份“${name}”。`);
      if (!isGoodBackup(source)) throw badBackup(name);
      const damagedCopy = `${this.databasePath}.damaged-${fileStamp(this.clock())}`;
      moveDatabaseFiles(this.databasePath, damagedCopy);
      placeCopy(source, this.databasePath);
      const next = openDatabase(this.databasePath);
      const placeholder = this.current;
      this.current = next;
      forgetShortQueryCache(this.db);
      placeholder.close();
      this.startup = { kind: 'ok' };
      return { damagedCopy, restoredFrom: name };
    });
  }

  backups(): BackupInfo[] {
    return listBackups(this.databasePath);
  }

  close(): void {
    this.closed = true;
    if (this.current.open) this.current.close();
  }
}
