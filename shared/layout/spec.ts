/**
 * The official print layout of a briefing (GB/T 9704-2012 and 简报 practice) as data, in physical
 * units: millimetres for the page and its margins, points for type. Every serializer (DOCX, print
 * HTML) reads the same LayoutSpec, so the DOCX Word opens and the PDF the printer gets are one layout.
 *
 * The grid numbers (line pitch, character spacing) are derived from the page, the margins and the
 * 22 × 28 grid exactly as Word derives them: from whole twips, floored, so that 22 lines and 28
 * characters always fit. Series settings (see overrides.ts) change the inputs; resolveLayout
 * re-derives the rest.
 */
import type { NumberLevel } from '../document/types';
import { CHAR_SPACE_UNITS_PER_PT, mmToTwips, twipsToPt } from './units';

/** The faces an element of the printed issue is set in (East Asian face; Latin is `latin`). */
export type FontRole =
  | 'latin'
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'masthead'
  | 'partTitle'
  | 'period'
  | 'pageNumber'
  | 'closing'
  | 'caption';

export const FONT_ROLES: readonly FontRole[] = [
  'latin',
  'body',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'masthead',
  'partTitle',
  'period',
  'pageNumber',
  'closing',
  'caption',
];

export type LayoutFonts = Record<FontRole, string>;

export interface LayoutMargins {
  topMm: number;
  bottomMm: number;
  leftMm: number;
  rightMm: number;
}

export interface LayoutGrid {
  /** 22 by the standard; derived from the pitch when a series overrides the pitch. */
  linesPerPage: number;
  charsPerLine: number;
  /** Exact height of every body line: text-block height / linesPerPage, ≈28.95 pt. */
  linePitchPt: number;
  /**
   * Word's `w:charSpace`: how much narrower (negative) or wider each grid cell is than a body-size
   * character, in 1/4096 pt. −842 for the standard page.
   */
  charSpace: number;
}

export interface LayoutSpec {
  page: { widthMm: number; heightMm: number };
  margins: LayoutMargins;
  grid: LayoutGrid;
  fonts: LayoutFonts;
  body: { sizePt: number; firstLineIndentChars: number };
  headings: Record<NumberLevel, { sizePt: number; bold: boolean }>;
  masthead: {
    titleSizePt: number;
    /** RRGGBB, no '#'. */
    titleColor: string;
    /** Grid lines the title occupies, so the lines after it stay on the grid. */
    titleLines: number;
    ruleColor: string;
    ruleThicknessPt: number;
    /** Empty grid lines between the red rule and what follows it. */
    linesAfterRule: number;
  };
  partTitle: { sizePt: number };
  periodLine: { sizePt: number };
  pageNumber: {
    sizePt: number;
    /** From the bottom edge of the text block to the top of the page-number line. */
    gapBelowTextMm: number;
    /** Odd pages: this many body characters in from the right; even pages: from the left. */
    insetChars: number;
    /** The footer line's own exact height (inheriting the body pitch would cost the 22nd line). */
    lineHeightPt: number;
  };
  closing: {
    sizePt: number;
    /** First and last rule. */
    outerRuleMm: number;
    /** Rules between the lines. */
    innerRuleMm: number;
    ruleColor: string;
    /** Left and right indent of the lines, in closing-size characters (GB/T: 左右各空一字). */
    indentChars: number;
    /** Put the block on an even page (double-sided printing), adding a blank page when needed. */
    onEvenPage: boolean;
  };
  /**
   * Tables (statistics) keep their own type size in the body face, and every row is a whole number of
   * grid lines high, so the text after a table stays on the grid (see layout/table.ts).
   */
  table: {
    sizePt: number;
    /** Left and right padding inside each cell; top and bottom are none (rows sit on the grid). */
    cellPaddingPt: number;
    borderPt: number;
    headerBold: boolean;
  };
  /**
   * 本期要目 (layout/contents.ts): a box of 0.5 pt rules under the masthead, its title in the level-1
   * heading face and its lines in the body face, both at the body size, every row whole grid lines.
   */
  /** 图注 under a picture (layout/picture.ts): centred, in `fonts.caption`. */
  caption: { sizePt: number };
  contents: {
    title: string;
    titleAlign: 'center' | 'left';
    /** Room inside the box's left and right rules, in body characters. */
    paddingChars: number;
    /** How much further a level-2 line starts, in body characters. */
    level2IndentChars: number;
    borderPt: number;
    /** Empty grid lines between the box and the body. */
    linesAfter: number;
  };
}

/** What a LayoutSpec is before its grid is derived. */
export type LayoutInputs = Omit<LayoutSpec, 'grid'> & {
  grid: { linesPerPage: number; charsPerLine: number; linePitchPt: number | null };
};

export const STANDARD_INPUTS: LayoutInputs = {
  page: { widthMm: 210, heightMm: 297 },
  margins: { topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 },
  grid: { linesPerPage: 22, charsPerLine: 28, linePitchPt: null },
  fonts: {
    latin: 'Times New Roman',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    heading3: '仿宋_GB2312',
    heading4: '仿宋_GB2312',
    masthead: '方正小标宋简体',
    partTitle: '方正小标宋简体',
    period: '楷体_GB2312',
    pageNumber: '宋体',
    closing: '仿宋_GB2312',
    caption: '楷体_GB2312',
  },
  body: { sizePt: 16, firstLineIndentChars: 2 },
  headings: {
    1: { sizePt: 16, bold: false },
    2: { sizePt: 16, bold: false },
    3: { sizePt: 16, bold: true },
    4: { sizePt: 16, bold: true },
  },
  masthead: {
    titleSizePt: 26,
    titleColor: 'FF0000',
    titleLines: 2,
    ruleColor: 'FF0000',
    ruleThicknessPt: 1,
    linesAfterRule: 1,
  },
  partTitle: { sizePt: 22 },
  periodLine: { sizePt: 16 },
  pageNumber: { sizePt: 14, gapBelowTextMm: 7, insetChars: 1, lineHeightPt: 14 },
  closing: {
    sizePt: 14,
    outerRuleMm: 0.35,
    innerRuleMm: 0.25,
    ruleColor: '000000',
    indentChars: 1,
    onEvenPage: false,
  },
  table: { sizePt: 14, cellPaddingPt: 4, borderPt: 0.5, headerBold: true },
  caption: { sizePt: 16 },
  contents: { title: '本期要目', titleAlign: 'center', paddingChars: 1, level2IndentChars: 1, borderPt: 0.5, linesAfter: 1 },
};

/** Text block in whole twips, as Word computes it: page minus the (each rounded) margins. */
export function textBlockTwips(spec: Pick<LayoutInputs, 'page' | 'margins'>): { width: number; height: number } {
  const { page, margins } = spec;
  return {
    width: mmToTwips(page.widthMm) - mmToTwips(margins.leftMm) - mmToTwips(margins.rightMm),
    height: mmToTwips(page.heightMm) - mmToTwips(margins.topMm) - mmToTwips(margins.bottomMm),
  };
}

/** The grid from page, margins and body size: floored so the lines and characters always fit. */
export function deriveGrid(inputs: LayoutInputs): LayoutGrid {
  const block = textBlockTwips(inputs);
  const { charsPerLine } = inputs.grid;
  let linesPerPage = inputs.grid.linesPerPage;
  let pitchTwips: number;
  if (inputs.grid.linePitchPt === null) {
    pitchTwips = Math.floor(block.height / linesPerPage);
  } else {
    pitchTwips = Math.round(inputs.grid.linePitchPt * 20);
    linesPerPage = Math.floor(block.height / pitchTwips);
  }
  const cellPt = twipsToPt(block.width / charsPerLine);
  const charSpace = Math.floor((cellPt - inputs.body.sizePt) * CHAR_SPACE_UNITS_PER_PT);
  return { linesPerPage, charsPerLine, linePitchPt: twipsToPt(pitchTwips), charSpace };
}

export function deriveLayout(inputs: LayoutInputs): LayoutSpec {
  return { ...inputs, grid: deriveGrid(inputs) };
}

/** The standard layout: what every series prints with unless it overrides something. */
export const DEFAULT_LAYOUT: LayoutSpec = deriveLayout(STANDARD_INPUTS);

/** Width of one grid cell (one body character on the grid), in points. */
export function charPitchPt(spec: LayoutSpec): number {
  return spec.body.sizePt + spec.grid.charSpace / CHAR_SPACE_UNITS_PER_PT;
}

/** The East Asian face of a heading level. */
export function headingFont(spec: LayoutSpec, level: NumberLevel): string {
  const roles = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' } as const;
  return spec.fonts[roles[level]];
}
