/**
 * The statistics the component tests build on, stored through main's channels: the weekly series'
 * groups replaced by 省本级综窗办件情况 cut to 咨询 (人次) and 受理 (件), 2024年第8期 with the
 * platform's totals typed (咨询 12101, 受理 5544: they close every earlier gap), and the issue under
 * test, 第9期 — or 第10期, which leaves 第9期 missing, a 今年以来 error.
 */
import { paragraph, type BlockElement } from '../../shared/document/types';
import type { Issue, Series } from '../../shared/issues/types';
import type { Metric, MetricGroup } from '../../shared/statistics/types';
import type { RealApi } from './realApi';
import { addIssue, seedWeekly, weekMeta, WEEKLY_ID } from './realSeed';

/** 省本级综窗办件情况 cut to 咨询 (人次) and 受理 (件), as statistics.saveGroups takes a new group. */
export const CONSULT_ACCEPT_GROUP = {
  id: null,
  name: '省本级综窗办件情况',
  mode: 'period' as const,
  lead: '',
  metrics: [
    { id: null, label: '咨询', unit: '人次', category: '' },
    { id: null, label: '受理', unit: '件', category: '' },
  ],
};

export interface SeededStatistics {
  weekly: Series;
  group: MetricGroup;
  consult: Metric;
  accept: Metric;
  /** The issue under test. */
  issue: Issue;
}

export async function seedStatistics(
  real: RealApi,
  options: { gap?: boolean; figures?: [number | null, number | null]; blocks?: BlockElement[] } = {},
): Promise<SeededStatistics> {
  const weekly = await seedWeekly(real);
  const [group] = await real.value('statistics.saveGroups', {
    seriesId: WEEKLY_ID,
    groups: [CONSULT_ACCEPT_GROUP],
  });
  const [consult, accept] = group!.metrics as [Metric, Metric];
  const eighth = await addIssue(real, weekMeta(8), [paragraph('第8期')]);
  await real.value('statistics.save', {
    issueId: eighth.id,
    groupId: group!.id,
    figures: [
      { metricId: consult.id, value: 12101, total: 12101 },
      { metricId: accept.id, value: 5544, total: 5544 },
    ],
  });
  const issue = await addIssue(real, weekMeta(options.gap ? 10 : 9), options.blocks ?? [paragraph('正文')]);
  const [value1, value2] = options.figures ?? [null, null];
  if (value1 !== null || value2 !== null) {
    await real.value('statistics.save', {
      issueId: issue.id,
      groupId: group!.id,
      figures: [
        { metricId: consult.id, value: value1, total: null },
        { metricId: accept.id, value: value2, total: null },
      ],
    });
  }
  return { weekly, group: group!, consult, accept, issue };
}
