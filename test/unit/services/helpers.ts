/** Shared set-up for the services tests: temporary database files and a typed way to call channels. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays, addWeeks } from 'date-fns';
import { afterEach } from 'vitest';
import type { Handlers } from '../../../shared/contract/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import { toIsoDate } from '../../../shared/issues/dates';
import type { Series } from '../../../shared/issues/types';
import { DEFAULT_SERIES_CLOSING } from '../../../electron/services/db/migrations/002_print_layout';
import { WEEKLY_SERIES } from '../../fixtures/issues/build';
import { openDatabase, type Db } from '../../../electron/services/db/connection';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers, type HostInfo } from '../../../electron/services/handlers';

const folders: string[] = [];
const databases: Db[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) if (db.open) db.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder in the OS temp dir, removed after the test. */
export function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'briefdesk-test-'));
  folders.push(folder);
  return folder;
}

export function tempDatabasePath(): string {
  return path.join(tempFolder(), 'briefdesk.sqlite');
}

/** Opens (and migrates) a database that is closed after the test. */
export function openTempDatabase(file = tempDatabasePath()): Db {
  const db = openDatabase(file);
  databases.push(db);
  return db;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface Harness {
  db: Db;
  file: string;
  handlers: Handlers;
  call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  /** Calls a channel that must succeed and returns its value. */
  value<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  raw(channel: string, input: unknown): Promise<Result<unknown>>;
}

export function harness(info: Partial<HostInfo> = {}): Harness {
  const file = tempDatabasePath();
  const db = openTempDatabase(file);
  const handlers = createHandlers(db, { host: 'web', databasePath: file, version: '0.0.0-test', ...info });
  const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>) =>
    (await dispatch(handlers, channel, input)) as Result<ChannelOutput<K>>;
  return {
    db,
    file,
    handlers,
    call,
    async value(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    raw: (channel, input) => dispatch(handlers, channel, input),
  };
}

/** Every row of every table, to prove that a refused request changed nothing. */
export function dumpDatabase(db: Db): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const dump: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
  // FTS5 keeps some shadow tables WITHOUT ROWID (migration 005): those are ordered by their key.
  const withoutRowid = new Set(db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND wr = 1").pluck().all());
  for (const table of tables) {
    dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY ${withoutRowid.has(table) ? '1' : 'rowid'}`).all();
  }
  return JSON.stringify(dump);
}

export const DEFAULT_SERIES_ID = 1;

/** The series a fresh database holds: the weekly (migration 001) with the 报尾 migration 002 gives it. */
export const DEFAULT_SERIES: Series = { ...WEEKLY_SERIES, id: DEFAULT_SERIES_ID, closing: DEFAULT_SERIES_CLOSING };

/**
 * Issue meta for tests: 2024年第12期 of 3月25日—3月29日, issued 3月29日, unless overridden. Another year or number moves
 * the default period (and the 总期号) by as many weeks, so issues made with different numbers never overlap
 * and never share a 总期号 (both refused).
 */
export function meta(overrides: Partial<ChannelInput<'issues.create'>['meta']> = {}): ChannelInput<'issues.create'>['meta'] {
  const weeks = ((overrides.year ?? 2024) - 2024) * 52 + ((overrides.number ?? 12) - 12);
  const monday = addWeeks(new Date(2024, 2, 25), weeks);
  return {
    year: 2024,
    supplement: false,
    number: 12,
    // 总期号 may not repeat within a series: it runs on with the number.
    totalNumber: 460 + weeks,
    // Issued on the last day of its period, so no date is questioned (shared/issues/dateQuestions.ts).
    issueDate: overrides.periodEnd ?? toIsoDate(addDays(monday, 4)),
    periodStart: toIsoDate(monday),
    periodEnd: toIsoDate(addDays(monday, 4)),
    partTitle: null,
    ...overrides,
  };
}
