/**
 * The layout's numbers in the units WordprocessingML wants, computed once per document so every
 * part of the serializer uses the same twips.
 */
import { charPitchPt, textBlockTwips, type LayoutSpec } from '../../../../shared/layout/spec';
import { mmToTwips, ptToEighthPoints, ptToHalfPoints, ptToMm, ptToTwips } from '../../../../shared/layout/units';

export interface DocxGeometry {
  pageWidth: number;
  pageHeight: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  /** Distance from the page's bottom edge to the bottom of the footer line. */
  footerDistance: number;
  headerDistance: number;
  textWidth: number;
  textHeight: number;
  /** Exact height of a body line (`w:linePitch` and every body paragraph's `w:line`). */
  linePitch: number;
  /** The body's first-line indent in twips: whole grid cells, floored so the first line keeps its 26 characters. */
  firstLineIndent: number;
  bodySize: number;
  ruleSize: number;
}

export function docxGeometry(layout: LayoutSpec): DocxGeometry {
  const block = textBlockTwips(layout);
  const { pageNumber } = layout;
  const footerMm = layout.margins.bottomMm - pageNumber.gapBelowTextMm - ptToMm(pageNumber.lineHeightPt);
  return {
    pageWidth: mmToTwips(layout.page.widthMm),
    pageHeight: mmToTwips(layout.page.heightMm),
    marginTop: mmToTwips(layout.margins.topMm),
    marginBottom: mmToTwips(layout.margins.bottomMm),
    marginLeft: mmToTwips(layout.margins.leftMm),
    marginRight: mmToTwips(layout.margins.rightMm),
    footerDistance: mmToTwips(Math.max(footerMm, 0)),
    // No header is printed; Word still wants a distance, inside the top margin.
    headerDistance: mmToTwips(Math.min(15, layout.margins.topMm / 2)),
    textWidth: block.width,
    textHeight: block.height,
    linePitch: ptToTwips(layout.grid.linePitchPt),
    firstLineIndent: Math.floor(layout.body.firstLineIndentChars * charPitchPt(layout) * 20),
    bodySize: ptToHalfPoints(layout.body.sizePt),
    ruleSize: ptToEighthPoints(layout.masthead.ruleThicknessPt),
  };
}
