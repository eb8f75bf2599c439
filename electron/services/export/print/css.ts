/**
 * The print stylesheet, from the LayoutSpec alone. One stylesheet serves the measuring flow and the
 * paginated pages, so a block takes the same lines in both:
 *
 * - @page: the spec's page size and margins (the right one less the room for hanging punctuation,
 *   HANG_ROOM_MM; the text block keeps its width); page numbers `— N —` in margin boxes, odd pages
 *   (:right) at the bottom right and even pages (:left) at the bottom left, one body character in,
 *   their top `gapBelowTextMm` below the text block; the named page `unnumbered` prints none.
 * - Every line sits on the grid: line-height is the line pitch, exact, everywhere in the text block;
 *   there are no margins or paddings between blocks.
 * - Preview mode adds, on screen only, the pages drawn as A4 sheets with their page numbers placed
 *   where the margin boxes put them in print. In print both modes are the same document.
 */
import type { NumberLevel } from '../../../../shared/document/types';
import { headingFont, type LayoutSpec } from '../../../../shared/layout/spec';
import { mmToPt } from '../../../../shared/layout/units';
import { familyList, fontFaceRules, cssString } from './fonts';
import { printGeometry, round } from './geometry';
import { tableCharPt } from '../../../../shared/layout/table';
import { contentsCss } from './contents';
import { pictureCss } from './picture';

export type PrintMode = 'print' | 'preview';

const LEVELS: readonly NumberLevel[] = [1, 2, 3, 4];

/**
 * Room for hanging punctuation: the @page right margin is this much narrower than the layout's and the
 * text block keeps its width, so a mark hanging past the text block stays inside the page area.
 * (Content wider than the page area makes Chromium shrink the whole page to fit.)
 */
export const HANG_ROOM_MM = 6;

/**
 * `folios`: the page numbers to print as fixed text instead of counter(page) — the 合订本, whose
 * numbers may restart per issue. Sheet class `fN` puts a sheet on the named page fN, which prints
 * `— N —` on the side of N's parity (the volume keeps number and physical page parity equal).
 */
function pageRules(layout: LayoutSpec, folios?: readonly number[]): string {
  const { page, margins, pageNumber } = layout;
  const geo = printGeometry(layout);
  const hangRoomPt = round(mmToPt(HANG_ROOM_MM));
  const folio = [
    'content: "— " counter(page) " —"',
    `font-family: ${cssString(layout.fonts.pageNumber)}`,
    `font-size: ${pageNumber.sizePt}pt`,
    `line-height: ${pageNumber.lineHeightPt}pt`,
    'font-weight: normal',
    'letter-spacing: 0',
    'color: #000',
    'vertical-align: top',
    `padding-top: ${pageNumber.gapBelowTextMm}mm`,
  ].join('; ');
  const right = `text-align: right; padding-right: ${round(geo.pageNumberInsetPt + hangRoomPt)}pt;`;
  const left = `text-align: left; padding-left: ${geo.pageNumberInsetPt}pt;`;
  const size = `@page { size: ${page.widthMm}mm ${page.heightMm}mm; margin: ${margins.topMm}mm ${round(margins.rightMm - HANG_ROOM_MM)}mm ${margins.bottomMm}mm ${margins.leftMm}mm; }`;
  if (folios) {
    const fixed = [...new Set(folios)].map((n) => {
      const box = folio.replace('"— " counter(page) " —"', `"— ${n} —"`);
      const side = n % 2 === 1 ? `@bottom-right { ${box}; ${right} }` : `@bottom-left { ${box}; ${left} }`;
      return `.sheet.f${n} { page: f${n}; }\n@page f${n} { ${side} }`;
    });
    return [size, ...fixed].join('\n');
  }
  return `${size}
@page :right { @bottom-right { ${folio}; ${right} } }
@page :left { @bottom-left { ${folio}; ${left} } }
@page unnumbered { @bottom-left { content: none; } @bottom-right { content: none; } }`;
}

function textRules(layout: LayoutSpec): string {
  const geo = printGeometry(layout);
  const pitch = `${geo.linePitchPt}pt`;
  const face = (name: string) => `font-family: ${familyList(layout, name)};`;
  const headings = LEVELS.map((level) => {
    const h = layout.headings[level];
    return `.h${level} { ${face(headingFont(layout, level))} font-size: ${h.sizePt}pt; font-weight: ${h.bold ? 'bold' : 'normal'}; }`;
  }).join('\n');
  const closingChar = layout.closing.sizePt;
  const side = layout.closing.indentChars * closingChar;
  const hanging = 2 * closingChar; // the label and its full-width colon
  return `html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
.flow, .page { position: relative; box-sizing: border-box; width: ${round(geo.textWidthPt)}pt;
  padding: 0 ${round(geo.textWidthPt - geo.gridInsetPt - geo.lineWidthPt)}pt 0 ${geo.gridInsetPt}pt; }
.flow, .page, .sheet { ${face(layout.fonts.body)} font-size: ${layout.body.sizePt}pt; line-height: ${pitch};
  letter-spacing: ${geo.letterSpacingPt}pt; text-autospace: no-autospace; text-spacing-trim: space-all; font-kerning: none; color: #000;
  font-synthesis: weight; text-rendering: geometricPrecision; }
.page { height: calc(${geo.linesPerPage} * ${pitch}); overflow: visible; }
.sheet + .sheet { break-before: page; }
.sheet.unnumbered { page: unnumbered; }
.folio { display: none; }
p, header, div.line { margin: 0; padding: 0; }
.line { height: ${pitch}; white-space: nowrap; overflow: visible; }
.b { text-align: justify; text-indent: ${geo.firstLineIndentPt}pt; orphans: 1; widows: 1; }
.b.cont { text-indent: 0; }
.b.split { text-align-last: justify; }
.b strong { font-weight: bold; }
.l { letter-spacing: 0; }
/* The space between Chinese and Latin (textRuns.ts): the Latin face's space is a quarter em. */
.as { letter-spacing: 0; word-spacing: ${round(geo.autospaceEm - 0.25)}em; }
/* Hanging commas and stops (textRuns.ts): no advance of their own, then a space one grid cell wide. */
.hp { display: inline-block; width: 0; text-indent: 0; overflow: visible; white-space: nowrap; }
.hs { letter-spacing: 0; word-spacing: calc(0.75em + ${geo.letterSpacingPt}pt); }
.nb { white-space: nowrap; }
.body { ${face(layout.fonts.body)} font-size: ${layout.body.sizePt}pt; font-weight: normal; }
${headings}
.masthead { position: relative; }
.masthead .title { ${face(layout.fonts.masthead)} font-size: ${layout.masthead.titleSizePt}pt;
  color: #${layout.masthead.titleColor}; text-align: center;
  height: calc(${layout.masthead.titleLines} * ${pitch}); line-height: calc(${layout.masthead.titleLines} * ${pitch}); }
.masthead .number { text-align: center; }
.masthead .issuer { position: relative; --fit: 1; }
.masthead .issuer .fit { display: flex; justify-content: space-between; width: calc(100% / var(--fit)); transform: scaleX(var(--fit)); transform-origin: left top; }
.masthead .part { ${face(layout.fonts.partTitle)} font-size: ${layout.partTitle.sizePt}pt; text-align: center; white-space: normal; height: auto; }
.masthead .period { ${face(layout.fonts.period)} font-size: ${layout.periodLine.sizePt}pt; text-align: center; }
/* Rules span the whole text block, the grid's side insets included. */
svg.rule { position: absolute; left: -${geo.gridInsetPt}pt; display: block; overflow: visible;
  width: calc(100% + ${round(geo.textWidthPt - geo.lineWidthPt)}pt); }
.closing svg.rule { left: 0; width: 100%; }
.closing { position: absolute; left: 0; right: 0; bottom: ${-geo.gridSlackPt}pt; ${face(layout.fonts.closing)}
  font-size: ${layout.closing.sizePt}pt; }
.flow .closing { position: relative; bottom: auto; }
.closing .row { position: relative; }
.closing .entry { text-align: justify; padding: 0 ${side}pt 0 ${side + hanging}pt; text-indent: -${hanging}pt; }
.closing .copies { text-align: right; padding-right: ${side}pt; }
${tableRules(layout)}
${pictureCss(layout)}
${contentsCss(layout, geo)}`;
}

/**
 * Tables (print/table.ts): the text block's full width (out over the grid's side insets), the table's
 * size in the body face, Chinese characters as far apart as LibreOffice sets the DOCX's table text on
 * the docGrid (tableCharPt), rows of whole lines with 0.5 pt outlines.
 */
function tableRules(layout: LayoutSpec): string {
  const geo = printGeometry(layout);
  const { table } = layout;
  const spacing = round(tableCharPt(layout) - table.sizePt);
  const border = round(table.borderPt);
  return `.tbl { --pitch: ${geo.linePitchPt}pt; position: relative; left: -${geo.gridInsetPt}pt; width: ${round(geo.textWidthPt)}pt;
  ${familyDecl(layout)} font-size: ${table.sizePt}pt; line-height: ${geo.linePitchPt}pt; letter-spacing: ${spacing}pt;
  text-indent: 0; font-weight: normal; }
.tbl .tr { display: flex; break-inside: avoid; }
.tbl .tc { flex: none; box-sizing: border-box; padding: 0 ${round(table.cellPaddingPt)}pt; overflow: hidden; text-align: center;
  outline: ${border}pt solid #000; outline-offset: -${round(border / 2)}pt; }
.tbl .th { font-weight: ${table.headerBold ? 'bold' : 'normal'}; }
.tbl .hs { word-spacing: calc(0.75em + ${spacing}pt); }`;
}

function familyDecl(layout: LayoutSpec): string {
  return `font-family: ${familyList(layout, layout.fonts.body)};`;
}

function previewRules(layout: LayoutSpec): string {
  const { page, margins, pageNumber } = layout;
  const geo = printGeometry(layout);
  return `@media screen {
  html { background: #e6e6e6; }
  body { padding: 8mm 0; }
  .sheet { position: relative; box-sizing: border-box; width: ${page.widthMm}mm; height: ${page.heightMm}mm;
    padding: ${margins.topMm}mm ${margins.rightMm}mm ${margins.bottomMm}mm ${margins.leftMm}mm; margin: 0 auto 8mm;
    background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
  .folio { display: block; position: absolute; top: ${page.heightMm - margins.bottomMm + pageNumber.gapBelowTextMm}mm;
    font-family: ${cssString(layout.fonts.pageNumber)}; font-size: ${pageNumber.sizePt}pt; line-height: ${pageNumber.lineHeightPt}pt;
    letter-spacing: 0; white-space: nowrap; }
  .sheet.odd .folio { right: calc(${margins.rightMm}mm + ${geo.pageNumberInsetPt}pt); }
  .sheet.even .folio { left: calc(${margins.leftMm}mm + ${geo.pageNumberInsetPt}pt); }
  .sheet.unnumbered .folio { display: none; }
}`;
}

export function printCss(
  layout: LayoutSpec,
  mode: PrintMode,
  fontBaseUrl: string,
  missingFontFiles: readonly string[] = [],
  folios?: readonly number[],
): string {
  return [
    fontFaceRules(layout, fontBaseUrl, missingFontFiles),
    pageRules(layout, folios),
    textRules(layout),
    mode === 'preview' ? previewRules(layout) : '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}
