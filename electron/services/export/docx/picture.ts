/**
 * A picture in the DOCX: an inline image, centred, in a paragraph whose exact line height is the
 * picture's whole grid lines (layout/picture.ts), so it sits on the grid and the text after it stays
 * on the 22-line rhythm; then its 图注, centred in the caption face, kept on the page with it.
 *
 * The picture's paragraph mark and its run are set at 1 pt: under an inline image on a line of exact
 * height Word and LibreOffice leave room for the descent of the line's face, and the image is
 * `CLEARANCE_PT` shorter than its lines to leave that room, so nothing of it is cropped.
 *
 * A picture whose bytes are missing prints as a box of the same size saying 图片缺失: a one-cell
 * table whose row is the picture's lines high (less the rules' room, as docx/table.ts explains).
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { PrintPicture } from '../../../../shared/layout/issueView';
import { pictureSize } from '../../../../shared/layout/picture';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { ptToTwips } from '../../../../shared/layout/units';
import { MISSING_PICTURE_TEXT, type PictureSource } from '../pictureSource';
import type { DocxGeometry } from './geometry';
import { exactLines } from './paragraphs';
import { runOptions, textRun, type RunFace } from './runs';

/** docx takes image sizes in CSS pixels, 96 to the inch. */
const PX_PER_PT = 96 / 72;
const NO_INDENT = { firstLine: 0, firstLineChars: 0, left: 0, right: 0 };

export function captionFace(layout: LayoutSpec): RunFace {
  return { eastAsia: layout.fonts.caption, latin: layout.fonts.latin, sizePt: layout.caption.sizePt };
}

function markFace(layout: LayoutSpec): RunFace {
  return { eastAsia: layout.fonts.body, latin: layout.fonts.latin, sizePt: 1 };
}

function placeholder(lines: number, widthPt: number, layout: LayoutSpec, geo: DocxGeometry, keepNext: boolean): Table {
  const borderPt = layout.table.borderPt;
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(borderPt * 8)), color: '808080', space: 0 };
  const width = Math.round(widthPt * 20);
  const face = { eastAsia: layout.fonts.body, latin: layout.fonts.latin, sizePt: layout.body.sizePt };
  const margins = { top: 0, bottom: 0, left: 0, right: 0 };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    alignment: AlignmentType.CENTER,
    margins,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: lines * geo.linePitch - ptToTwips(2 * borderPt), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins,
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                ...exactLines(geo.linePitch),
                ...(keepNext ? { keepNext: true } : {}),
                indent: NO_INDENT,
                run: runOptions(face),
                children: [textRun(MISSING_PICTURE_TEXT, face)],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The picture (or its placeholder) and its caption paragraph. */
export function pictureBlocks(
  picture: PrintPicture,
  layout: LayoutSpec,
  geo: DocxGeometry,
  pictures: PictureSource,
  keepNext = false,
): (Paragraph | Table)[] {
  const size = pictureSize(layout, picture);
  const hasCaption = picture.caption !== null;
  const found = pictures.get(picture.pictureId);
  const out: (Paragraph | Table)[] = [];
  if (found) {
    const image = new ImageRun({
      type: found.mime === 'image/png' ? 'png' : 'jpg',
      data: found.bytes,
      // The library takes CSS pixels (96 to the inch) and writes EMUs.
      transformation: { width: size.widthPt * PX_PER_PT, height: size.heightPt * PX_PER_PT },
      altText: { name: '图片', description: picture.caption ?? '图片', title: picture.caption ?? '图片' },
      // The image's run at 1 pt too: the line's descent comes from its runs' faces, and a body-size
      // run would leave Word less room above the baseline than the image needs.
      run: { size: 2, sizeComplexScript: 2 },
    });
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...exactLines(size.lines * geo.linePitch),
        indent: NO_INDENT,
        // With its caption on the same page (the caption keeps its lines together).
        ...(hasCaption || keepNext ? { keepNext: true } : {}),
        run: runOptions(markFace(layout)),
        children: [image],
      }),
    );
  } else {
    out.push(placeholder(size.lines, size.widthPt, layout, geo, hasCaption || keepNext));
  }
  if (picture.caption !== null) {
    const face = captionFace(layout);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...exactLines(geo.linePitch),
        indent: NO_INDENT,
        keepLines: true,
        ...(keepNext ? { keepNext: true } : {}),
        run: runOptions(face),
        children: [textRun(picture.caption, face)],
      }),
    );
  }
  return out;
}
