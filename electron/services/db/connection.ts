/**
 * Opening the database. A file that is not ours, or that a newer BriefDesk wrote, is refused before
 * anything is written, so the clerk's archive is never altered by the wrong program or an old version.
 */
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import { ensureParentFolder } from '../paths';
import { sqliteErrorCode, sqliteReason } from './errors';
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
  }).immediate();
}

function describeOpenError(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('DB_NOT_SQLITE', `文件“${file}”已损坏或不是简报台的数据库，无法打开。`);
  }
  // SQLite's own text is English and names no remedy: the clerk gets the reason and what to do.
  const sqlite = sqliteErrorCode(error);
  if (sqlite) {
    return new AppError(
      'DB_ERROR',
      `无法打开数据库“${file}”：${sqliteReason(sqlite)}。简报台需要读写这个文件和它所在的文件夹（会在旁边写日志文件）；` +
        '请把数据库放到可以写入的文件夹，或检查文件的权限和磁盘空间。文件没有改动。',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  const reason = /EACCES|EPERM|EROFS/.test(detail) ? '没有权限，或文件夹是只读的' : '打开时出错';
  return new AppError('DB_ERROR', `无法打开数据库“${file}”：${reason}。文件没有改动。`);
}

/**
 * SQLite reads a WAL database only with its -shm file beside it, which it cannot create in a read-only
 * folder (SQLITE_READONLY_DIRECTORY), and this build takes no `immutable` URI. Then the file (and its
 * log) is copied to a temporary folder and read there; the folder goes when the process ends.
 */
function openReadOnlyConnection(file: string): Db {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      db.pragma('user_version'); // the first read is where SQLite looks for the -shm
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  } catch (error) {
    const code = sqliteErrorCode(error);
    if (code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN') throw error;
    const folder = mkdtempSync(path.join(tmpdir(), 'briefdesk-readonly-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const copy = path.join(folder, path.basename(file));
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return new Database(copy, { readonly: true, fileMustExist: true });
  }
}

/**
 * A connection that only reads: for the command line's list, show, export, search and backups, so
 * they work on a read-only file, folder or medium (a copy on a CD, a write-protected share). A file of
 * an older schema needs its migrations, which write: it is opened as usual for that.
 */
export function openDatabaseForReading(file: string): Db {
  checkDatabaseFile(file);
  let db: Db | undefined;
  try {
    db = openReadOnlyConnection(file);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_SCHEMA_VERSION) throw tooNew(file, version);
    if (version === LATEST_SCHEMA_VERSION) return db;
    db.close();
    db = undefined;
    return openDatabase(file);
  } catch (error) {
    db?.close();
    throw describeOpenError(file, error);
  }
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

/**
 * A second connection to a database a host has already opened and migrated: what a heavy-work worker
 * (heavy/worker.ts) uses. The file's WAL mode is kept in the file; durability, foreign keys and the
 * busy timeout are per connection, so they are set as on the host's. Nothing is migrated here.
 */
export function openSharedConnection(file: string): Db {
  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_SCHEMA_VERSION) throw tooNew(file, version);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return db;
  } catch (error) {
    db?.close();
    throw describeOpenError(file, error);
  }
}
