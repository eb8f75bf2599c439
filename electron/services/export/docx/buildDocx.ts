/**
 * The issue as a DOCX in the official layout: one section on an A4 page with the standard margins
 * and a 22 × 28 docGrid, a Normal style at the body size with explicit fonts (no theme fonts), the
 * masthead, the body, odd/even page-number footers and the 报尾 floating at the bottom of the last
 * page. Pure Node: no Electron, no file system; the caller writes the bytes.
 *
 * Tables (statistics) are written by table.ts: whole grid lines per row, the header row repeated;
 * 本期要目, when on, by contents.ts between the masthead and the body.
 */
import { Document, DocumentGridType, Packer, Paragraph, SectionType, type ISectionOptions, type IStylesOptions } from 'docx';
import type { PrintableIssue } from '../../../../shared/layout/issueView';
import { keepWithNextBlocks } from '../../../../shared/layout/keepWithNext';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { stripXmlInvalidDeep } from '../../../../shared/text/xmlText';
import { blockParagraph } from './body';
import { closingAnchor, closingTable } from './closing';
import { contentsBox } from './contents';
import { docxGeometry, type DocxGeometry } from './geometry';
import { emptyFooters, pageNumberFooters } from './footers';
import { emptyLine, mastheadParagraphs } from './masthead';
import { exactLines } from './paragraphs';
import { estimateClosingPages, measureTableHeight, planClosingPlacement, type ClosingPlacement } from './placement';
import { bodyFace, briefParagraphStyles, styleRun } from './styles';
import { docxTable } from './table';

export function sectionProperties(geo: DocxGeometry, layout: LayoutSpec): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: { width: geo.pageWidth, height: geo.pageHeight },
      margin: {
        top: geo.marginTop,
        bottom: geo.marginBottom,
        left: geo.marginLeft,
        right: geo.marginRight,
        header: geo.headerDistance,
        footer: geo.footerDistance,
        gutter: 0,
      },
    },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: geo.linePitch, charSpace: layout.grid.charSpace },
  };
}

function contentSection(issue: PrintableIssue, layout: LayoutSpec, geo: DocxGeometry): ISectionOptions {
  const keep = keepWithNextBlocks(issue.blocks, layout.grid.charsPerLine);
  return {
    properties: sectionProperties(geo, layout),
    footers: pageNumberFooters(layout),
    children: [
      ...mastheadParagraphs(issue, layout, geo),
      ...(issue.contents ? contentsBox(issue.contents, layout, geo) : []),
      ...issue.blocks.map((block, i) => (block.table ? docxTable(block.table, layout, geo) : blockParagraph(block, layout, keep.has(i)))),
    ],
  };
}

/** A one-point paragraph that starts a new page: what moves the 报尾 on a page. */
function pageBreak(): Paragraph {
  return new Paragraph({ pageBreakBefore: true, ...exactLines(20), children: [] });
}

function sections(issue: PrintableIssue, layout: LayoutSpec, geo: DocxGeometry, placement: ClosingPlacement): ISectionOptions[] {
  const content = contentSection(issue, layout, geo);
  if (!issue.closing) {
    // A document cannot end in nothing; with no 报尾 the body's last paragraph ends it.
    return [content.children.length > 0 ? content : { ...content, children: [emptyLine(bodyFace(layout), geo.linePitch)] }];
  }
  const closing = [closingTable(issue.closing, layout, geo), closingAnchor(layout)];
  switch (placement) {
    case 'asLaidOut':
      return [{ ...content, children: [...content.children, ...closing] }];
    case 'nextPage':
      return [{ ...content, children: [...content.children, pageBreak(), ...closing] }];
    case 'afterBlankPage':
      return [
        content,
        {
          properties: { ...sectionProperties(geo, layout), type: SectionType.NEXT_PAGE },
          footers: emptyFooters(layout),
          children: [new Paragraph({ ...exactLines(20), children: [] }), pageBreak(), ...closing],
        },
      ];
  }
}

/** The styles every export shares, and the pagination estimate lays out with (placement.ts). */
export function documentStyles(layout: LayoutSpec): IStylesOptions {
  // Styles take no widowControl in this library: every paragraph sets it off itself (paragraphs.ts).
  return { default: { document: { run: styleRun(bodyFace(layout)) } }, paragraphStyles: briefParagraphStyles(layout) };
}

/** A document of `sectionList` with the styles every export shares; the 合订本 (compile/) uses it too. */
export function createDocument(meta: { title: string; creator: string }, layout: LayoutSpec, sectionList: ISectionOptions[]): Document {
  return new Document({
    title: meta.title,
    creator: meta.creator,
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(layout),
    sections: sectionList,
  });
}

/** Where the 报尾 goes; only closingOnEvenPage asks for pagination (see placement.ts). */
export function closingPlacement(issue: PrintableIssue, layout: LayoutSpec): ClosingPlacement {
  if (!issue.closing || !layout.closing.onEvenPage) return 'asLaidOut';
  const geo = docxGeometry(layout);
  const section = contentSection(issue, layout, geo);
  const { children: _children, ...settings } = section;
  const styles = documentStyles(layout);
  const height = measureTableHeight(settings, closingTable(issue.closing, layout, geo, false), styles);
  const pages = height === null ? null : estimateClosingPages(section, height, styles);
  // Without an estimate the block stays where Word puts it: better odd than a stray blank page.
  return pages === null ? 'asLaidOut' : planClosingPlacement(pages);
}

/** The docx Document, for tests and for laying out pages with docx/layout. */
export function createDocxDocument(rawIssue: PrintableIssue, rawLayout: LayoutSpec, placement?: ClosingPlacement): Document {
  // The writer never emits a character XML 1.0 cannot hold, whatever its caller passes: one of them
  // anywhere makes Word and LibreOffice refuse the whole file.
  const issue = stripXmlInvalidDeep(rawIssue);
  const layout = stripXmlInvalidDeep(rawLayout);
  const meta = { title: `${issue.seriesTitle} ${issue.numberLine}`, creator: issue.issuer };
  return createDocument(meta, layout, sections(issue, layout, docxGeometry(layout), placement ?? closingPlacement(issue, layout)));
}

/** The issue's sections as the single-issue export writes them: what the 合订本 puts one after another. */
export function issueSections(rawIssue: PrintableIssue, rawLayout: LayoutSpec): ISectionOptions[] {
  const issue = stripXmlInvalidDeep(rawIssue);
  const layout = stripXmlInvalidDeep(rawLayout);
  return sections(issue, layout, docxGeometry(layout), closingPlacement(issue, layout));
}

export async function buildDocx(issue: PrintableIssue, layout: LayoutSpec): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(createDocxDocument(issue, layout));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
