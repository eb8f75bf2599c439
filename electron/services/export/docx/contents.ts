/**
 * 本期要目 in the DOCX: a one-column table the text block's width with single 0.5 pt rules round it
 * (none between its rows), the title row — a header row, repeated should the box go on to a next
 * page, as the print paginator repeats it — in the level-1 heading face and one row per heading in the
 * body face, both at the body size, then the spec's empty lines before the body.
 *
 * As for the statistics tables (table.ts), every row is `cantSplit` with an exact height of whole grid
 * lines (layout/contents.ts decides how many) and the first row gives back the room LibreOffice sets
 * the box's rules in, so the body after the box stays on the 22-line grid (test/layout/contents.test.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { contentsIndentPt, contentsRowLines, type PrintableContents } from '../../../../shared/layout/contents';
import { charPitchPt, type LayoutSpec } from '../../../../shared/layout/spec';
import { ptToEighthPoints, ptToTwips } from '../../../../shared/layout/units';
import type { DocxGeometry } from './geometry';
import { emptyLine } from './masthead';
import { exactLines } from './paragraphs';
import { runOptions, textRun, type RunFace } from './runs';

function row(paragraph: Paragraph, heightTwips: number, width: number, margins: { left: number; right: number }, header = false): TableRow {
  return new TableRow({
    ...(header ? { tableHeader: true } : {}),
    cantSplit: true,
    height: { value: heightTwips, rule: HeightRule.EXACT },
    children: [
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        margins: { top: 0, bottom: 0, ...margins },
        verticalAlign: VerticalAlignTable.TOP,
        children: [paragraph],
      }),
    ],
  });
}

export function contentsBox(contents: PrintableContents, layout: LayoutSpec, geo: DocxGeometry): (Table | Paragraph)[] {
  const spec = layout.contents;
  const lines = contentsRowLines(contents, layout);
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: ptToEighthPoints(spec.borderPt), color: '000000', space: 0 };
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 };
  const padding = ptToTwips(spec.paddingChars * charPitchPt(layout));
  const margins = { left: padding, right: padding };
  // Measured with LibreOffice 25.2: a box with no rule between its rows comes out one rule width (not two,
  // as a table with inner rules, table.ts) taller than its rows; the title row gives that back.
  const borderRoom = ptToTwips(spec.borderPt);
  const body: RunFace = { eastAsia: layout.fonts.body, latin: layout.fonts.latin, sizePt: layout.body.sizePt };
  const titleFace: RunFace = { ...body, eastAsia: layout.fonts.heading1 };
  const paragraph = (
    text: string,
    face: RunFace,
    options: { alignment: (typeof AlignmentType)[keyof typeof AlignmentType]; leftTwips: number },
  ) =>
    new Paragraph({
      alignment: options.alignment,
      ...exactLines(geo.linePitch),
      indent: { firstLine: 0, firstLineChars: 0, left: options.leftTwips, right: 0 },
      run: runOptions(face),
      children: [textRun(text, face)],
    });
  const rows = [
    row(
      paragraph(spec.title, titleFace, { alignment: spec.titleAlign === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER, leftTwips: 0 }),
      geo.linePitch - borderRoom,
      geo.textWidth,
      margins,
      true,
    ),
    ...contents.lines.map((line, i) =>
      row(
        paragraph(line.text, body, { alignment: AlignmentType.LEFT, leftTwips: ptToTwips(contentsIndentPt(line, layout)) - padding }),
        (lines[i + 1] ?? 1) * geo.linePitch,
        geo.textWidth,
        margins,
      ),
    ),
  ];
  const box = new Table({
    width: { size: geo.textWidth, type: WidthType.DXA },
    columnWidths: [geo.textWidth],
    layout: TableLayoutType.FIXED,
    indent: { size: 0, type: WidthType.DXA },
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: none, insideVertical: none },
    rows,
  });
  return [box, ...Array.from({ length: spec.linesAfter }, () => emptyLine(body, geo.linePitch))];
}
