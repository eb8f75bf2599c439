/**
 * Issue 10, point 6: a duplicate 总期号 is refused (create, 修改期号信息, restore), and questioned dates
 * (issued before the period ends, a 期号 year other than the date's, a period long before the date)
 * are refused with NEEDS_CONFIRMATION until confirmed — each refusal through `dispatch`, with the
 * whole database dump identical before and after.
 */
import { describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../../shared/contract/channels';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta, type Harness } from './helpers';

/** Calls `channel`, expects the refusal `code`, and that nothing in the database changed; answers the message. */
async function refused<K extends ChannelName>(h: Harness, channel: K, input: ChannelInput<K>, code: string): Promise<string> {
  const before = dumpDatabase(h.db);
  const result = await h.call(channel, input);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('not refused');
  expect(result.error.code).toBe(code);
  expect(dumpDatabase(h.db)).toBe(before);
  return result.error.message;
}

/** Two stored issues: 2024年第12期（总第460期） and 第13期（总第461期）. */
async function twoIssues(h: Harness) {
  const first = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 12 }) });
  const second = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 13 }) });
  expect([first.totalNumber, second.totalNumber]).toEqual([460, 461]);
  return { first, second };
}

describe('a duplicate 总期号 leaves the database unchanged', () => {
  it('on create', async () => {
    const h = harness();
    await twoIssues(h);
    const message = await refused(
      h,
      'issues.create',
      { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 14, totalNumber: 461 }) },
      'DUPLICATE_TOTAL_NUMBER',
    );
    expect(message).toBe('总第461期已是窗口工作周报 2024年第13期的总期号，同一简报系列的总期号不能重复，未保存。请修改总期号。');
    // The same issue with its own total is stored: only the total was in the way.
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 14 }) });
  });

  it('on 修改期号信息 (renumbering the second issue onto the first one’s total)', async () => {
    const h = harness();
    const { second } = await twoIssues(h);
    const renumbered = { ...meta({ number: 13 }), totalNumber: 460 };
    await refused(h, 'issues.updateMeta', { id: second.id, meta: renumbered }, 'DUPLICATE_TOTAL_NUMBER');
    // Keeping its own total, the issue itself is not in the way.
    await h.value('issues.updateMeta', { id: second.id, meta: { ...meta({ number: 13 }), partTitle: '政务服务工作' } });
  });

  it('on import of a past issue that prints a total already held', async () => {
    const h = harness();
    const { first } = await twoIssues(h);
    const draft = {
      seriesTitle: '窗口工作周报',
      issuer: null,
      meta: meta({ number: 20, totalNumber: 461 }),
      document: first.document,
      closing: null,
    };
    await refused(h, 'import.save', { draft }, 'DUPLICATE_TOTAL_NUMBER');
  });

  it('on restore from the recycle bin, once another issue took the total', async () => {
    const h = harness();
    const { second } = await twoIssues(h);
    await h.value('issues.delete', { id: second.id });
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 14, totalNumber: 461 }) });
    await refused(h, 'issues.restore', { id: second.id }, 'DUPLICATE_TOTAL_NUMBER');
  });
});

describe('questioned dates are refused unconfirmed, with the database unchanged', () => {
  // 2024年第12期 covers 3月25日—3月29日.
  const beforeEnd = meta({ number: 12, issueDate: '2024-03-27' });
  // 2024年第52期 covers 12月16日—12月20日; issued on 3 January 2025 (a 期号 year other than the date's).
  const nextYear = meta({ number: 52, issueDate: '2025-01-03' });
  // The period carried over from an old issue: ends 2024-03-29, issued 2024-07-04 (97 days later).
  const oldPeriod = meta({ number: 12, issueDate: '2024-07-04' });

  it('an issue dated before its period ends', async () => {
    const h = harness();
    const message = await refused(h, 'issues.create', { seriesId: DEFAULT_SERIES_ID, meta: beforeEnd }, 'NEEDS_CONFIRMATION');
    expect(message).toContain('印发日期2024年3月27日早于时段结束日2024年3月29日');
    expect(message.endsWith('未保存。')).toBe(true);
    // Confirming another question does not count for this one.
    await refused(
      h,
      'issues.create',
      { seriesId: DEFAULT_SERIES_ID, meta: beforeEnd, confirm: ['yearDiffersFromDate'] },
      'NEEDS_CONFIRMATION',
    );
    const stored = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: beforeEnd, confirm: ['issuedBeforePeriodEnd'] });
    expect(stored.issueDate).toBe('2024-03-27');
  });

  it('a 期号 year other than the issue date’s year', async () => {
    const h = harness();
    const message = await refused(h, 'issues.create', { seriesId: DEFAULT_SERIES_ID, meta: nextYear }, 'NEEDS_CONFIRMATION');
    expect(message).toContain('期号的年份是2024年，印发日期却在2025年');
    const stored = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: nextYear, confirm: ['yearDiffersFromDate'] });
    expect([stored.year, stored.issueDate]).toEqual([2024, '2025-01-03']);
  });

  it('a period that ended more than 60 days before the issue date', async () => {
    const h = harness();
    const message = await refused(h, 'issues.create', { seriesId: DEFAULT_SERIES_ID, meta: oldPeriod }, 'NEEDS_CONFIRMATION');
    expect(message).toContain('时段结束日2024年3月29日比印发日期2024年7月4日早97天');
    await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: oldPeriod, confirm: ['periodLongBeforeDate'] });
  });

  it('on 修改期号信息: each changed date is questioned, the issue stays as it was', async () => {
    const h = harness();
    const { first } = await twoIssues(h);
    for (const changed of [beforeEnd, oldPeriod, { ...meta({ number: 12 }), year: 2023 }]) {
      await refused(h, 'issues.updateMeta', { id: first.id, meta: changed }, 'NEEDS_CONFIRMATION');
    }
    expect(await h.value('issues.get', { id: first.id })).toMatchObject({
      issueDate: first.issueDate,
      year: 2024,
      revision: first.revision,
    });
    await h.value('issues.updateMeta', { id: first.id, meta: beforeEnd, confirm: ['issuedBeforePeriodEnd'] });
  });
});
