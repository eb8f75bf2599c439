/**
 * Every older version upgrades to the latest without losing or altering a row: a database at each
 * version 1…latest-1, holding rows in every table it has, opened by the current code. The tests of
 * single migrations (migrationNNN.test.ts) check what each one adds.
 */
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations';
import { filledDatabaseAt } from './oldDatabaseRows';
import { expectOldRowsKept, openUpgraded } from './oldDatabases';

const OLDER_VERSIONS = Array.from({ length: LATEST_SCHEMA_VERSION - 1 }, (_, i) => i + 1);

describe('upgrading from every older version', () => {
  it.each(OLDER_VERSIONS)('version %i: every row of every table kept', (version) => {
    const { file, before } = filledDatabaseAt(version);
    const { db } = openUpgraded(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expectOldRowsKept(before, db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('the filled database before the latest has rows in every table but the search index', () => {
    const { before } = filledDatabaseAt(LATEST_SCHEMA_VERSION - 1);
    // Derived or empty by design: the search index is built on the first search.
    const empty = Object.entries(before)
      .filter(([, rows]) => rows.length === 0)
      .map(([table]) => table);
    expect(empty.sort()).toEqual(['search_blocks']);
  });
});
