/**
 * A table (statistics) in the DOCX: the text block's width, fixed column widths, 0.5 pt black single
 * borders, text in the body face at the table's own size (4号, 14 pt), the header row bold and marked
 * `tblHeader` so Word and LibreOffice repeat it on every page the table continues to.
 *
 * Every row is `cantSplit` with an exact height of whole grid lines (layout/table.ts decides how many),
 * and every cell paragraph has the grid pitch as its exact line height, no indent and widow control
 * off: the table takes whole lines, so the text after it stays on the 22-line grid and the print HTML
 * (which gives its rows the same heights) breaks pages at the same rows.
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
import { columnTwips, tableRowLines, type PrintTable } from '../../../../shared/layout/table';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { ptToEighthPoints, ptToTwips } from '../../../../shared/layout/units';
import type { DocxGeometry } from './geometry';
import { exactLines } from './paragraphs';
import { runOptions, textRun, type RunFace } from './runs';

export function tableFace(layout: LayoutSpec, header: boolean): RunFace {
  return {
    eastAsia: layout.fonts.body,
    latin: layout.fonts.latin,
    sizePt: layout.table.sizePt,
    ...(header && layout.table.headerBold ? { bold: true } : {}),
  };
}

/** `keepNext` on the header's paragraphs keeps the header row on the page of the first row after it. */
function cellParagraph(text: string, face: RunFace, geo: DocxGeometry, keepNext: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...exactLines(geo.linePitch),
    ...(keepNext ? { keepNext: true } : {}),
    indent: { firstLine: 0, firstLineChars: 0, left: 0, right: 0 },
    // The paragraph mark in the table's face too, so an empty cell's line is no taller than the others.
    run: runOptions(face),
    children: text === '' ? [] : [textRun(text, face)],
  });
}

export function docxTable(table: PrintTable, layout: LayoutSpec, geo: DocxGeometry): Table {
  const widths = columnTwips(table, layout);
  const lines = tableRowLines(table, layout);
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: ptToEighthPoints(layout.table.borderPt), color: '000000', space: 0 };
  const padding = ptToTwips(layout.table.cellPaddingPt);
  // LibreOffice sets the table's top and bottom rules outside the rows' exact heights on every page the
  // table is on (measured: a page then holds one row less than its 22 lines). The first row — the header,
  // which also opens every continued page — gives that room back, so each page's share of the table
  // is whole grid lines again and the text after the table stays on the grid.
  const borderRoom = ptToTwips(2 * layout.table.borderPt);
  const margins = { top: 0, bottom: 0, left: padding, right: padding };
  return new Table({
    width: { size: geo.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    indent: { size: 0, type: WidthType.DXA },
    margins,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: table.rows.map((row, r) => {
      const header = r < table.headerRows;
      const face = tableFace(layout, header);
      return new TableRow({
        ...(header ? { tableHeader: true } : {}),
        cantSplit: true,
        height: { value: (lines[r] ?? 1) * geo.linePitch - (r === 0 ? borderRoom : 0), rule: HeightRule.EXACT },
        children: row.map(
          (cell, c) =>
            new TableCell({
              width: { size: widths[c] ?? 0, type: WidthType.DXA },
              margins,
              verticalAlign: VerticalAlignTable.TOP,
              children: [cellParagraph(cell, face, geo, header && r + 1 < table.rows.length)],
            }),
        ),
      });
    }),
  });
}
