/**
 * Page numbers `— N —` in 4号宋体: odd pages at the right and even pages at the left, one body
 * character in, on a footer line with its own small exact height whose top sits
 * `gapBelowTextMm` below the text block (the footer distance is computed from it in geometry.ts).
 *
 * The standard asks for 宋体 numerals, so every slot of the footer runs (ascii, hAnsi, cs and
 * eastAsia) names the page-number face, not the Latin face of the body.
 */
import { AlignmentType, Footer, Paragraph } from 'docx';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { ptToTwips } from '../../../../shared/layout/units';
import { exactLines } from './paragraphs';
import { pageNumberRun, runOptions, type RunFace } from './runs';

function pageNumberFace(layout: LayoutSpec): RunFace {
  const face = layout.fonts.pageNumber;
  return { eastAsia: face, latin: face, sizePt: layout.pageNumber.sizePt };
}

function footerLine(layout: LayoutSpec) {
  return exactLines(ptToTwips(layout.pageNumber.lineHeightPt));
}

export function pageNumberFooters(layout: LayoutSpec): { default: Footer; even: Footer } {
  const inset = ptToTwips(layout.pageNumber.insetChars * layout.body.sizePt);
  const face = pageNumberFace(layout);
  const paragraph = (side: 'odd' | 'even') =>
    new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: inset } : { left: inset },
      ...footerLine(layout),
      children: [pageNumberRun(face)],
    });
  return {
    default: new Footer({ children: [paragraph('odd')] }),
    even: new Footer({ children: [paragraph('even')] }),
  };
}

/** Footers that print nothing, for the unnumbered blank page and 报尾 page of closingOnEvenPage. */
export function emptyFooters(layout: LayoutSpec): { default: Footer; even: Footer } {
  const empty = () =>
    new Footer({ children: [new Paragraph({ ...footerLine(layout), run: runOptions(pageNumberFace(layout)), children: [] })] });
  return { default: empty(), even: empty() };
}
