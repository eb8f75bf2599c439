/**
 * What a series may change of the standard layout, validated with Chinese messages (the schema can
 * go into the contract as is), and resolveLayout, which applies the changes and re-derives the grid.
 * Anything not given stays the standard; an empty object is the standard (恢复默认).
 */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import { deriveLayout, STANDARD_INPUTS, textBlockTwips, type FontRole, type LayoutInputs, type LayoutSpec } from './spec';
import { twipsToPt } from './units';

export const MARGIN_RANGE_MM = { min: 10, max: 60 } as const;
export const LINE_PITCH_RANGE_PT = { min: 20, max: 40 } as const;
export const TITLE_SIZE_RANGE_PT = { min: 22, max: 30 } as const;
export const LINES_PER_PAGE_RANGE = { min: 15, max: 30 } as const;
/** A grid cell may be this much narrower or wider than a body character before text looks wrong. */
export const CHAR_PITCH_RATIO_RANGE = { min: 0.85, max: 1.15 } as const;

const margin = (name: string) =>
  z
    .number({ error: `${name}应为数字（毫米）` })
    .min(MARGIN_RANGE_MM.min, { error: `${name}不能小于${MARGIN_RANGE_MM.min}毫米` })
    .max(MARGIN_RANGE_MM.max, { error: `${name}不能大于${MARGIN_RANGE_MM.max}毫米` });

const colour = (name: string) =>
  xmlText({ error: `${name}应为颜色值` })
    .regex(/^[0-9A-Fa-f]{6}$/, { error: `${name}应为六位十六进制颜色值，如 FF0000` })
    .transform((value) => value.toUpperCase());

const fontName = xmlText({ error: '字体名称应为文字' })
  .trim()
  .min(1, { error: '字体名称不能为空' })
  .max(64, { error: '字体名称过长' })
  // Names go into XML attributes and CSS font-family lists: keep them to plain names.
  .regex(/^[^"'<>&;{}\\\p{Cc}]+$/u, { error: '字体名称含有不允许的字符' });

const fontsShape = {
  latin: fontName,
  body: fontName,
  heading1: fontName,
  heading2: fontName,
  heading3: fontName,
  heading4: fontName,
  masthead: fontName,
  partTitle: fontName,
  period: fontName,
  pageNumber: fontName,
  closing: fontName,
  caption: fontName,
} satisfies Record<FontRole, typeof fontName>;

const overridesObject = z.strictObject({
  margins: z
    .strictObject({
      topMm: margin('上边距'),
      bottomMm: margin('下边距'),
      leftMm: margin('左边距'),
      rightMm: margin('右边距'),
    })
    .partial()
    .optional(),
  grid: z
    .strictObject({
      linePitchPt: z
        .number({ error: '行距应为数字（磅）' })
        .min(LINE_PITCH_RANGE_PT.min, { error: `行距不能小于${LINE_PITCH_RANGE_PT.min}磅` })
        .max(LINE_PITCH_RANGE_PT.max, { error: `行距不能大于${LINE_PITCH_RANGE_PT.max}磅` }),
    })
    .partial()
    .optional(),
  masthead: z
    .strictObject({
      titleSizePt: z
        .number({ error: '报头字号应为数字（磅）' })
        .min(TITLE_SIZE_RANGE_PT.min, { error: `报头字号不能小于${TITLE_SIZE_RANGE_PT.min}磅` })
        .max(TITLE_SIZE_RANGE_PT.max, { error: `报头字号不能大于${TITLE_SIZE_RANGE_PT.max}磅` }),
      titleColor: colour('报头颜色'),
      ruleColor: colour('分隔线颜色'),
    })
    .partial()
    .optional(),
  fonts: z.strictObject(fontsShape).partial().optional(),
  closing: z
    .strictObject({ onEvenPage: z.boolean({ error: '报尾位置应为是或否' }) })
    .partial()
    .optional(),
  contents: z
    .strictObject({ titleAlign: z.enum(['center', 'left'], { error: '本期要目标题应居中或居左' }) })
    .partial()
    .optional(),
});

export type LayoutOverrides = z.input<typeof overridesObject>;

function applyOverrides(overrides: z.output<typeof overridesObject>): LayoutInputs {
  const base = STANDARD_INPUTS;
  return {
    ...base,
    margins: { ...base.margins, ...overrides.margins },
    grid: { ...base.grid, linePitchPt: overrides.grid?.linePitchPt ?? base.grid.linePitchPt },
    masthead: { ...base.masthead, ...overrides.masthead },
    fonts: { ...base.fonts, ...overrides.fonts },
    closing: { ...base.closing, ...overrides.closing },
    contents: { ...base.contents, ...overrides.contents },
  };
}

/** The overrides, checked one by one and then as a whole page (the text block must still hold the grid). */
export const layoutOverridesSchema = overridesObject.superRefine((overrides, ctx) => {
  const inputs = applyOverrides(overrides);
  const block = textBlockTwips(inputs);
  const cellPt = twipsToPt(block.width) / inputs.grid.charsPerLine;
  const ratio = cellPt / inputs.body.sizePt;
  if (ratio < CHAR_PITCH_RATIO_RANGE.min || ratio > CHAR_PITCH_RATIO_RANGE.max) {
    ctx.addIssue({
      code: 'custom',
      path: ['margins'],
      message: `左右边距使每行${inputs.grid.charsPerLine}字的字距${ratio < 1 ? '过小' : '过大'}，请调整左右边距`,
    });
  }
  const lines = deriveLayout(inputs).grid.linesPerPage;
  if (lines < LINES_PER_PAGE_RANGE.min || lines > LINES_PER_PAGE_RANGE.max) {
    ctx.addIssue({
      code: 'custom',
      path: ['grid', 'linePitchPt'],
      message: `行距与上下边距使每页为${lines}行，应在${LINES_PER_PAGE_RANGE.min}–${LINES_PER_PAGE_RANGE.max}行之间`,
    });
  }
});

/**
 * The layout a series prints with: the standard with the series' overrides applied and the grid
 * re-derived. Throws the schema's ZodError (Chinese messages) when the overrides are invalid.
 */
export function resolveLayout(overrides?: LayoutOverrides | null): LayoutSpec {
  const parsed = layoutOverridesSchema.parse(overrides ?? {});
  return deriveLayout(applyOverrides(parsed));
}
