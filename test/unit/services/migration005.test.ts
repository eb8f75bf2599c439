/**
 * Migration 005 on a version-4 database: every old row kept, and every existing issue — the recycle
 * bin's too — marked for indexing, so the first search finds the whole archive.
 */
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations';
import { weekly2022n28, weekly2024n10, weekly2024n22 } from '../../fixtures/issues';
import { addAttendance, addRoster, addSampleArchive, databaseAt, expectOldRowsKept, openUpgraded, tableRows } from './oldDatabases';

function versionFour() {
  const { file, db } = databaseAt(4);
  const ids = addSampleArchive(db);
  addRoster(db);
  addAttendance(db, ids.w2024n10);
  const before = tableRows(db);
  db.close();
  return { file, ids, before };
}

describe('migration 005 (archive)', () => {
  it('keeps every row of a version-4 database', () => {
    const { file, before } = versionFour();
    expect(before.attendance_entries).toHaveLength(3);
    const { db } = openUpgraded(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expectOldRowsKept(before, db);
  });

  it('marks every existing issue stale, deleted ones included, and builds nothing else yet', () => {
    const { file, ids } = versionFour();
    const { db } = openUpgraded(file);
    const all = [ids.w2022n28, ids.w2024n10, ids.deleted, ids.w2024n22, ids.m2024n2];
    expect(db.prepare('SELECT issue_id FROM search_stale ORDER BY issue_id').pluck().all()).toEqual(all);
    expect(db.prepare('SELECT count(*) FROM search_blocks').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM issue_versions').pluck().get()).toBe(0);
  });

  it('indexes the whole old archive on the first search: the masthead and every block of each issue', async () => {
    const { file, ids } = versionFour();
    const app = openUpgraded(file);
    const first = await app.value('archive.search', { query: '优化营商环境工作开展情况' });
    expect(first.indexNotice).toBeUndefined();
    expect(first.hits).toEqual([
      expect.objectContaining({
        issueId: ids.w2022n28,
        seriesTitle: '窗口工作周报',
        year: 2022,
        number: 28,
        totalNumber: 403,
        blockIndex: 3,
      }),
    ]);
    expect(app.db.prepare('SELECT count(*) FROM search_stale').pluck().get()).toBe(0);
    const perIssue = app.db
      .prepare(
        'SELECT issue_id AS issueId, count(*) AS entries, min(block_index) AS first FROM search_blocks GROUP BY issue_id ORDER BY issue_id',
      )
      .all();
    // Each issue: one masthead entry (-1) and one per block (all blocks of these bodies print text).
    expect(perIssue).toEqual([
      { issueId: ids.w2022n28, entries: weekly2022n28.document.blocks.length + 1, first: -1 },
      { issueId: ids.w2024n10, entries: weekly2024n10.document.blocks.length + 1, first: -1 },
      { issueId: ids.deleted, entries: 3, first: -1 },
      { issueId: ids.w2024n22, entries: weekly2024n22.document.blocks.length + 1, first: -1 },
      { issueId: ids.m2024n2, entries: 3, first: -1 },
    ]);
  });

  it('finds old mastheads, filters by series, and finds the recycle bin only on request', async () => {
    const { file, ids } = versionFour();
    const app = openUpgraded(file);
    const masthead = await app.value('archive.search', { query: '总第403期' });
    expect(masthead.hits).toEqual([expect.objectContaining({ issueId: ids.w2022n28, blockIndex: null })]);

    const monthly = await app.value('archive.search', { query: '满意度', seriesId: ids.monthly });
    expect(monthly.hits).toEqual([expect.objectContaining({ issueId: ids.m2024n2, seriesTitle: '政务窗口月报', totalNumber: null })]);

    expect((await app.value('archive.search', { query: '初稿' })).hits).toEqual([]);
    const bin = await app.value('archive.search', { query: '初稿', includeDeleted: true });
    expect(bin.hits).toEqual([expect.objectContaining({ issueId: ids.deleted, number: 22, blockIndex: 1 })]);

    // A two-character query scans: every live issue's masthead holds 窗口 (工作周报 / 政务窗口月报), newest first.
    const common = await app.value('archive.search', { query: '窗口', limit: 500 });
    const mastheads = common.hits.filter((hit) => hit.blockIndex === null).map((hit) => hit.issueId);
    expect(mastheads).toEqual([ids.w2024n22, ids.w2024n10, ids.m2024n2, ids.w2022n28]);
  });

  it('keeps save points of an old issue from now on', async () => {
    const { file, ids } = versionFour();
    const app = openUpgraded(file);
    expect(await app.value('versions.list', { issueId: ids.w2024n10 })).toEqual([]);
    await app.value('versions.savePoint', { issueId: ids.w2024n10, reason: 'explicit' });
    const points = await app.value('versions.list', { issueId: ids.w2024n10 });
    expect(points).toEqual([expect.objectContaining({ reason: 'explicit', revision: 5 })]);
  });
});
