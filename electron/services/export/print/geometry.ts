/**
 * The layout's numbers in the units the print HTML uses: millimetres for the page, points for type
 * and the line grid, and CSS pixels (96 to the inch) where the measuring script compares boxes.
 *
 * The character grid follows what LibreOffice draws for the DOCX's docGrid (measured on its PDFs):
 * each Chinese character takes one grid cell of whole twips (floor(text width / 28), 15.75 pt on the
 * standard page), the 28 cells are centred in the text block, Latin letters and digits keep their own
 * advance widths, and Chinese and Latin are set apart by a fifth of the body size.
 */
import { textBlockTwips, type LayoutSpec } from '../../../../shared/layout/spec';

export const PX_PER_PT = 96 / 72;

/**
 * Slack on the line width, far less than any character's advance (15.8 pt). LibreOffice keeps on a
 * grid line a Latin run that overflows the 28 cells by a fraction of a point (weekly-2024-07-04:
 * `…覆盖率达67%，实` is 0.4 pt over and stays on one line), and Chromium's fixed-point layout rounds
 * too: 0.3 pt left that line one character short in the print, and every later line of its paragraph
 * (79 % identical lines); 0.8 pt gives 100 % on every sample.
 */
const LINE_SLACK_PT = 0.8;
/** LibreOffice sets Chinese and Latin text a fifth of the font size apart (measured: 3.2 pt at 16 pt). */
const AUTOSPACE_EM = 0.2;

export interface PrintGeometry {
  textWidthMm: number;
  textHeightMm: number;
  textWidthPt: number;
  /** Exact height of every line on the grid (body, headings, masthead lines, 报尾 lines). */
  linePitchPt: number;
  linesPerPage: number;
  /** One grid cell: the advance of a Chinese character. */
  gridCellPt: number;
  /** Width of the lines: charsPerLine cells, plus a little slack for fixed-point rounding. */
  lineWidthPt: number;
  /** Inset of the lines from each side of the text block (the cells are centred). */
  gridInsetPt: number;
  /** Letter spacing of Chinese text that makes its advance one grid cell. */
  letterSpacingPt: number;
  /** Space between Chinese and Latin text, in em of the text's size. */
  autospaceEm: number;
  /** First-line indent: two grid cells in whole twips, as the DOCX writes it. */
  firstLineIndentPt: number;
  /** The page number's inset from the text block's side (one body character). */
  pageNumberInsetPt: number;
  /** How far the text block's bottom edge is below the last grid line (the pitch is floored to whole twips). */
  gridSlackPt: number;
}

export function printGeometry(layout: LayoutSpec): PrintGeometry {
  const block = textBlockTwips(layout);
  const textWidthMm = layout.page.widthMm - layout.margins.leftMm - layout.margins.rightMm;
  const textHeightMm = layout.page.heightMm - layout.margins.topMm - layout.margins.bottomMm;
  const chars = layout.grid.charsPerLine;
  const cellTwips = Math.floor(block.width / chars);
  const gridCellPt = cellTwips / 20;
  const textWidthPt = block.width / 20;
  const linesPerPage = layout.grid.linesPerPage;
  return {
    textWidthMm,
    textHeightMm,
    textWidthPt,
    linePitchPt: layout.grid.linePitchPt,
    linesPerPage,
    gridCellPt,
    lineWidthPt: round(chars * gridCellPt + LINE_SLACK_PT),
    gridInsetPt: round((textWidthPt - chars * gridCellPt) / 2),
    letterSpacingPt: round(gridCellPt - layout.body.sizePt),
    autospaceEm: AUTOSPACE_EM,
    firstLineIndentPt: Math.floor(layout.body.firstLineIndentChars * (layout.body.sizePt + layout.grid.charSpace / 4096) * 20) / 20,
    pageNumberInsetPt: layout.pageNumber.insetChars * layout.body.sizePt,
    gridSlackPt: Math.max(0, round(block.height / 20 - linesPerPage * layout.grid.linePitchPt)),
  };
}

/** Four decimals: enough for CSS, and stable text in the stylesheet. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
