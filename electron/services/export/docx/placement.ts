/**
 * closingOnEvenPage for the DOCX: which page the 报尾 lands on is only known once the pages are laid
 * out, and Word lays them out when it opens the file. So we estimate the pagination while building,
 * with `docx/layout` (a renderer-free model of Word's pagination, which follows our docGrid: 22 lines,
 * 28 characters), and write the document the way shared/layout/closingPlacement.ts decides.
 *
 * A section break of type evenPage cannot do this: it always starts a new page, so a block that
 * fits under the text of an even page would be pushed two pages on.
 */
import { Document, LineRuleType, Paragraph, type ISectionOptions, type IStylesOptions } from 'docx';
import { layoutDocument } from 'docx/layout';
import type { ClosingPages } from '../../../../shared/layout/closingPlacement';

const PX_TO_TWIPS = 15; // docx/layout measures in CSS pixels, 96 to the inch; 1440 twips to the inch

/**
 * Height in twips of a table laid out alone at the top of a page with the section's settings.
 * `styles`: the export's own (buildDocx.ts documentStyles) — the body's paragraphs take their line
 * heights and faces from them.
 */
export function measureTableHeight(
  section: Omit<ISectionOptions, 'children'>,
  table: ISectionOptions['children'][number],
  styles: IStylesOptions,
): number | null {
  const { pages, stoppedAt } = layoutDocument(new Document({ styles, sections: [{ ...section, children: [table, new Paragraph({})] }] }), {
    guess: true,
  });
  if (stoppedAt !== undefined) return null;
  const laid = pages[0]?.body.find((block) => block.type === 'table');
  if (laid?.type !== 'table') return null;
  return Math.ceil(laid.rows.reduce((sum, row) => sum + row.height, 0) * PX_TO_TWIPS);
}

/**
 * Where the 报尾 would fall: the content laid out with, in place of the floating block, one
 * unbreakable line as tall as the block. Null when the layout cannot say.
 */
export function estimateClosingPages(section: ISectionOptions, closingHeight: number, styles: IStylesOptions): ClosingPages | null {
  const spacer = new Paragraph({ spacing: { line: closingHeight, lineRule: LineRuleType.EXACT }, widowControl: false, children: [] });
  const children = [...section.children, spacer];
  const spacerIndex = children.length - 1;
  const { pages, stoppedAt } = layoutDocument(new Document({ styles, sections: [{ ...section, children }] }), { guess: true });
  if (stoppedAt !== undefined) return null;
  let textEndPage = 0;
  let closingPage = 0;
  pages.forEach((page, p) => {
    for (const block of page.body) {
      if (block.index === spacerIndex) closingPage = p + 1;
      else if (block.index === spacerIndex - 1) textEndPage = p + 1;
    }
  });
  if (closingPage === 0) return null;
  return { textEndPage: textEndPage || closingPage, closingPage };
}
