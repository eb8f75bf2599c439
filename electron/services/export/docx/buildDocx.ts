/**
 * The issue as a DOCX in the official layout: one section on an A4 page with the standard margins
 * and a 22 × 28 docGrid, a Normal style at the body size with explicit fonts (no theme fonts), the
 * masthead, the body, odd/even page-number footers and the 报尾 floating at the bottom of the last
 * page. Pure Node: no Electron, no file system; the caller writes the bytes.
 *
 * Tables (statistics) are written by table.ts: whole grid lines per row, the header row repeated;
 * pictures by picture.ts, their bytes from a PictureSource (stored, not deflated: media.ts); body.ts
 * dispatches on the block kind; 本期要目, when on, by contents.ts between the masthead and the body.
 */
import { Document, DocumentGridType, Paragraph, SectionType, type ISectionOptions, type IStylesOptions } from 'docx';
import { planClosingPlacement, type ClosingPlacement } from '../../../../shared/layout/closingPlacement';
import type { PrintableIssue } from '../../../../shared/layout/issueView';
import { keepWithNextBlocks } from '../../../../shared/layout/keepWithNext';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { stripXmlInvalidDeep } from '../../../../shared/text/xmlText';
import { bodyBlock } from './body';
import { closingAnchor, closingTable } from './closing';
import { contentsBox } from './contents';
import { docxGeometry, type DocxGeometry } from './geometry';
import { emptyFooters, pageNumberFooters } from './footers';
import { emptyLine, mastheadParagraphs } from './masthead';
import { exactLines } from './paragraphs';
import { estimateClosingPages, measureTableHeight } from './placement';
import { deferredMedia, packDocx } from './media';
import { bodyFace, briefParagraphStyles, styleRun } from './styles';
import { NO_PICTURES, type PictureSource } from '../pictureSource';

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

function contentSection(issue: PrintableIssue, layout: LayoutSpec, geo: DocxGeometry, pictures: PictureSource): ISectionOptions {
  const keep = keepWithNextBlocks(issue.blocks, layout.grid.charsPerLine);
  const context = { layout, geo, pictures };
  return {
    properties: sectionProperties(geo, layout),
    footers: pageNumberFooters(layout),
    children: [
      ...mastheadParagraphs(issue, layout, geo),
      ...(issue.contents ? contentsBox(issue.contents, layout, geo) : []),
      ...issue.blocks.flatMap((block, i) => bodyBlock(block, context, keep.has(i))),
    ],
  };
}

/** A one-point paragraph that starts a new page: what moves the 报尾 on a page. */
function pageBreak(): Paragraph {
  return new Paragraph({ pageBreakBefore: true, ...exactLines(20), children: [] });
}

function sections(
  issue: PrintableIssue,
  layout: LayoutSpec,
  geo: DocxGeometry,
  placement: ClosingPlacement,
  pictures: PictureSource,
): ISectionOptions[] {
  const content = contentSection(issue, layout, geo, pictures);
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
      // A section of its own so that neither the blank page nor the 报尾's page is numbered.
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
export function closingPlacement(issue: PrintableIssue, layout: LayoutSpec, pictures: PictureSource = NO_PICTURES): ClosingPlacement {
  if (!issue.closing || !layout.closing.onEvenPage) return 'asLaidOut';
  const geo = docxGeometry(layout);
  const section = contentSection(issue, layout, geo, pictures);
  const { children: _children, ...settings } = section;
  const styles = documentStyles(layout);
  const height = measureTableHeight(settings, closingTable(issue.closing, layout, geo, false), styles);
  const pages = height === null ? null : estimateClosingPages(section, height, styles);
  // Without an estimate the block stays where Word puts it: better odd than a stray blank page.
  return pages === null ? 'asLaidOut' : planClosingPlacement(pages, layout.closing.onEvenPage);
}

/** The docx Document, for tests and for laying out pages with docx/layout. */
export function createDocxDocument(
  rawIssue: PrintableIssue,
  rawLayout: LayoutSpec,
  placement?: ClosingPlacement,
  pictures: PictureSource = NO_PICTURES,
): Document {
  // The writer never emits a character XML 1.0 cannot hold, whatever its caller passes: one of them
  // anywhere makes Word and LibreOffice refuse the whole file.
  const issue = stripXmlInvalidDeep(rawIssue);
  const layout = stripXmlInvalidDeep(rawLayout);
  const meta = { title: `${issue.seriesTitle} ${issue.numberLine}`, creator: issue.issuer };
  const place = placement ?? closingPlacement(issue, layout, pictures);
  return createDocument(meta, layout, sections(issue, layout, docxGeometry(layout), place, pictures));
}

/** The issue's sections as the single-issue export writes them: what the 合订本 puts one after another. */
export function issueSections(rawIssue: PrintableIssue, rawLayout: LayoutSpec, pictures: PictureSource = NO_PICTURES): ISectionOptions[] {
  const issue = stripXmlInvalidDeep(rawIssue);
  const layout = stripXmlInvalidDeep(rawLayout);
  return sections(issue, layout, docxGeometry(layout), closingPlacement(issue, layout, pictures), pictures);
}

/** `pictures`: where the pictures' bytes come from; without it every picture prints as 图片缺失. */
export async function buildDocx(issue: PrintableIssue, layout: LayoutSpec, pictures: PictureSource = NO_PICTURES): Promise<Uint8Array> {
  const media = deferredMedia();
  return packDocx(createDocxDocument(issue, layout, undefined, media.wrap(pictures)), media);
}
