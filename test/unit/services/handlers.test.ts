import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import { emptyDocument, numbered, paragraph, type BriefDocument } from '../../../shared/document/types';
import { createHandlers } from '../../../electron/services/handlers';
import { DEFAULT_SERIES, DEFAULT_SERIES_ID, dumpDatabase, harness, meta, openTempDatabase } from './helpers';

describe('createHandlers', () => {
  it('implements exactly the channels of the contract', () => {
    const handlers = createHandlers(openTempDatabase(), { host: 'web', databasePath: 'x', version: '1' });
    expect(new Set(Object.keys(handlers))).toEqual(new Set(CHANNEL_NAMES));
  });

  it('answers app.info from the host facts', async () => {
    const h = harness({ host: 'electron', version: '9.8.7' });
    expect(await h.value('app.info', {})).toEqual({
      host: 'electron',
      version: '9.8.7',
      databasePath: h.file,
      backupsFolder: path.join(path.dirname(h.file), 'backups'),
      bundledFonts: null,
    });
  });

  it('lists the default series', async () => {
    const h = harness();
    expect(await h.value('series.list', {})).toEqual([DEFAULT_SERIES]);
  });
});

describe('issues.create / get / list', () => {
  it('stores a new issue with an empty document and returns it', async () => {
    const h = harness({ now: () => '2024-03-29T08:00:00.000Z' });
    const created = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    expect(created).toEqual({
      id: created.id,
      seriesId: DEFAULT_SERIES_ID,
      ...meta(),
      revision: 1,
      createdAt: '2024-03-29T08:00:00.000Z',
      updatedAt: '2024-03-29T08:00:00.000Z',
      deletedAt: null,
      status: 'draft',
      finalizedAt: null,
      document: emptyDocument(),
    });
    expect(await h.value('issues.get', { id: created.id })).toEqual(created);
  });

  it('lists live issues newest first (year, then number)', async () => {
    const h = harness();
    for (const [year, number] of [
      [2023, 51],
      [2024, 2],
      [2024, 10],
      [2023, 52],
      [2024, 1],
    ] as const) {
      // Week 51 of the fixture calendar ends in the next year: the order is what is tested, not the dates.
      await h.value('issues.create', {
        seriesId: DEFAULT_SERIES_ID,
        meta: meta({ year, number }),
        confirm: ['yearDiffersFromDate', 'issuedBeforePeriodEnd'],
      });
    }
    const listed = await h.value('issues.list', { seriesId: DEFAULT_SERIES_ID });
    expect(listed.map((i) => `${i.year}-${i.number}`)).toEqual(['2024-10', '2024-2', '2024-1', '2023-52', '2023-51']);
    expect(listed[0]).not.toHaveProperty('document');
  });

  it('answers NOT_FOUND in Chinese for an unknown series or issue', async () => {
    const h = harness();
    const create = await h.call('issues.create', { seriesId: 42, meta: meta() });
    expect(create).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('简报系列') } });
    const list = await h.call('issues.list', { seriesId: 42 });
    expect(list.ok ? null : list.error.code).toBe('NOT_FOUND');
    const get = await h.call('issues.get', { id: 42 });
    expect(get.ok ? null : get.error.message).toMatch(/没有找到编号为 42 的简报/);
  });
});

describe('issues.propose', () => {
  it('crosses a year boundary: 2024 第52期 总第500期 → 2025 第1期 总第501期', async () => {
    const h = harness();
    await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ year: 2024, number: 52, totalNumber: 500, issueDate: '2024-12-27', periodStart: '2024-12-23', periodEnd: '2024-12-27' }),
    });
    await h.value('issues.create', {
      seriesId: DEFAULT_SERIES_ID,
      meta: meta({ year: 2024, number: 51, totalNumber: 499, periodStart: '2024-12-16', periodEnd: '2024-12-20' }),
    });
    expect(await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID, today: '2025-01-06' })).toEqual({
      year: 2025,
      supplement: false,
      number: 1,
      totalNumber: 501,
      issueDate: '2025-01-06',
      periodStart: '2024-12-30',
      periodEnd: '2025-01-03',
      partTitle: null,
    });
  });

  it('starts a series at 第1期 总第1期 and uses the host date when none is given', async () => {
    const h = harness({ today: () => '2024-06-12' });
    expect(await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID })).toEqual({
      year: 2024,
      supplement: false,
      number: 1,
      totalNumber: 1,
      issueDate: '2024-06-12',
      periodStart: '2024-06-03',
      periodEnd: '2024-06-07',
      partTitle: null,
    });
  });

  it('ignores issues in the recycle bin', async () => {
    const h = harness();
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 12, totalNumber: 460 }) });
    const later = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 13, totalNumber: 461 }) });
    await h.value('issues.delete', { id: later.id });
    const proposal = await h.value('issues.propose', { seriesId: DEFAULT_SERIES_ID, today: '2024-04-08' });
    expect([proposal.number, proposal.totalNumber]).toEqual([13, 461]);
  });
});

describe('duplicate issue numbers', () => {
  it('refuses a second live issue with the same number, on create and on updateMeta', async () => {
    const h = harness();
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 12 }) });
    const other = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 13 }) });
    const before = dumpDatabase(h.db);

    expect(await h.call('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 12 }) })).toEqual({
      ok: false,
      error: { code: 'DUPLICATE_ISSUE_NUMBER', message: '窗口工作周报 2024年第12期已存在，不能重复创建。请修改期号。' },
    });
    const update = await h.call('issues.updateMeta', { id: other.id, meta: meta({ number: 12 }) });
    expect(update.ok ? null : update.error).toEqual({
      code: 'DUPLICATE_ISSUE_NUMBER',
      message: expect.stringContaining('窗口工作周报 2024年第12期已存在'),
    });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('lets an issue keep its own number when other fields change', async () => {
    const h = harness();
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    const updated = await h.value('issues.updateMeta', { id: issue.id, meta: meta({ partTitle: '政务服务工作' }) });
    expect(updated.partTitle).toBe('政务服务工作');
    expect(updated.number).toBe(issue.number);
  });

  it('allows the number again once the holder is in the recycle bin; restoring it then conflicts', async () => {
    const h = harness();
    const first = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 12 }) });
    await h.value('issues.delete', { id: first.id });
    const second = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 12 }) });
    expect(second.number).toBe(12);

    const before = dumpDatabase(h.db);
    const restore = await h.call('issues.restore', { id: first.id });
    expect(restore.ok ? null : restore.error.code).toBe('CONFLICT');
    expect(restore.ok ? '' : restore.error.message).toContain('窗口工作周报 2024年第12期已被另一期简报使用');
    expect(dumpDatabase(h.db)).toBe(before);

    await h.value('issues.updateMeta', { id: second.id, meta: meta({ number: 14 }) });
    const restored = await h.value('issues.restore', { id: first.id });
    expect(restored.deletedAt).toBeNull();
  });
});

describe('issues.saveDocument', () => {
  const document: BriefDocument = {
    schemaVersion: 2,
    blocks: [
      numbered(1, '政务工作动态'),
      { type: 'paragraph', children: [{ text: '本周，', bold: true }, { text: '共计咨询2230人次。' }] },
      numbered(2, '3月19日，省中心召开会议。', 'paragraph'),
      paragraph(''),
    ],
  };

  it('stores the exact document and moves the revision on', async () => {
    let clock = 0;
    const h = harness({ now: () => `2024-03-29T08:00:0${clock++}.000Z` });
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    const first = await h.value('issues.saveDocument', { id: issue.id, document });
    expect(first).toEqual({ revision: 2, updatedAt: '2024-03-29T08:00:01.000Z' });
    const second = await h.value('issues.saveDocument', { id: issue.id, document });
    expect(second.revision).toBe(3);
    const stored = await h.value('issues.get', { id: issue.id });
    expect(stored.document).toEqual(document);
    expect(JSON.stringify(stored.document)).toBe(JSON.stringify(document));
    expect([stored.revision, stored.updatedAt, stored.createdAt]).toEqual([3, second.updatedAt, issue.createdAt]);
  });

  it('refuses to save into an issue in the recycle bin', async () => {
    const h = harness();
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    await h.value('issues.delete', { id: issue.id });
    const before = dumpDatabase(h.db);
    const result = await h.call('issues.saveDocument', { id: issue.id, document });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    expect(result.ok ? '' : result.error.message).toContain('回收站');
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('reports a stored document that no longer matches the schema instead of replacing it', async () => {
    const h = harness();
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    h.db.prepare('UPDATE issues SET document = ? WHERE id = ?').run('{"schemaVersion":1,"blocks":[]}', issue.id);
    const before = dumpDatabase(h.db);
    const result = await h.call('issues.get', { id: issue.id });
    expect(result.ok ? null : result.error.code).toBe('INTERNAL');
    expect(result.ok ? '' : result.error.message).toContain(`第 ${issue.id} 号简报的正文格式无法识别`);
    expect(dumpDatabase(h.db)).toBe(before);
  });
});

describe('the recycle bin', () => {
  it('moves issues in and out, lists them most recently deleted first, and purges only from the bin', async () => {
    let clock = 0;
    const h = harness({ now: () => new Date(Date.UTC(2024, 0, 1, 0, 0, clock++)).toISOString() });
    const a = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 1 }) });
    const b = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 2 }) });

    const purgeLive = await h.call('issues.purge', { id: a.id });
    expect(purgeLive.ok ? null : purgeLive.error.code).toBe('CONFLICT');

    expect((await h.value('issues.delete', { id: a.id })).deletedAt).not.toBeNull();
    await h.value('issues.delete', { id: b.id });
    expect((await h.value('issues.listDeleted', {})).map((i) => i.id)).toEqual([b.id, a.id]);
    expect(await h.value('issues.list', { seriesId: DEFAULT_SERIES_ID })).toEqual([]);

    const again = await h.call('issues.delete', { id: a.id });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');

    await h.value('issues.restore', { id: b.id });
    expect((await h.value('issues.list', { seriesId: DEFAULT_SERIES_ID })).map((i) => i.id)).toEqual([b.id]);

    expect(await h.value('issues.purge', { id: a.id })).toEqual({ id: a.id });
    expect(await h.value('issues.listDeleted', {})).toEqual([]);
    const gone = await h.call('issues.get', { id: a.id });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });
});

describe('dispatch and database failures', () => {
  it('answers DB_ERROR (not INTERNAL) when the database refuses a write', async () => {
    const h = harness();
    h.db.pragma('query_only = ON'); // every write now fails with SQLITE_READONLY
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await h.call('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
    expect(result.ok ? null : result.error.code).toBe('DB_ERROR');
    expect(result.ok ? '' : result.error.message).toContain('操作未完成');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
