/** Section templates: the ordered sections a new issue of a series starts with (shared/templates). */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import type { TemplateSection } from '../templates/types';
import { channel, id } from './define';

const NO_CONTROL_CHARS = /^[^\p{Cc}]*$/u;

export const hallCheckSchema = z.strictObject({
  label: xmlText()
    .trim()
    .min(1, { error: '请填写巡查项目' })
    .max(100, { error: '巡查项目不能超过100字' })
    .regex(NO_CONTROL_CHARS, { error: '巡查项目不能含有换行' }),
  text: xmlText().trim().max(500, { error: '巡查结果不能超过500字' }).regex(NO_CONTROL_CHARS, { error: '巡查结果不能含有换行' }),
});

export const templateBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('attendance') }),
  z.strictObject({ kind: z.literal('leaderVisits') }),
  z.strictObject({ kind: z.literal('statistics'), groupId: id, form: z.enum(['sentence', 'table']) }),
  z.strictObject({
    kind: z.literal('hallInspection'),
    checks: z.array(hallCheckSchema).min(1, { error: '大厅巡查至少要有一项' }).max(20, { error: '大厅巡查最多20项' }),
  }),
]);

export const templateSectionSchema = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: '层级应为1至4' }),
  title: xmlText()
    .trim()
    .min(1, { error: '请填写标题' })
    .max(200, { error: '标题不能超过200字' })
    .regex(NO_CONTROL_CHARS, { error: '标题不能含有换行' }),
  defaultText: xmlText().max(20_000, { error: '默认正文不能超过20000字' }),
  keepText: z.boolean(),
  block: templateBlockSchema.nullable(),
}) satisfies z.ZodType<TemplateSection>;

export const templateChannels = {
  'templates.get': channel<TemplateSection[]>()(z.strictObject({ seriesId: id })),
  /** Replaces the series' template; a statistics block must name a metric group of the same series. */
  'templates.save': channel<TemplateSection[]>()(
    z.strictObject({ seriesId: id, sections: z.array(templateSectionSchema).max(100, { error: '模板最多100个部分' }) }),
  ),
} as const;
