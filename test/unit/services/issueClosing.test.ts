/** An issue's own 报尾 through dispatch: read with the effective one, set, back to the series' default. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERIES_CLOSING } from '../../../electron/services/db/migrations/002_print_layout';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta } from './helpers';

const OWN = {
  lines: [
    { label: '报' as const, text: '省政府办公厅。' },
    { label: '送' as const, text: '省级有关部门。' },
  ],
  copies: 103,
};

async function withIssue(now = () => '2024-03-29T08:00:00.000Z') {
  const h = harness({ now });
  const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta() });
  return { h, issue };
}

describe('issues.closing / issues.updateClosing', () => {
  it("starts with no override and prints the series' default", async () => {
    const { h, issue } = await withIssue();
    expect(await h.value('issues.closing', { id: issue.id })).toEqual({
      issueId: issue.id,
      override: null,
      effective: DEFAULT_SERIES_CLOSING,
    });
  });

  it('stores an override, keeps the revision, moves updatedAt, and null goes back to the default', async () => {
    let clock = '2024-03-29T08:00:00.000Z';
    const { h, issue } = await withIssue(() => clock);
    clock = '2024-03-30T09:00:00.000Z';
    expect(await h.value('issues.updateClosing', { id: issue.id, closing: OWN })).toEqual({
      issueId: issue.id,
      override: OWN,
      effective: OWN,
    });
    const after = await h.value('issues.get', { id: issue.id });
    expect(after.revision).toBe(issue.revision);
    expect(after.updatedAt).toBe('2024-03-30T09:00:00.000Z');
    expect(await h.value('issues.updateClosing', { id: issue.id, closing: null })).toEqual({
      issueId: issue.id,
      override: null,
      effective: DEFAULT_SERIES_CLOSING,
    });
  });

  it("follows a change of the series' default when the issue has no override", async () => {
    const { h, issue } = await withIssue();
    await h.value('series.updateClosing', { id: DEFAULT_SERIES_ID, closing: OWN });
    expect((await h.value('issues.closing', { id: issue.id })).effective).toEqual(OWN);
  });

  it('refuses to change an issue in the recycle bin, and changes nothing', async () => {
    const { h, issue } = await withIssue();
    await h.value('issues.delete', { id: issue.id });
    const before = dumpDatabase(h.db);
    const result = await h.call('issues.updateClosing', { id: issue.id, closing: OWN });
    expect(result.ok ? null : result.error).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('回收站') });
    expect(dumpDatabase(h.db)).toBe(before);
    // It can still be read (and exported) from the recycle bin.
    expect((await h.value('issues.closing', { id: issue.id })).override).toBeNull();
  });

  it.each([
    ['copies as a string', { lines: [], copies: '80' }],
    ['a line without text', { lines: [{ label: '报' }], copies: null }],
    ['an extra key', { lines: [], copies: null, note: 'x' }],
    ['too many lines', { lines: Array.from({ length: 13 }, () => ({ label: '发', text: 'x' })), copies: null }],
  ])('refuses %s in Chinese and changes nothing', async (_case, closing) => {
    const { h, issue } = await withIssue();
    const before = dumpDatabase(h.db);
    const result = await h.raw('issues.updateClosing', { id: issue.id, closing });
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
    expect(result.ok ? '' : result.error.message).toMatch(/^请求内容不正确：.*[\u4e00-\u9fff]/);
    expect(dumpDatabase(h.db)).toBe(before);
  });

  it('answers NOT_FOUND for an unknown issue', async () => {
    const h = harness();
    for (const channel of ['issues.closing', 'issues.updateClosing'] as const) {
      const result = await h.raw(channel, channel === 'issues.closing' ? { id: 77 } : { id: 77, closing: null });
      expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    }
  });

  it('reports a stored 报尾 that no longer validates', async () => {
    const { h, issue } = await withIssue();
    h.db.prepare(`UPDATE issues SET closing = '{"lines":"x"}' WHERE id = ?`).run(issue.id);
    const result = await h.call('issues.closing', { id: issue.id });
    expect(result.ok ? null : result.error).toEqual({ code: 'INTERNAL', message: expect.stringContaining('报尾格式无法识别') });
  });
});
