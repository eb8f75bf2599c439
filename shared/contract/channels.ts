/**
 * THE contract between the renderer and main: every call, declared once, with the schema of its input
 * and the type of its answer. The Electron preload exposes exactly these names, the browser-mode host
 * serves exactly these names over HTTP, and the handler table must implement every one of them.
 */
import { z } from 'zod';
import { documentSchema } from '../document/schema';
import { isIsoDate } from '../issues/dates';
import type { Issue, IssueMeta, IssueSummary, Series } from '../issues/types';
import { CLOSING_LABELS, type PrintableClosing } from '../layout/issueView';
import { layoutOverridesSchema } from '../layout/overrides';
import type { LayoutSpec } from '../layout/spec';

/** A phantom carries the answer type; only the input schema exists at run time. */
interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

const id = z.int().positive().max(Number.MAX_SAFE_INTEGER);
const isoDate = z.string().max(10).refine(isIsoDate, { message: '日期应为 YYYY-MM-DD 格式的有效日期' });
const shortText = z.string().max(200);

export const issueMetaSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100),
    number: z.int().min(1).max(9999),
    totalNumber: z.int().min(1).max(999_999).nullable(),
    issueDate: isoDate,
    periodStart: isoDate.nullable(),
    periodEnd: isoDate.nullable(),
    partTitle: shortText.nullable(),
  })
  .refine((m) => (m.periodStart === null) === (m.periodEnd === null), {
    message: '起止日期应同时填写或同时留空',
  })
  .refine((m) => m.periodStart === null || m.periodEnd === null || m.periodStart <= m.periodEnd, {
    message: '时段的结束日期不能早于开始日期',
  });

/** Control characters would break the printed line (and the DOCX XML); line breaks are separate lines. */
const NO_CONTROL_CHARS = /^[^\p{Cc}]*$/u;

const closingLineSchema = z.strictObject({
  label: z.enum(CLOSING_LABELS, { error: '报尾每行应以“报”“送”或“发”开头' }),
  text: z
    .string({ error: '报尾内容应为文字' })
    .max(1000, { error: '报尾一行不能超过1000字' })
    .regex(NO_CONTROL_CHARS, { error: '报尾内容不能含有换行或控制字符，请分成几行填写' }),
});

/** A 报尾: 报/送/发 lines (printed in that order) and the print run `（共印N份）` (null = not printed). */
export const closingSchema = z.strictObject({
  lines: z.array(closingLineSchema, { error: '报尾各行应为列表' }).max(12, { error: '报尾最多12行' }),
  copies: z
    .int({ error: '印数应为整数' })
    .min(1, { error: '印数至少为1份' })
    .max(99_999, { error: '印数不能超过99999份' })
    .nullable(),
}) satisfies z.ZodType<PrintableClosing>;

export const printModeSchema = z.enum(['print', 'preview'], { error: '显示方式应为 print 或 preview' });
export type PrintMode = z.infer<typeof printModeSchema>;

const measureCount = z.int({ error: '排版测量值应为整数' }).min(0).max(10_000_000);

/**
 * What a browser measured of the flow document (the print HTML without a measurement): per flow item
 * its lines on the grid and, for splittable blocks, where each line starts. The same shape as the
 * print serializer's FlowMeasurement; with it `export.printHtml` answers the paginated pages.
 */
export const flowMeasurementSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        lines: measureCount,
        lineStarts: z.array(measureCount).max(100_000, { error: '排版测量数据过大' }).nullable(),
      }),
      { error: '排版测量数据应为列表' },
    )
    .max(100_000, { error: '排版测量数据过大' }),
});
export type FlowMeasurementInput = z.infer<typeof flowMeasurementSchema>;

export interface AppInfo {
  version: string;
  databasePath: string;
  host: 'electron' | 'web';
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

/** A series' layout as stored (its overrides) and as printed (the standard with them applied). */
export interface SeriesLayout {
  series: Series;
  layout: LayoutSpec;
}

/** An issue's 报尾: its own (null = the series' default) and the one it prints with. */
export interface IssueClosing {
  issueId: number;
  override: PrintableClosing | null;
  effective: PrintableClosing | null;
}

/** An exported file: a name safe on Windows and the bytes in base64 (the contract carries JSON only). */
export interface ExportedFile {
  fileName: string;
  base64: string;
}

export interface PrintHtml {
  html: string;
}

export const contract = {
  'app.info': channel<AppInfo>()(z.strictObject({})),
  'series.list': channel<Series[]>()(z.strictObject({})),
  /** Live issues of a series, newest first. */
  'issues.list': channel<IssueSummary[]>()(z.strictObject({ seriesId: id })),
  /** The recycle bin: deleted issues of all series, most recently deleted first. */
  'issues.listDeleted': channel<IssueSummary[]>()(z.strictObject({})),
  /** What the New-issue form starts with. `today` (YYYY-MM-DD) defaults to the host's date. */
  'issues.propose': channel<IssueMeta>()(z.strictObject({ seriesId: id, today: isoDate.optional() })),
  'issues.create': channel<Issue>()(z.strictObject({ seriesId: id, meta: issueMetaSchema })),
  'issues.get': channel<Issue>()(z.strictObject({ id })),
  'issues.updateMeta': channel<Issue>()(z.strictObject({ id, meta: issueMetaSchema })),
  'issues.saveDocument': channel<SaveResult>()(z.strictObject({ id, document: documentSchema })),
  'issues.delete': channel<IssueSummary>()(z.strictObject({ id })),
  'issues.restore': channel<IssueSummary>()(z.strictObject({ id })),
  /** Removes an issue from the recycle bin for good; live issues cannot be purged. */
  'issues.purge': channel<{ id: number }>()(z.strictObject({ id })),
  /** The issue as plain text: masthead lines, period, body with its generated numbers. */
  'issues.exportText': channel<string>()(z.strictObject({ id })),

  'series.get': channel<Series>()(z.strictObject({ id })),
  /** Stores the series' layout overrides (null = 恢复默认) and answers them with the resolved layout. */
  'series.updateLayout': channel<SeriesLayout>()(z.strictObject({ id, layout: layoutOverridesSchema.nullable() })),
  /** The layout the series prints with: the standard with its overrides applied. */
  'series.resolvedLayout': channel<LayoutSpec>()(z.strictObject({ id })),
  /** The series' default 报尾; null = no 报尾. */
  'series.updateClosing': channel<Series>()(z.strictObject({ id, closing: closingSchema.nullable() })),
  /** An issue's 报尾: its override and the effective one. */
  'issues.closing': channel<IssueClosing>()(z.strictObject({ id })),
  /** Sets an issue's own 报尾; null = use the series' default again. */
  'issues.updateClosing': channel<IssueClosing>()(z.strictObject({ id, closing: closingSchema.nullable() })),
  /** The issue as a DOCX in the series' layout. */
  'export.docx': channel<ExportedFile>()(z.strictObject({ id })),
  /**
   * The issue as print HTML: 'print' for printing and PDF, 'preview' for the on-screen pages. Without
   * `measurement` it is the flow to measure in a browser; with it, the paginated A4 pages.
   */
  'export.printHtml': channel<PrintHtml>()(
    z.strictObject({ id, mode: printModeSchema, measurement: flowMeasurementSchema.optional() }),
  ),
  /** The issue as a PDF, rendered by the host's PDF renderer (Chromium). */
  'export.pdf': channel<ExportedFile>()(z.strictObject({ id })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = NonNullable<Contract[K]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
