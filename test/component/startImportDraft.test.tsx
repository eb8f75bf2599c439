/**
 * The start page's folder import stores what 导入往期 stores: the figures of an imported statistics
 * sentence or table go with the draft (one rule, shared/import/draft.ts), so 今年以来 chains through
 * the weeks imported on the first day.
 */
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/contract/importChannels';
import { emptyDocument } from '../../shared/document/types';
import type { DetectedIssue } from '../../shared/import/types';
import type { Series } from '../../shared/issues/types';
import { draftFor } from '../../renderer/src/start/importFolder';
import { WEEKLY_ID, WEEKLY_SETTINGS } from './realSeed';

/** draftFor is the renderer's own rule: it needs a series, not main. */
const weekly: Series = { ...WEEKLY_SETTINGS, id: WEEKLY_ID, layout: null, closing: null };

function preview(extra: Partial<DetectedIssue>): ImportPreview {
  const issue = {
    seriesTitle: '窗口工作周报',
    seriesTitleFound: true,
    year: 2024,
    number: 11,
    totalNumber: 463,
    issuer: '四川省政府政务服务和公共资源交易服务中心',
    issueDate: '2024-03-29',
    period: ['2024-03-18', '2024-03-22'],
    partTitle: null,
    sections: [],
    distribution: { 报: null, 送: null, 发: null },
    copies: null,
    warnings: [],
    document: emptyDocument(),
    closing: null,
    figures: [],
    ...extra,
  } as DetectedIssue;
  return { fileName: 'a.docx', issue, seriesId: 1, existingIssueId: null };
}

describe('the start page’s import draft', () => {
  it('carries the figures of imported statistics', () => {
    const figures = [{ groupId: 1, metricId: 2, value: 2046, total: 14147 }];
    const draft = draftFor(preview({ figures } as Partial<DetectedIssue>));
    expect(typeof draft).not.toBe('string');
    expect(draft).toMatchObject({ meta: { year: 2024, number: 11, totalNumber: 463 }, figures });
  });

  it('names what is missing instead of guessing (the clerk types it in the file’s row)', () => {
    expect(draftFor(preview({ number: null }))).toBe('未找到期号，请补填。');
    expect(draftFor(preview({ issueDate: null }))).toBe('未找到印发日期，请补填。');
    // A lost 总期号 only matters for a series that prints one.
    expect(draftFor(preview({ totalNumber: null }), [weekly])).toBe('未找到总期号，请补填。');
    expect(typeof draftFor(preview({ totalNumber: null }), [{ ...weekly, hasTotal: false }])).not.toBe('string');
  });

  it('asks about a period far from the issue date', () => {
    expect(draftFor(preview({ period: ['2022-08-22', '2022-08-26'] }))).toMatch(
      /^请核对日期：时段结束日2022年8月26日比印发日期2024年3月29日早/,
    );
  });
});
