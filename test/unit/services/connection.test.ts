import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/result';
import { migrate, openDatabase } from '../../../electron/services/db/connection';
import { LATEST_SCHEMA_VERSION, type Migration } from '../../../electron/services/db/migrations';
import { openTempDatabase, sha256, tempDatabasePath, tempFolder } from './helpers';

function openError(file: string): AppError {
  try {
    openDatabase(file).close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('openDatabase did not refuse the file');
}

describe('openDatabase on a new file', () => {
  it('creates the tables, the default series and sets user_version to the latest migration', () => {
    const db = openTempDatabase(path.join(tempFolder(), 'nested', 'folder', 'briefdesk.sqlite'));
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all();
    // Later migrations add their own tables (roster, attendance, archive); these two come first.
    expect(tables).toEqual(expect.arrayContaining(['issues', 'series']));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(1);
    expect(db.prepare('SELECT title, issuer, period_kind, has_total, part_title FROM series').all()).toEqual([
      {
        title: '窗口工作周报',
        issuer: '四川省政府政务服务和公共资源交易服务中心',
        period_kind: 'week',
        has_total: 1,
        part_title: null,
      },
    ]);
  });

  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openTempDatabase();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('reopens its own file without running migrations again', () => {
    const file = tempDatabasePath();
    openDatabase(file).close();
    const db = openTempDatabase(file);
    expect(db.prepare('SELECT count(*) FROM series').pluck().get()).toBe(1);
  });

  it('keeps one live issue per series, year and number, and enforces foreign keys', () => {
    const db = openTempDatabase();
    const insert = db.prepare(
      `INSERT INTO issues (series_id, year, number, issue_date, document, revision, created_at, updated_at, deleted_at)
       VALUES (?, 2024, 1, '2024-01-05', '{}', 1, 'x', 'x', ?)`,
    );
    insert.run(1, null);
    expect(() => insert.run(1, null)).toThrow(/UNIQUE/);
    insert.run(1, '2024-02-01T00:00:00.000Z'); // a deleted twin is allowed
    expect(() => insert.run(99, null)).toThrow(/FOREIGN KEY/);
  });
});

describe('openDatabase refuses files it must not touch', () => {
  it('refuses a database written by a newer version and leaves its bytes and folder unchanged', () => {
    const file = tempDatabasePath();
    const writer = openDatabase(file);
    writer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    writer.close();
    const before = sha256(file);
    const filesBefore = readdirSync(path.dirname(file)).sort();

    const error = openError(file);
    expect(error.code).toBe('DB_NEWER');
    expect(error.message).toContain(String(LATEST_SCHEMA_VERSION + 5));
    expect(error.message).toContain(String(LATEST_SCHEMA_VERSION));
    expect(error.message).toContain('新版');
    expect(error.message).toContain('没有做任何改动');
    expect(sha256(file)).toBe(before);
    expect(readdirSync(path.dirname(file)).sort()).toEqual(filesBefore);
  });

  it('reads the version from a pending write-ahead log, not only from the file header', () => {
    const file = tempDatabasePath();
    openDatabase(file).close();
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0'); // keep the new version in the -wal file only
    writer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    try {
      expect(existsSync(`${file}-wal`)).toBe(true);
      const before = sha256(file);
      expect(openError(file).code).toBe('DB_NEWER');
      expect(sha256(file)).toBe(before);
    } finally {
      writer.close();
    }
  });

  it('refuses a text file and leaves it unchanged', () => {
    const file = path.join(tempFolder(), 'notes.sqlite');
    writeFileSync(file, '这不是数据库，只是一份文字记录。\n'.repeat(20));
    const before = sha256(file);
    const error = openError(file);
    expect(error.code).toBe('DB_NOT_SQLITE');
    expect(error.message).toContain(file);
    expect(error.message).toContain('没有做任何改动');
    expect(sha256(file)).toBe(before);
    expect(readdirSync(path.dirname(file))).toEqual(['notes.sqlite']);
  });

  it('refuses a file shorter than the SQLite header', () => {
    const file = path.join(tempFolder(), 'short.sqlite');
    writeFileSync(file, 'SQLite');
    expect(openError(file).code).toBe('DB_NOT_SQLITE');
  });

  it('accepts an empty file as a new database', () => {
    const file = path.join(tempFolder(), 'empty.sqlite');
    writeFileSync(file, '');
    const db = openTempDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('migrate', () => {
  it('runs pending migrations and the version change in one transaction', () => {
    const db = new Database(':memory:');
    const good: Migration = { version: 1, name: 'good', up: (d) => d.exec('CREATE TABLE a (x)') };
    const bad: Migration = {
      version: 2,
      name: 'bad',
      up: (d) => {
        d.exec('CREATE TABLE b (x)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [good, bad])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'table'`).pluck().get()).toBe(0);

    migrate(db, [good]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    migrate(db, [good, { version: 2, name: 'next', up: (d) => d.exec('CREATE TABLE c (x)') }]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all()).toEqual(['a', 'c']);
    db.close();
  });
});
