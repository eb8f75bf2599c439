/**
 * 接续往期: a series' starting point (the last issue printed before BriefDesk and the 今年以来 figures
 * as of it), and what the start page of a new database shows.
 */
import { z } from 'zod';
import type { StartingPoint } from '../start/types';
import type { ArchiveSummary, StartState } from '../start/summary';
import { channel, id, isoDate } from './define';

export const startingPointSchema = z.strictObject({
  year: z
    .int({ error: '年份应为整数' })
    .min(2000, { error: '年份应在2000年至2100年之间' })
    .max(2100, { error: '年份应在2000年至2100年之间' }),
  number: z.int({ error: '期号应为整数' }).min(1, { error: '期号至少为1' }).max(9999, { error: '期号不能超过9999' }),
  totalNumber: z.int({ error: '总期号应为整数' }).min(1, { error: '总期号至少为1' }).max(999_999, { error: '总期号过大' }).nullable(),
  issueDate: isoDate,
  periodEnd: isoDate.nullable(),
  balances: z
    .array(
      z.strictObject({
        metricId: id,
        total: z
          .int({ error: '今年以来累计应为整数' })
          .min(0, { error: '今年以来累计不能为负数' })
          .max(999_999_999_999, { error: '今年以来累计过大' }),
      }),
    )
    .max(400, { error: '期初累计过多' }),
});

export const startChannels = {
  /** Whether the start page opens: a database with no issue at all and no starting point. */
  'start.state': channel<StartState>()(z.strictObject({})),
  /** The series' starting point, or null when it has none. */
  'start.get': channel<{ point: StartingPoint | null }>()(z.strictObject({ seriesId: id })),
  /** Sets (replaces) the series' starting point and its opening balances. */
  'start.save': channel<StartingPoint>()(z.strictObject({ seriesId: id, point: startingPointSchema })),
  /** Removes the series' starting point (its balances go with it). */
  'start.clear': channel<{ seriesId: number }>()(z.strictObject({ seriesId: id })),
  /** What the archive holds: per series the last issue, the year's figures as printed, the next proposal. */
  'start.summary': channel<ArchiveSummary>()(z.strictObject({ today: isoDate.optional() })),
} as const;
