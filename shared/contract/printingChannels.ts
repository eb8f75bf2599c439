/** The printed issue: its 报尾, the layout of its series, and the exports (DOCX, print HTML, PDF). */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import type { Series } from '../issues/types';
import { CLOSING_LABELS, type PrintableClosing } from '../layout/issueView';
import { layoutOverridesSchema } from '../layout/overrides';
import type { LayoutSpec } from '../layout/spec';
import { channel, id } from './define';

/** Control characters would break the printed line (and the DOCX XML); line breaks are separate lines. */
const NO_CONTROL_CHARS = /^[^\p{Cc}]*$/u;

const closingLineSchema = z.strictObject({
  label: z.enum(CLOSING_LABELS, { error: '报尾每行应以“报”“送”或“发”开头' }),
  text: xmlText({ error: '报尾内容应为文字' })
    .max(1000, { error: '报尾一行不能超过1000字' })
    .regex(NO_CONTROL_CHARS, { error: '报尾内容不能含有换行或控制字符，请分成几行填写' }),
});

/** A 报尾: 报/送/发 lines (printed in that order) and the print run `（共印N份）` (null = not printed). */
export const closingSchema = z.strictObject({
  lines: z.array(closingLineSchema, { error: '报尾各行应为列表' }).max(12, { error: '报尾最多12行' }),
  copies: z.int({ error: '印数应为整数' }).min(1, { error: '印数至少为1份' }).max(99_999, { error: '印数不能超过99999份' }).nullable(),
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
  /** Something the clerk should know about the file (pictures printed as 图片缺失); absent: nothing. */
  warning?: string;
}

export interface PrintHtml {
  html: string;
}

/** Whether the PDF (and the preview) can draw the issue's Chinese here; `message` says what is missing. */
export interface FontCheck {
  missingFaces: string[];
  message: string | null;
}

export const printingChannels = {
  /** Stores the series' layout overrides (null = 恢复默认) and answers them with the resolved layout. */
  'series.updateLayout': channel<SeriesLayout>()(z.strictObject({ id, layout: layoutOverridesSchema.nullable() })),
  /** The layout the series prints with: the standard with its overrides applied. */
  'series.resolvedLayout': channel<LayoutSpec>()(z.strictObject({ id })),
  /** The series' default 报尾; null = no 报尾. */
  'series.updateClosing': channel<Series>()(z.strictObject({ id, closing: closingSchema.nullable() })),
  /** An issue's 报尾: its override and the effective one. */
  'issues.closing': channel<IssueClosing>()(z.strictObject({ id })),
  /** Sets an issue's own 报尾; null = use the series' default again. */
  'issues.updateClosing': channel<IssueClosing>()(z.strictObject({ id, closing: closingSchema.nullable() }), {
    writesIssue: 'id',
  }),
  /** The issue as a DOCX in the series' layout. */
  'export.docx': channel<ExportedFile>()(z.strictObject({ id })),
  /**
   * The issue as print HTML: 'print' for printing and PDF, 'preview' for the on-screen pages. Without
   * `measurement` it is the flow to measure in a browser; with it, the paginated A4 pages.
   */
  'export.printHtml': channel<PrintHtml>()(z.strictObject({ id, mode: printModeSchema, measurement: flowMeasurementSchema.optional() })),
  /** Whether every face of the issue's layout can draw Chinese here (bundled or system): the preview's notice. */
  'export.fontCheck': channel<FontCheck>()(z.strictObject({ id })),
  /** The issue as a PDF, rendered by the host's PDF renderer (Chromium). */
  'export.pdf': channel<ExportedFile>()(z.strictObject({ id })),
} as const;
