import { describe, expect, it } from 'vitest';
import { findIssue } from '../../../electron/services/db/issuesTable';
import { dumpDatabase } from '../services/helpers';
import { statusHarness } from './harness';

describe('issues.finalize / reopen / statusLog', () => {
  it('finalizes: status final with the time, a finalize save point of the body as printed, a log row', async () => {
    const { h, issueId, setNow, saveBody } = await statusHarness();
    await saveBody('一、政务工作动态', '本周受理705件。');
    setNow('2024-03-29T09:30:00.000Z');
    const finalized = await h.value('issues.finalize', { id: issueId });
    expect(finalized.status).toBe('final');
    expect(finalized.finalizedAt).toBe('2024-03-29T09:30:00.000Z');
    expect(finalized.document.blocks).toHaveLength(2);

    const stored = findIssue(h.db, issueId)!;
    expect(stored.status).toBe('final');
    const points = await h.value('versions.list', { issueId });
    expect(points[0]).toMatchObject({ reason: 'finalize', revision: stored.revision, createdAt: '2024-03-29T09:30:00.000Z' });
    const kept = h.db.prepare('SELECT document FROM issue_versions WHERE id = ?').pluck().get(points[0]!.id) as string;
    expect(JSON.parse(kept)).toEqual(stored.document);

    expect(await h.value('issues.statusLog', { id: issueId })).toEqual([
      { id: expect.any(Number), issueId, action: 'finalize', at: '2024-03-29T09:30:00.000Z', note: '' },
    ]);
    // The list of the series shows it as final too (the sidebar's badge reads this).
    const listed = (await h.value('issues.list', { seriesId: 1 })).find((i) => i.id === issueId)!;
    expect(listed).toMatchObject({ status: 'final', finalizedAt: '2024-03-29T09:30:00.000Z' });
  });

  it('an explicit save point of the same state becomes the finalize one rather than a second entry', async () => {
    const { h, issueId, saveBody } = await statusHarness();
    await saveBody('本周受理705件。');
    await h.value('versions.savePoint', { issueId, reason: 'explicit' });
    await h.value('issues.finalize', { id: issueId });
    expect((await h.value('versions.list', { issueId })).map((p) => p.reason)).toEqual(['finalize']);
  });

  it('refuses to finalize twice, and leaves the database as it was', async () => {
    const { h, issueId, saveBody } = await statusHarness();
    await saveBody('本周受理705件。');
    await h.value('issues.finalize', { id: issueId });
    const before = dumpDatabase(h.db);
    const again = await h.call('issues.finalize', { id: issueId });
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', message: '本期已定稿。' } });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('refuses to reopen a draft, and leaves the database as it was', async () => {
    const { h, issueId } = await statusHarness();
    const before = dumpDatabase(h.db);
    const result = await h.call('issues.reopen', { id: issueId, note: '改数字' });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: '本期尚未定稿。' } });
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('reopens with a note: draft again, finalizedAt cleared, both events logged oldest first, writes allowed', async () => {
    const { h, issueId, setNow, saveBody } = await statusHarness();
    await saveBody('本周受理705件。');
    setNow('2024-03-29T09:30:00.000Z');
    await h.value('issues.finalize', { id: issueId });
    setNow('2024-04-01T02:00:00.000Z');
    const reopened = await h.value('issues.reopen', { id: issueId, note: '  受理数字有误，按平台更正  ' });
    expect(reopened).toMatchObject({ status: 'draft', finalizedAt: null });
    expect(await h.value('issues.statusLog', { id: issueId })).toEqual([
      { id: expect.any(Number), issueId, action: 'finalize', at: '2024-03-29T09:30:00.000Z', note: '' },
      { id: expect.any(Number), issueId, action: 'reopen', at: '2024-04-01T02:00:00.000Z', note: '受理数字有误，按平台更正' },
    ]);
    await saveBody('本周受理725件。');
    expect(findIssue(h.db, issueId)!.document.blocks[0]).toEqual({ type: 'paragraph', children: [{ text: '本周受理725件。' }] });

    // A second finalize is recorded after both.
    setNow('2024-04-01T03:00:00.000Z');
    await h.value('issues.finalize', { id: issueId });
    expect((await h.value('issues.statusLog', { id: issueId })).map((e) => e.action)).toEqual(['finalize', 'reopen', 'finalize']);
  });

  it('a reopen note longer than 500 characters is refused with a message', async () => {
    const { h, issueId } = await statusHarness();
    await h.value('issues.finalize', { id: issueId });
    const result = await h.call('issues.reopen', { id: issueId, note: '改'.repeat(501) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('说明不能超过500字') });
    expect(findIssue(h.db, issueId)!.status).toBe('final');
  });

  it('answers NOT_FOUND for an issue that does not exist', async () => {
    const { h } = await statusHarness();
    for (const channel of ['issues.finalize', 'issues.statusLog'] as const) {
      const result = await h.call(channel, { id: 999 });
      expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    }
    const reopen = await h.call('issues.reopen', { id: 999, note: '' });
    expect(reopen.ok ? null : reopen.error.code).toBe('NOT_FOUND');
  });

  it('refuses to finalize an issue in the recycle bin', async () => {
    const { h, issueId } = await statusHarness();
    await h.value('issues.delete', { id: issueId });
    const before = dumpDatabase(h.db);
    const result = await h.call('issues.finalize', { id: issueId });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    expect(dumpDatabase(h.db)).toBe(before);
  });
});
