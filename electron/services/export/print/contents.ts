/**
 * 本期要目 in the print HTML, the same box the DOCX writes (docx/contents.ts): the text block's width,
 * a 0.5 pt outline round it (an outline takes no room, so the rows stay on the grid), the title row in
 * the level-1 heading face, one row per heading in the body face, every row exactly its grid lines
 * high (layout/contents.ts). On a page it is that page's share of the rows, after the title again on
 * a page it continues to — as the DOCX's title row, marked as a header row, is repeated.
 *
 * The empty lines after the box are a flow item of their own, so the paginator counts them as the
 * DOCX's empty paragraphs: lines of text, not rows of the box.
 */
import { contentsIndentPt, contentsRowLines, type PrintableContents } from '../../../../shared/layout/contents';
import { charPitchPt, type LayoutSpec } from '../../../../shared/layout/spec';
import { familyList } from './fonts';
import { round } from './geometry';
import { textHtml } from './textRuns';
import type { TableShare } from './table';

function rowHtml(contents: PrintableContents, layout: LayoutSpec, r: number, lines: number): string {
  const height = `height: calc(${lines} * var(--pitch))`;
  if (r === 0) return `<div class="cr ct" style="${height}">${textHtml(layout.contents.title)}</div>`;
  const line = contents.lines[r - 1]!;
  return `<div class="cr c${line.level}" style="${height}; padding-left: ${round(contentsIndentPt(line, layout))}pt">${textHtml(line.text)}</div>`;
}

/** The box whole (in the flow, with `data-flow`) or a page's share of its rows. */
export function contentsHtml(contents: PrintableContents, layout: LayoutSpec, flowIndex: number | null, share?: TableShare): string {
  const lines = contentsRowLines(contents, layout);
  const indexes: number[] = [];
  if (share) {
    if (share.repeatHeader) indexes.push(0);
    for (let r = share.fromRow; r < share.toRow; r++) indexes.push(r);
  } else {
    lines.forEach((_, r) => indexes.push(r));
  }
  const flow = flowIndex === null ? '' : ` data-flow="${flowIndex}"`;
  return `<div class="contents"${flow}>${indexes.map((r) => rowHtml(contents, layout, r, lines[r] ?? 1)).join('')}</div>`;
}

/** The empty lines between the box and the body. */
export function contentsGapHtml(lines: number, flowIndex: number | null): string {
  const flow = flowIndex === null ? '' : ` data-flow="${flowIndex}"`;
  return `<div class="contents-gap"${flow} style="height: calc(${lines} * var(--pitch))"></div>`;
}

/** The box's rules (css.ts): the title's alignment and the rows' right padding come from the spec. */
export function contentsCss(layout: LayoutSpec, geo: { linePitchPt: number; gridInsetPt: number; textWidthPt: number }): string {
  const spec = layout.contents;
  const border = round(spec.borderPt);
  const padding = round(spec.paddingChars * charPitchPt(layout));
  return `.contents, .contents-gap { --pitch: ${geo.linePitchPt}pt; }
.contents { position: relative; left: -${geo.gridInsetPt}pt; width: ${round(geo.textWidthPt)}pt; box-sizing: border-box;
  outline: ${border}pt solid #000; outline-offset: -${round(border / 2)}pt; text-indent: 0; }
.contents .cr { box-sizing: border-box; padding-right: ${padding}pt; overflow: hidden; text-align: left; white-space: normal; }
.contents .ct { font-family: ${familyList(layout, layout.fonts.heading1)}; font-weight: normal; text-align: ${spec.titleAlign}; padding-left: ${padding}pt; }`;
}
