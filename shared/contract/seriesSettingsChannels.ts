/** Series settings: creating, editing and deleting a series (its layout and 报尾 are in printingChannels). */
import { z } from 'zod';
import { ISSUER_MAX_CHARS } from '../layout/mastheadFit';
import { xmlText } from '../text/xmlText';
import type { Series } from '../issues/types';
import { closingSchema } from './printingChannels';
import { channel, id, shortText } from './define';

/** Copies per recipient: `（共印N份）` is their sum. */
export const copyPlanSchema = z.strictObject({
  recipients: z
    .array(
      z.strictObject({
        name: xmlText().trim().min(1, { error: '请填写发送对象' }).max(200, { error: '发送对象不能超过200字' }),
        copies: z.int({ error: '份数应为整数' }).min(1, { error: '每个发送对象至少1份' }).max(9999, { error: '份数不能超过9999' }),
      }),
      { error: '分送份数应为列表' },
    )
    .min(1, { error: '按发送对象计算印数时，至少要有一个发送对象' })
    .max(100, { error: '发送对象最多100个' }),
});

/** What the series form edits; the layout and the default 报尾 have their own channels. */
export const seriesSettingsSchema = z.strictObject({
  title: xmlText().trim().min(1, { error: '请填写简报名称' }).max(200, { error: '简报名称不能超过200字' }),
  // The issuer shares one masthead line with the date (mastheadFit.ts): longer would be unreadably condensed.
  issuer: z
    .string()
    .trim()
    .max(ISSUER_MAX_CHARS, { error: `发文单位不能超过${ISSUER_MAX_CHARS}字（报头上发文单位和日期须排在一行）` }),
  periodKind: z.enum(['week', 'month', 'custom'], { error: '周期应为每周、每月或自定' }),
  hasTotal: z.boolean(),
  partTitle: shortText.nullable(),
  printPeriod: z.boolean(),
  copyPlan: copyPlanSchema.nullable(),
});

export const seriesSettingsChannels = {
  /** A new series; a title another series has is refused. */
  'series.create': channel<Series>()(z.strictObject({ settings: seriesSettingsSchema, closing: closingSchema.nullable() })),
  'series.update': channel<Series>()(z.strictObject({ id, settings: seriesSettingsSchema })),
  /** Refused while the series has issues (live or in the recycle bin); its template and metrics go with it. */
  'series.delete': channel<{ id: number }>()(z.strictObject({ id })),
} as const;
