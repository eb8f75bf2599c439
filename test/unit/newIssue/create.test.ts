import { describe, expect, it } from 'vitest';
import { generated, numbered, paragraph } from '../../../shared/document/types';
import { DEFAULT_SERIES_ID, dumpDatabase, harness, meta, type Harness } from '../services/helpers';
import { MONTHLY_TEMPLATE, WEEKLY_TEMPLATE } from './templates';

async function weeklyWithTemplate(h: Harness): Promise<number> {
  const [group] = await h.value('statistics.groups', { seriesId: DEFAULT_SERIES_ID });
  const sections = WEEKLY_TEMPLATE.map((s) => (s.block?.kind === 'statistics' ? { ...s, block: { ...s.block, groupId: group!.id } } : s));
  await h.value('templates.save', { seriesId: DEFAULT_SERIES_ID, sections });
  return group!.id;
}

describe('issues.create with a body', () => {
  it('builds the body from the template and renders its generated section and statistics for the new issue', async () => {
    const h = harness();
    const groupId = await weeklyWithTemplate(h);
    const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta(), body: 'template' });
    expect(issue.revision).toBe(1);
    expect(issue.document.blocks.slice(0, 4)).toEqual([
      numbered(1, '政务工作动态'),
      paragraph(),
      numbered(1, '厅（局）长进大厅'),
      // rendered at creation: no visits yet
      generated('leaderVisits', ['本周无厅（局）长进大厅。']),
    ]);
    // The statistics block is rendered at creation too: the figures not yet typed print as （未填）.
    const block = issue.document.blocks.find((b) => b.type === 'statistics');
    expect(block).toMatchObject({ type: 'statistics', groupId, form: 'sentence' });
    expect(block?.type === 'statistics' && block.lines).toEqual([
      '本周，共计咨询（未填）、受理（未填）、颁发（未填）、流转（未填）。今年以来，累计咨询（未填）、受理（未填）、颁发（未填）、流转（未填）。',
    ]);
    const text = await h.value('issues.exportText', { id: issue.id });
    expect(text).toContain('（一）省本级综窗办件情况\n本周，共计咨询（未填）、');
    expect(text).toContain('二、厅（局）长进大厅\n本周无厅（局）长进大厅。');
    expect(text).toContain('（一）省本级综窗办件情况');
  });

  it('carries the previous regular issue over with its news cleared', async () => {
    const h = harness();
    await weeklyWithTemplate(h);
    const first = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 12 }), body: 'template' });
    const typed = first.document.blocks.map((b) => (b.type === 'paragraph' ? paragraph('3月26日，省中心召开例会。') : b));
    await h.value('issues.saveDocument', { id: first.id, document: { ...first.document, blocks: typed } });
    const second = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta({ number: 13 }), body: 'previous' });
    expect(second.document.blocks).toEqual(first.document.blocks);
    expect(JSON.stringify(second.document)).not.toContain('例会');
  });

  it('refuses 沿用上一期 for a series without issues, saving nothing', async () => {
    const h = harness();
    const before = dumpDatabase(h.db);
    const result = await h.call('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: meta(), body: 'previous' });
    expect(result.ok ? null : result.error).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('还没有上一期') });
    expect(dumpDatabase(h.db)).toBe(before);
  });
});

describe('a monthly series', () => {
  it('proposes 第2期 for the next calendar month and names the month in its first section', async () => {
    const h = harness();
    const series = await h.value('series.create', {
      settings: {
        title: '政务窗口月报',
        issuer: '四川省政府政务服务和公共资源交易服务中心',
        periodKind: 'month',
        hasTotal: false,
        partTitle: null,
        printPeriod: true,
        copyPlan: null,
      },
      closing: null,
    });
    await h.value('templates.save', { seriesId: series.id, sections: MONTHLY_TEMPLATE });
    const firstMeta = await h.value('issues.propose', { seriesId: series.id, today: '2025-02-06' });
    expect(firstMeta).toMatchObject({ number: 1, totalNumber: null, periodStart: '2025-01-01', periodEnd: '2025-01-31' });
    const first = await h.value('issues.create', { seriesId: series.id, meta: firstMeta, body: 'template' });
    expect(first.document.blocks[0]).toEqual(numbered(1, '2025年1月总体运行情况'));

    const next = await h.value('issues.propose', { seriesId: series.id, today: '2025-03-05' });
    expect(next).toMatchObject({ year: 2025, number: 2, totalNumber: null, periodStart: '2025-02-01', periodEnd: '2025-02-28' });
    const second = await h.value('issues.create', { seriesId: series.id, meta: next, body: 'previous' });
    expect(second.document.blocks[0]).toEqual(numbered(1, '2025年2月总体运行情况'));
    const text = await h.value('issues.exportText', { id: second.id });
    expect(text).toContain('第2期');
    expect(text).not.toContain('总第');
    expect(text).toContain('一、2025年2月总体运行情况');
  });
});
