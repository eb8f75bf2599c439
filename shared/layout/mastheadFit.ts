/**
 * The issuer-and-date line of the masthead always on one line. At the body size (三号, 16 pt)
 * `四川省政府政务服务和公共资源交易服务中心` with `2022年10月21日` is wider than the 156 mm text block:
 * LibreOffice then wrapped the date (`…21` / `日`) and Chromium set the two touching. Official
 * mastheads set such a line smaller: here the largest of 三号, 小三, 四号, 小四, 五号 (not above the body
 * size) at which issuer, a gap of two characters and the date fit, and below 五号 the line is
 * condensed horizontally (DOCX `w:w`, CSS scaleX) rather than made smaller still.
 *
 * The width is estimated from the text the way both engines set it on the grid (print/geometry.ts):
 * a Chinese character one grid cell of its size (its size plus the docGrid's charSpace delta), a
 * digit half its size, other Latin 0.6 of it, a fifth of the size between Chinese and Latin — with a
 * 3 % margin so that neither renderer's rounding can push the date to a second line. Both serializers
 * take the decision from here, so the DOCX, print, PDF and preview set the same line.
 */
import { charPitchPt, type LayoutSpec } from './spec';
import { textBlockTwips } from './spec';

/**
 * The longest issuer a series takes (the series form refuses more): at 五号 with a date it is condensed
 * to about 80 %, still legible. An imported issuer beyond it is condensed further rather than wrapped.
 */
export const ISSUER_MAX_CHARS = 40;

/** 三号, 小三, 四号, 小四, 五号. */
export const ISSUER_LINE_SIZES_PT = [16, 15, 14, 12, 10.5] as const;
const SAFETY = 1.03;
/** Between issuer and date at least this many characters of the line's size. */
const GAP_CHARS = 2;
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’—…·]/u;
const DIGIT = /[0-9]/;

export interface IssuerLineFit {
  sizePt: number;
  /** Horizontal scale in percent (100 = none); below 100 only at the smallest size. */
  scalePercent: number;
}

/** Estimated advance of `text` set at `sizePt` in the layout's grid. */
export function estimateLineWidthPt(text: string, sizePt: number, layout: LayoutSpec): number {
  const cell = sizePt + (charPitchPt(layout) - layout.body.sizePt);
  let width = 0;
  let previousCjk: boolean | null = null;
  for (const ch of text) {
    const cjk = CJK.test(ch);
    width += cjk ? cell : DIGIT.test(ch) ? sizePt / 2 : ch === ' ' ? sizePt / 4 : sizePt * 0.6;
    if (previousCjk !== null && previousCjk !== cjk && ch !== ' ') width += sizePt / 5;
    previousCjk = ch === ' ' ? previousCjk : cjk;
  }
  return width;
}

export function issuerLineFit(issuer: string, dateLine: string, layout: LayoutSpec): IssuerLineFit {
  const available = textBlockTwips(layout).width / 20;
  const needed = (size: number) =>
    (estimateLineWidthPt(issuer, size, layout) + estimateLineWidthPt(dateLine, size, layout) + GAP_CHARS * size) * SAFETY;
  const sizes = ISSUER_LINE_SIZES_PT.filter((size) => size <= layout.body.sizePt);
  const candidates = sizes.length > 0 ? sizes : [layout.body.sizePt];
  for (const size of candidates) if (needed(size) <= available) return { sizePt: size, scalePercent: 100 };
  const smallest = candidates[candidates.length - 1]!;
  // w:w takes whole percents from 1 to 600.
  return { sizePt: smallest, scalePercent: Math.max(1, Math.floor((available / needed(smallest)) * 100)) };
}
