/** 本期要目 through dispatch and the database: migration 010, the channels, and what the exports print. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/services/db/migrations';
import { numbered, paragraph, type BriefDocument } from '../../../shared/document/types';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta, openTempDatabase, tempDatabasePath } from '../services/helpers';
import { loadJob } from '../../../electron/services/export/docxTask';

const document: BriefDocument = {
  schemaVersion: 2,
  blocks: [numbered(1, '政务工作动态'), paragraph('本周情况。'), numbered(2, '窗口服务'), numbered(1, '考勤情况'), paragraph('无。')],
};

async function withIssue() {
  const h = harness({ now: () => '2024-03-29T08:00:00.000Z' });
  const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
  await h.value('issues.saveDocument', { id: issue.id, document });
  return { h, id: issue.id };
}

describe('migration 010 (本期要目)', () => {
  it('upgrades a version-9 database with an issue: rows kept, the series off, no issue override', () => {
    const file = tempDatabasePath();
    const old = new Database(file);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    old
      .prepare(
        `INSERT INTO issues (series_id, year, number, total_number, issue_date, period_start, period_end, part_title,
                           document, revision, created_at, updated_at, deleted_at)
       VALUES (1, 2024, 12, 460, '2024-03-29', '2024-03-25', '2024-03-29', NULL, ?, 2, 'c', 'u', NULL)`,
      )
      .run(JSON.stringify(document));
    const seriesBefore = old.prepare('SELECT * FROM series').all();
    const issuesBefore = old.prepare('SELECT * FROM issues').all();
    expect(old.pragma('user_version', { simple: true })).toBe(9);
    old.close();

    const db = openTempDatabase(file);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(10);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const series = db.prepare('SELECT * FROM series').all() as Record<string, unknown>[];
    expect(series.map(({ contents_enabled: _e, contents_level2: _l, ...rest }) => rest)).toEqual(seriesBefore);
    expect(series[0]).toMatchObject({ contents_enabled: 0, contents_level2: 0 });
    expect(db.prepare('SELECT * FROM issues').all()).toEqual(issuesBefore);
    expect(db.prepare('SELECT count(*) FROM issue_contents').pluck().get()).toBe(0);
    // The columns take only 0/1 (NULL in the issue table); the override goes with its issue.
    expect(() => db.prepare('UPDATE series SET contents_enabled = 2').run()).toThrow(/CHECK/);
    db.prepare('INSERT INTO issue_contents (issue_id, enabled, level2) VALUES (1, 1, NULL)').run();
    expect(() => db.prepare('INSERT INTO issue_contents (issue_id, enabled) VALUES (99, 1)').run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM issues WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM issue_contents').pluck().get()).toBe(0);
  });
});

describe('series.contents / issues.contents', () => {
  it('is off by default; the series turns it on and its issue follows, until the issue says otherwise', async () => {
    const { h, id } = await withIssue();
    expect(await h.value('series.contents', { seriesId: DEFAULT_SERIES_ID })).toEqual({
      seriesId: DEFAULT_SERIES_ID,
      enabled: false,
      level2: false,
    });
    expect((await h.value('issues.contents', { issueId: id })).effective).toEqual({ enabled: false, level2: false });

    expect(await h.value('series.updateContents', { seriesId: DEFAULT_SERIES_ID, enabled: true, level2: true })).toEqual({
      seriesId: DEFAULT_SERIES_ID,
      enabled: true,
      level2: true,
    });
    expect(await h.value('issues.contents', { issueId: id })).toEqual({
      issueId: id,
      override: { enabled: null, level2: null },
      series: { enabled: true, level2: true },
      effective: { enabled: true, level2: true },
    });
    const off = await h.value('issues.updateContents', { issueId: id, enabled: false, level2: null });
    expect(off.effective).toEqual({ enabled: false, level2: true });
    const back = await h.value('issues.updateContents', { issueId: id, enabled: null, level2: null });
    expect(back.override).toEqual({ enabled: null, level2: null });
    expect(h.db.prepare('SELECT count(*) FROM issue_contents').pluck().get()).toBe(0);
  });

  it('the exports print what the setting says: DOCX/print job and the --txt text', async () => {
    const { h, id } = await withIssue();
    expect(loadJob(h.db, id).job.issue.contents).toBeNull();
    expect(await h.value('issues.exportText', { id })).not.toContain('本期要目');

    await h.value('issues.updateContents', { issueId: id, enabled: true, level2: null });
    expect(loadJob(h.db, id).job.issue.contents?.lines.map((line) => line.text)).toEqual(['一、政务工作动态', '二、考勤情况']);
    const text = (await h.value('issues.exportText', { id })).split('\n');
    const at = text.indexOf('本期要目');
    expect(text.slice(at - 1, at + 4)).toEqual(['', '本期要目', '一、政务工作动态', '二、考勤情况', '']);
    // After the masthead (title, 期号, issuer and date, period), before the body.
    expect(at).toBeGreaterThan(text.findIndex((line) => line.startsWith('四川省')));
    expect(text.lastIndexOf('一、政务工作动态')).toBeGreaterThan(at + 1);

    await h.value('series.updateContents', { seriesId: DEFAULT_SERIES_ID, enabled: false, level2: true });
    const withLevel2 = (await h.value('issues.exportText', { id })).split('\n');
    expect(withLevel2.slice(withLevel2.indexOf('本期要目') + 1, withLevel2.indexOf('本期要目') + 4)).toEqual([
      '一、政务工作动态',
      '  （一）窗口服务',
      '二、考勤情况',
    ]);
  });

  it('moves the issue’s updatedAt (the preview and the list see the change) but not its revision', async () => {
    let clock = '2024-03-29T08:00:00.000Z';
    const h = harness({ now: () => clock });
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    clock = '2024-03-30T09:00:00.000Z';
    await h.value('issues.updateContents', { issueId: issue.id, enabled: true, level2: false });
    const after = await h.value('issues.get', { id: issue.id });
    expect(after.updatedAt).toBe('2024-03-30T09:00:00.000Z');
    expect(after.revision).toBe(issue.revision);
  });

  it('refuses bad input, an unknown series or issue, and a finalized issue, and changes nothing', async () => {
    const { h, id } = await withIssue();
    await h.value('series.updateContents', { seriesId: DEFAULT_SERIES_ID, enabled: true, level2: false });
    const before = dumpDatabase(h.db);
    const refusals = [
      await h.raw('series.updateContents', { seriesId: DEFAULT_SERIES_ID, enabled: 'yes', level2: false }),
      await h.raw('series.updateContents', { seriesId: DEFAULT_SERIES_ID, enabled: true }),
      await h.raw('series.updateContents', { seriesId: DEFAULT_SERIES_ID, enabled: true, level2: false, extra: 1 }),
      await h.raw('series.updateContents', { seriesId: 0, enabled: true, level2: false }),
      await h.raw('issues.updateContents', { issueId: id, enabled: 1, level2: null }),
      await h.raw('issues.updateContents', { issueId: 'x', enabled: null, level2: null }),
    ];
    for (const result of refusals) expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = [
      await h.call('series.updateContents', { seriesId: 99, enabled: true, level2: false }),
      await h.call('issues.updateContents', { issueId: 99, enabled: true, level2: null }),
      await h.call('series.contents', { seriesId: 99 }),
    ];
    for (const result of missing) expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dumpDatabase(h.db)).toBe(before);

    await h.value('issues.finalize', { id });
    const finalized = dumpDatabase(h.db);
    const result = await h.call('issues.updateContents', { issueId: id, enabled: false, level2: null });
    expect(result.ok ? null : result.error).toEqual({ code: 'ISSUE_FINAL', message: expect.stringContaining('已定稿') });
    expect(dumpDatabase(h.db)).toBe(finalized);
    // Reading still works on a finalized issue.
    expect((await h.value('issues.contents', { issueId: id })).effective.enabled).toBe(true);
  });
});
