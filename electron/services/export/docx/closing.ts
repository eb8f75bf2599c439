/**
 * The 报尾: 报/送/发 lines in 4号仿宋 between rules — 0.35 mm first and last, 0.25 mm between, the
 * full text width — and `（共印N份）` at the right, as a floating table anchored to the bottom of the
 * margin (the text block), so its last rule sits on the text block's bottom edge on the page where
 * it is anchored whatever the text above it does.
 *
 * Each line is indented one closing character on both sides (GB/T 9704: 左右各空一字) and hangs
 * after the colon, so a wrapped list lines up under its first name.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { formatCopies, type PrintableClosing } from '../../../../shared/layout/issueView';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { mmToEighthPoints, ptToTwips } from '../../../../shared/layout/units';
import type { DocxGeometry } from './geometry';
import { exactLines } from './paragraphs';
import { runOptions, textRun, type RunFace } from './runs';

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

export function closingFace(layout: LayoutSpec): RunFace {
  return { eastAsia: layout.fonts.closing, latin: layout.fonts.latin, sizePt: layout.closing.sizePt };
}

/** Border widths in eighth-points as written: 0.35 mm → 8, 0.25 mm → 6. */
export function closingRuleSizes(layout: LayoutSpec): { outer: number; inner: number } {
  return { outer: mmToEighthPoints(layout.closing.outerRuleMm), inner: mmToEighthPoints(layout.closing.innerRuleMm) };
}

function closingParagraphs(closing: PrintableClosing, layout: LayoutSpec, geo: DocxGeometry): Paragraph[][] {
  const face = closingFace(layout);
  const char = ptToTwips(layout.closing.sizePt);
  const side = layout.closing.indentChars * char;
  const hanging = 2 * char; // the label and its full-width colon
  const rows = closing.lines.map((line) => [
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      ...exactLines(geo.linePitch),
      indent: { left: side + hanging, hanging, right: side },
      children: [textRun(`${line.label}：${line.text}`, face)],
    }),
  ]);
  if (closing.copies !== null) {
    const copies = new Paragraph({
      alignment: AlignmentType.RIGHT,
      ...exactLines(geo.linePitch),
      indent: { right: side },
      children: [textRun(formatCopies(closing.copies), face)],
    });
    const last = rows[rows.length - 1];
    if (last) last.push(copies);
    else rows.push([copies]);
  }
  return rows;
}

/** The closing block; `floating: false` gives the same table in the flow, for measuring its height. */
export function closingTable(closing: PrintableClosing, layout: LayoutSpec, geo: DocxGeometry, floating = true): Table {
  const sizes = closingRuleSizes(layout);
  const rule = (size: number): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color: layout.closing.ruleColor, space: 0 });
  const zero = { top: 0, bottom: 0, left: 0, right: 0 };
  return new Table({
    width: { size: geo.textWidth, type: WidthType.DXA },
    columnWidths: [geo.textWidth],
    layout: TableLayoutType.FIXED,
    indent: { size: 0, type: WidthType.DXA },
    margins: zero,
    borders: {
      top: rule(sizes.outer),
      bottom: rule(sizes.outer),
      insideHorizontal: rule(sizes.inner),
      left: NO_BORDER,
      right: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    ...(floating
      ? {
          float: {
            horizontalAnchor: TableAnchorType.MARGIN,
            absoluteHorizontalPosition: 0,
            verticalAnchor: TableAnchorType.MARGIN,
            relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
            topFromText: 0,
            bottomFromText: 0,
            leftFromText: 0,
            rightFromText: 0,
          },
        }
      : {}),
    rows: closingParagraphs(closing, layout, geo).map(
      (children) =>
        new TableRow({
          cantSplit: true,
          children: [new TableCell({ width: { size: geo.textWidth, type: WidthType.DXA }, margins: zero, children })],
        }),
    ),
  });
}

/**
 * The paragraph after the floating table, which anchors it to its page. It is one point high so it
 * fits on the page the text ends on whenever the block itself does.
 */
export function closingAnchor(layout: LayoutSpec): Paragraph {
  return new Paragraph({ ...exactLines(20), run: { ...runOptions(closingFace(layout)), size: 2 }, children: [] });
}
