/**
 * Migration 010 on a version-9 database: every old row kept, and no series or issue prints 本期要目
 * until the clerk turns it on — the series columns are off, no issue has a choice of its own.
 */
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations';
import { filledDatabaseAt } from './oldDatabaseRows';
import { expectOldRowsKept, openUpgraded } from './oldDatabases';

const OFF = { enabled: false, level2: false };

describe('migration 010 (本期要目)', () => {
  it('keeps every row of a version-9 database and adds the settings switched off', () => {
    const { file, before } = filledDatabaseAt(9);
    expect(before.issue_record_confirmations).toHaveLength(1);
    const { db } = openUpgraded(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expectOldRowsKept(before, db);
    expect(db.prepare('SELECT id, contents_enabled, contents_level2 FROM series ORDER BY id').all()).toEqual([
      { id: 1, contents_enabled: 0, contents_level2: 0 },
      { id: 2, contents_enabled: 0, contents_level2: 0 },
    ]);
    expect(db.prepare('SELECT count(*) FROM issue_contents').pluck().get()).toBe(0);
  });

  it('serves the old series and issues as following a switched-off series', async () => {
    const { file, ids } = filledDatabaseAt(9);
    const app = openUpgraded(file);
    expect(await app.value('series.contents', { seriesId: ids.weekly })).toEqual({ seriesId: ids.weekly, ...OFF });
    expect(await app.value('series.contents', { seriesId: ids.monthly })).toEqual({ seriesId: ids.monthly, ...OFF });
    for (const issueId of [ids.w2022n28, ids.w2024n22, ids.m2024n2]) {
      expect(await app.value('issues.contents', { issueId })).toEqual({
        issueId,
        override: { enabled: null, level2: null },
        series: OFF,
        effective: OFF,
      });
    }
  });
});
