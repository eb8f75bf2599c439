/**
 * Body blocks: headings in their level's style (levels 3–4 bold by default), whole-paragraph items
 * and plain paragraphs in the body style (styles.ts: justified on the grid, first line indented two
 * characters, the faces named there). A paragraph carries its style and widow control off; its runs
 * carry their text and, where the text is bold and the style is not, bold.
 */
import { Paragraph, TextRun, type Table } from 'docx';
import type { PrintBlock } from '../../../../shared/layout/issueView';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import type { PictureSource } from '../pictureSource';
import type { DocxGeometry } from './geometry';
import { pictureBlocks } from './picture';
import type { RunFace } from './runs';
import { BODY_STYLE_ID, bodyFace, headingFace, headingStyleId } from './styles';
import { docxTable } from './table';

/** The faces a block prints in (as its paragraph style names them). */
export function blockFace(block: PrintBlock, layout: LayoutSpec): RunFace {
  return block.kind === 'heading' && block.level !== null ? headingFace(layout, block.level) : bodyFace(layout);
}

function styledRun(text: string, bold: boolean): TextRun {
  return new TextRun(bold ? { text, bold: true, boldComplexScript: true } : { text });
}

/** `keepNext`: the block keeps with the next one (layout/keepWithNext.ts). */
export function blockParagraph(block: PrintBlock, layout: LayoutSpec, keepNext = false): Paragraph {
  const heading = block.kind === 'heading' ? block.level : null;
  const styleBold = blockFace(block, layout).bold === true;
  const children = block.runs.map((run) => styledRun(run.text, run.bold && !styleBold));
  if (block.label !== null) children.unshift(styledRun(block.label, false));
  return new Paragraph({
    style: heading !== null ? headingStyleId(heading) : BODY_STYLE_ID,
    // The library has no style-level switch for it, and LibreOffice turns it on when a paragraph does not say.
    widowControl: false,
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
  heading: (block, { layout }, keepNext) => [blockParagraph(block, layout, keepNext)],
  paragraph: (block, { layout }, keepNext) => [blockParagraph(block, layout, keepNext)],
  table: (block, { layout, geo }) => (block.table ? [docxTable(block.table, layout, geo)] : []),
  picture: (block, { layout, geo, pictures }, keepNext) =>
    block.picture ? pictureBlocks(block.picture, layout, geo, pictures, keepNext) : [],
};

/** The DOCX of one body block. */
export function bodyBlock(block: PrintBlock, context: BodyContext, keepNext: boolean): (Paragraph | Table)[] {
  return BODY_WRITERS[block.kind](block, context, keepNext);
}
