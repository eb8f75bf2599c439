/**
 * Body blocks: headings in their level's face (levels 3–4 bold by default) and whole-paragraph items
 * and plain paragraphs in the body face, every one justified on the grid, first line indented two
 * characters — written both as `firstLineChars` (Word and WPS, in grid characters) and as twips
 * (LibreOffice reads only those).
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { PrintBlock } from '../../../../shared/layout/issueView';
import { headingFont, type LayoutSpec } from '../../../../shared/layout/spec';
import type { PictureSource } from '../pictureSource';
import type { DocxGeometry } from './geometry';
import { exactLines } from './paragraphs';
import { pictureBlocks } from './picture';
import { textRun, type RunFace } from './runs';
import { docxTable } from './table';

export function blockFace(block: PrintBlock, layout: LayoutSpec): RunFace {
  if (block.kind === 'heading' && block.level !== null) {
    const heading = layout.headings[block.level];
    return { eastAsia: headingFont(layout, block.level), latin: layout.fonts.latin, sizePt: heading.sizePt, bold: heading.bold };
  }
  return { eastAsia: layout.fonts.body, latin: layout.fonts.latin, sizePt: layout.body.sizePt };
}

/** `keepNext`: the block keeps with the next one (layout/keepWithNext.ts). */
export function blockParagraph(block: PrintBlock, layout: LayoutSpec, geo: DocxGeometry, keepNext = false): Paragraph {
  const face = blockFace(block, layout);
  const children = block.runs.map((run) => textRun(run.text, { ...face, bold: face.bold === true || run.bold }));
  if (block.label !== null) children.unshift(textRun(block.label, face));
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...exactLines(geo.linePitch),
    indent: { firstLine: geo.firstLineIndent, firstLineChars: layout.body.firstLineIndentChars * 100 },
    // Headings are outline levels so Word's navigation pane lists them; it changes no formatting.
    ...(block.kind === 'heading' && block.level !== null ? { outlineLevel: block.level - 1 } : {}),
    ...(keepNext ? { keepNext: true } : {}),
    children,
  });
}

export interface BodyContext {
  layout: LayoutSpec;
  geo: DocxGeometry;
  pictures: PictureSource;
}

type BodyWriter = (block: PrintBlock, context: BodyContext, keepNext: boolean) => (Paragraph | Table)[];

/**
 * How each kind of printed block is written: typed over every kind, so a new kind does not compile
 * until the DOCX writes it.
 */
const BODY_WRITERS: { [K in PrintBlock['kind']]: BodyWriter } = {
  heading: (block, { layout, geo }, keepNext) => [blockParagraph(block, layout, geo, keepNext)],
  paragraph: (block, { layout, geo }, keepNext) => [blockParagraph(block, layout, geo, keepNext)],
  table: (block, { layout, geo }) => (block.table ? [docxTable(block.table, layout, geo)] : []),
  picture: (block, { layout, geo, pictures }, keepNext) => (block.picture ? pictureBlocks(block.picture, layout, geo, pictures, keepNext) : []),
};

/** The DOCX of one body block. */
export function bodyBlock(block: PrintBlock, context: BodyContext, keepNext: boolean): (Paragraph | Table)[] {
  return BODY_WRITERS[block.kind](block, context, keepNext);
}
