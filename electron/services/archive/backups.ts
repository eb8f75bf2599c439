/**
 * Backups: online copies of the database (better-sqlite3 `db.backup()`) into a `backups` folder beside
 * it, named by kind and instant, kept to the newest 14 of each kind. A copy is written under a
 * temporary name and renamed only when complete and switched to a single-file journal, so a listed
 * backup is always a whole, self-contained database.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_KINDS, type BackupInfo, type BackupKind } from '../../../shared/archive/types';
import type { Db } from '../db/connection';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

export const BACKUPS_FOLDER_NAME = 'backups';
export const BACKUPS_KEPT_PER_KIND = 14;
export const DAILY_BACKUP_SPACING_MS = 24 * 60 * 60 * 1000;

const NAME = /^briefdesk-([a-z-]+)-(\d{8})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.db$/;

export function backupsFolder(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), BACKUPS_FOLDER_NAME);
}

/** `2026-11-21T16:04:11.123Z` → `20261121T160411123Z`. */
function stamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:.]/g, '');
}

export function backupName(kind: BackupKind, iso: string): string {
  return `briefdesk-${kind}-${stamp(iso)}.db`;
}

export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind = BACKUP_KINDS.find((k) => k === m[1]);
  if (!kind) return null;
  const d = m[2]!;
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`;
  return Number.isNaN(Date.parse(createdAt)) ? null : { kind, createdAt };
}

/** Backups in the folder, newest first. */
export function listBackups(databasePath: string): BackupInfo[] {
  const folder = backupsFolder(databasePath);
  if (!existsSync(folder)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(folder)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    out.push({ name, ...parsed, sizeBytes: statSync(path.join(folder, name)).size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export function backupPath(databasePath: string, name: string): string {
  if (!parseBackupName(name)) throw new Error(`not a backup name: ${name}`);
  return path.join(backupsFolder(databasePath), name);
}

/** Keeps the newest `keep` backups of a kind; older ones are deleted. */
export function rotateBackups(databasePath: string, kind: BackupKind, keep = BACKUPS_KEPT_PER_KIND): string[] {
  const removed: string[] = [];
  for (const old of listBackups(databasePath)
    .filter((b) => b.kind === kind)
    .slice(keep)) {
    rmSync(path.join(backupsFolder(databasePath), old.name), { force: true });
    removed.push(old.name);
  }
  return removed;
}

/** Copies the open database into the backups folder (online: writers may go on meanwhile). */
export async function createBackup(db: Db, databasePath: string, kind: BackupKind, now: string): Promise<BackupInfo> {
  const folder = backupsFolder(databasePath);
  mkdirSync(folder, { recursive: true });
  let instant = Date.parse(now);
  let name = backupName(kind, new Date(instant).toISOString());
  while (existsSync(path.join(folder, name))) name = backupName(kind, new Date(++instant).toISOString());
  const partial = path.join(folder, `.${name}.partial`);
  rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    // The copy carries the source's WAL mode; a single-file journal keeps it self-contained.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(partial, path.join(folder, name));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  rotateBackups(databasePath, kind);
  const info = listBackups(databasePath).find((b) => b.name === name);
  if (!info) throw new Error(`backup ${name} vanished`);
  return info;
}

/** `PRAGMA quick_check` says ok (the only row it returns then is 'ok'). */
export function quickCheckOk(db: Db): boolean {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.length === 1 && rows[0]!.quick_check === 'ok';
}

/** A backup file is whole: an SQLite database this version can open, passing its integrity check. */
export function isGoodBackup(file: string): boolean {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = Number(db.pragma('user_version', { simple: true }));
    return version >= 1 && version <= LATEST_SCHEMA_VERSION && quickCheckOk(db);
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** The newest backup that passes its check (what a damaged database is offered). */
export function newestGoodBackup(databasePath: string): BackupInfo | null {
  for (const backup of listBackups(databasePath)) {
    if (isGoodBackup(path.join(backupsFolder(databasePath), backup.name))) return backup;
  }
  return null;
}

/** A daily backup is due when no automatic one was made in the last 24 hours. */
export function dailyBackupDue(databasePath: string, now: string): boolean {
  const newest = listBackups(databasePath).find((b) => b.kind === 'auto');
  return !newest || Date.parse(now) - Date.parse(newest.createdAt) >= DAILY_BACKUP_SPACING_MS;
}
