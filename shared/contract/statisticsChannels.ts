/** Statistics: a series' metric groups, the figures typed per issue, and the computed view (shared/statistics). */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import type { MetricGroup, StatisticsView } from '../statistics/types';
import { channel, id } from './define';

const NO_CONTROL_CHARS = /^[^\p{Cc}]*$/u;
const label = (what: string, max: number) =>
  xmlText()
    .trim()
    .max(max, { error: `${what}不能超过${max}字` })
    .regex(NO_CONTROL_CHARS, { error: `${what}不能含有换行` });

export const metricInputSchema = z.strictObject({
  /** null: a new metric. */
  id: id.nullable(),
  label: label('指标名称', 100).min(1, { error: '请填写指标名称' }),
  unit: label('单位', 20),
  category: label('分类', 200),
});

export const metricGroupInputSchema = z.strictObject({
  /** null: a new group. */
  id: id.nullable(),
  name: label('统计名称', 200).min(1, { error: '请填写统计名称' }),
  mode: z.enum(['period', 'cumulative'], { error: '统计方式应为“本期数字”或“累计数字”' }),
  lead: label('引导语', 500),
  metrics: z.array(metricInputSchema).min(1, { error: '每项统计至少要有一个指标' }).max(40, { error: '每项统计最多40个指标' }),
});

const figure = (what: string) =>
  z
    .int({ error: `${what}应为整数` })
    .min(0, { error: `${what}不能为负数` })
    .max(999_999_999_999, { error: `${what}过大` })
    .nullable();

export const figureInputSchema = z.strictObject({
  metricId: id,
  value: figure('本期数字'),
  total: figure('累计数字'),
});

export const statisticsChannels = {
  'statistics.groups': channel<MetricGroup[]>()(z.strictObject({ seriesId: id })),
  /**
   * Replaces the series' metric groups: groups and metrics with an id are updated, without one are
   * added, missing ones deleted — refused if a deleted metric has figures or a template uses the group.
   */
  'statistics.saveGroups': channel<MetricGroup[]>()(
    z.strictObject({ seriesId: id, groups: z.array(metricGroupInputSchema).max(20, { error: '统计最多20项' }) }),
  ),
  /** One group's figures in one issue, with the computed totals, warnings and printed text. */
  'statistics.get': channel<StatisticsView>()(z.strictObject({ issueId: id, groupId: id })),
  /** Stores the issue's figures of the group (refused on a finalized issue or a contradiction). */
  'statistics.save': channel<StatisticsView>()(
    z.strictObject({ issueId: id, groupId: id, figures: z.array(figureInputSchema).max(40, { error: '指标过多' }) }),
    { writesIssue: 'issueId' },
  ),
} as const;
