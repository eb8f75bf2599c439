/**
 * Opening the database. A file that is not ours, or that a newer BriefDesk wrote, is refused before
 * anything is written, so the clerk's archive is never altered by the wrong program or an old version.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import { ensureParentFolder } from '../paths';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** The header field that holds `PRAGMA user_version` (4 bytes, big-endian). */
const USER_VERSION_OFFSET = 60;
const HEADER_SIZE = 100;
const BUSY_TIMEOUT_MS = 5000;

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, buffer, 0, HEADER_SIZE, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function notSqlite(file: string): AppError {
  return new AppError('DB_NOT_SQLITE', `文件“${file}”不是简报台的数据库（不是 SQLite 数据库文件），没有打开，也没有做任何改动。`);
}

function tooNew(file: string, version: number): AppError {
  return new AppError(
    'DB_NEWER',
    `数据库“${file}”由较新版本的简报台写入（数据库版本 ${version}，本程序最高支持版本 ${LATEST_SCHEMA_VERSION}）。` +
      '请使用新版简报台打开它；本程序没有做任何改动。',
  );
}

/**
 * The schema version of an existing file, read without writing anything. While no write-ahead log
 * exists the header is authoritative; a read-only SQLite connection would create -wal/-shm files next
 * to a WAL database and leave them behind. With a non-empty log, only SQLite knows the current value.
 */
function storedVersion(file: string, header: Buffer): number | null {
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return Number(reader.pragma('user_version', { simple: true }));
    } finally {
      reader.close();
    }
  }
  return header.length >= HEADER_SIZE ? header.readUInt32BE(USER_VERSION_OFFSET) : null;
}

/** Refuses a foreign or newer file; returns quietly for a missing, empty or current file. */
export function checkDatabaseFile(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  const header = readHeader(file);
  if (header.length < SQLITE_MAGIC.length || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw notSqlite(file);
  }
  const version = storedVersion(file, header);
  if (version !== null && version > LATEST_SCHEMA_VERSION) throw tooNew(file, version);
}

/** Runs the pending migrations in one transaction together with the new `user_version`. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    const target = pending[pending.length - 1]!.version;
    // PRAGMA takes no bound parameters; the value is an integer from our own list.
    db.pragma(`user_version = ${Math.trunc(target)}`);
  })();
}

function describeOpenError(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('DB_NOT_SQLITE', `文件“${file}”已损坏或不是简报台的数据库，无法打开。`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('DB_ERROR', `无法打开数据库“${file}”：${detail}`);
}

export function openDatabase(file: string): Db {
  checkDatabaseFile(file);
  let db: Db | undefined;
  try {
    ensureParentFolder(file);
    db = new Database(file);
    // Checked again on the writable connection, still before the first write (journal_mode writes).
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_SCHEMA_VERSION) throw tooNew(file, version);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    throw describeOpenError(file, error);
  }
}
