/**
 * The issue as print HTML: the second serializer of the one layout model (the DOCX is the first).
 * One self-contained document — the stylesheet inline, fonts from `fontBaseUrl`, no scripts.
 *
 * Two stages, so any host can paginate:
 * 1. Without `measurement`: the flow — masthead, blocks and 报尾 in one column the width of the
 *    text block, each item marked `data-flow="i"`. A host lays it out in a browser and runs the
 *    measuring script on it (measure.ts), which returns each item's lines and line starts.
 * 2. With `measurement`: the pages — `paginate` fills each page with the grid's lines, body blocks
 *    split where their lines break, the 报尾 at the bottom of the last page. Each page is a `.sheet`
 *    holding a `.page` (the text block); in print the @page margins and margin boxes surround it, in
 *    preview mode the sheet draws the A4 page on screen with the same text block inside.
 *
 * Pictures (picture.ts) are one flow item each, never split; their bytes (data: URLs, from
 * `pictures`) go only into the pages, the flow has their boxes.
 */
import type { PrintableIssue, PrintBlock } from '../../../../shared/layout/issueView';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { printCss, type PrintMode } from './css';
import { PX_PER_PT, round } from './geometry';
import { blockHtml, blockText, closingHtml, escapeHtml, mastheadHtml } from './markup';
import type { FlowMeasurement } from '../../../../shared/layout/measureFlow';
import { paginate, type PageFragment, type PageSlot, type Pagination, type TableLines } from './paginate';
import { HANG_SPACE } from './textRuns';
import { rowsOfLines, tableHtml } from './table';
import { tableRowLines } from '../../../../shared/layout/table';
import { keepWithNextBlocks } from '../../../../shared/layout/keepWithNext';
import { contentsRowLines } from '../../../../shared/layout/contents';
import { contentsGapHtml, contentsHtml } from './contents';
import { NO_PICTURES, type PictureSource } from '../pictureSource';
import { pictureHtml, type DataUrlCache } from './picture';

export interface PrintHtmlOptions {
  /** Where the Fandol files are: a file: URL of resources/fonts/fandol or the app's own font route. */
  fontBaseUrl: string;
  mode: PrintMode;
  /** The measured flow (stage 2); without it the document is the flow to measure (stage 1). */
  measurement?: FlowMeasurement;
  /** Bundled font files known to be absent: not referenced, so the page asks for nothing that 404s. */
  missingFontFiles?: readonly string[];
  /** Where the pictures' bytes come from (stage 2); without it every picture prints as 图片缺失. */
  pictures?: PictureSource;
}

/**
 * Flow item 0 is the masthead; with 本期要目, 1 is its box and 2 the empty lines after it; then the
 * blocks, then the 报尾 (when there is one).
 */
export const MASTHEAD_ITEM = 0;
type Flowed = Pick<PrintableIssue, 'contents'>;
const contentsItems = (issue: Flowed): number => (issue.contents ? 2 : 0);
export const contentsItem = (issue: Flowed): number | null => (issue.contents ? 1 : null);
export const contentsGapItem = (issue: Flowed): number | null => (issue.contents ? 2 : null);
export const blockItem = (blockIndex: number, issue: Flowed): number => blockIndex + 1 + contentsItems(issue);
export const closingItem = (issue: PrintableIssue): number | null => (issue.closing ? blockItem(issue.blocks.length, issue) : null);

function documentHtml(issue: PrintableIssue, layout: LayoutSpec, options: PrintHtmlOptions, body: string): string {
  return printDocument(
    `${issue.seriesTitle} ${issue.numberLine}`,
    printCss(layout, options.mode, options.fontBaseUrl, options.missingFontFiles),
    options.mode,
    body,
  );
}

/** A whole print document around `body`: the single issue's, or the 合订本's (compile/pdf.ts). */
export function printDocument(title: string, css: string, mode: PrintMode, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${css}
</style>
</head>
<body class="${mode}">
${body}
</body>
</html>
`;
}

type FlowWriter = (block: PrintBlock, layout: LayoutSpec, flowIndex: number) => string;

/**
 * How each kind of printed block goes into the measuring flow: typed over every kind, so a new kind
 * does not compile until the print HTML writes it (its share on a page: pagesBody).
 */
const FLOW_WRITERS: { [K in PrintBlock['kind']]: FlowWriter } = {
  heading: (block, _layout, i) => blockHtml(block, i),
  paragraph: (block, _layout, i) => blockHtml(block, i),
  table: (block, layout, i) => (block.table ? tableHtml(block.table, layout, i) : ''),
  picture: (block, layout, i) => (block.picture ? pictureHtml(block.picture, layout, i, NO_PICTURES, new Map()) : ''),
};

function flowBody(issue: PrintableIssue, layout: LayoutSpec): string {
  const pitchPx = round(layout.grid.linePitchPt * PX_PER_PT);
  const items = [
    mastheadHtml(issue, layout, MASTHEAD_ITEM),
    ...(issue.contents
      ? [contentsHtml(issue.contents, layout, contentsItem(issue)), contentsGapHtml(layout.contents.linesAfter, contentsGapItem(issue))]
      : []),
    ...issue.blocks.map((block, i) => FLOW_WRITERS[block.kind](block, layout, blockItem(i, issue))),
  ];
  const closing = closingItem(issue);
  if (issue.closing && closing !== null) items.push(closingHtml(issue.closing, layout, closing));
  return `<main class="flow" data-line-pitch-px="${pitchPx}">\n${items.join('\n')}\n</main>`;
}

/** Paginates a measured flow of `issue`. */
export function paginateIssue(issue: PrintableIssue, layout: LayoutSpec, measurement: FlowMeasurement): Pagination {
  const count = blockItem(issue.blocks.length, issue);
  const lineCounts = Array.from({ length: count }, (_, i) => measurement.items[i]?.lines ?? 0);
  const closing = closingItem(issue);
  return paginate(lineCounts, {
    linesPerPage: layout.grid.linesPerPage,
    closingLines: closing === null ? null : (measurement.items[closing]?.lines ?? 0),
    closingOnEvenPage: layout.closing.onEvenPage,
    // A picture moves whole, with its caption, to the next page (as its DOCX paragraphs keep together).
    unbreakable: new Set([MASTHEAD_ITEM, ...pictureItems(issue)]),
    tables: tableItems(issue, layout),
    keepWithNext: new Set([...keepWithNextBlocks(issue.blocks, layout.grid.charsPerLine)].map((i) => blockItem(i, issue))),
  });
}

function pictureItems(issue: PrintableIssue): number[] {
  return issue.blocks.flatMap((block, i) => (block.kind === 'picture' ? [blockItem(i, issue)] : []));
}

/** The tables among the flow items, with their rows' lines (the same as the DOCX's row heights). */
function tableItems(issue: PrintableIssue, layout: LayoutSpec): Map<number, TableLines> {
  const tables = new Map<number, TableLines>();
  // The box breaks between its rows like a table, its title row repeated as a header (print/contents.ts).
  const contents = contentsItem(issue);
  if (issue.contents && contents !== null) tables.set(contents, { rowLines: contentsRowLines(issue.contents, layout), headerRows: 1 });
  issue.blocks.forEach((block, i) => {
    if (block.table) tables.set(blockItem(i, issue), { rowLines: tableRowLines(block.table, layout), headerRows: block.table.headerRows });
  });
  return tables;
}

/**
 * Where a line starts, for cutting a block at a page break. The measured start of a line that follows a
 * hanging mark is the hang space after it (a space has no box of its own, so the measuring finds the
 * first character after the break at or before it): the space belongs to the line above, where it
 * lets the mark hang. Cut before it, the mark lost its hang space on the page's last line, no longer
 * fitted and wrapped onto a 23rd line, drawn over the next page (`证，` seen so).
 */
function lineStart(text: string, measured: number | undefined): number {
  let start = measured ?? text.length;
  while (start < text.length && text[start] === HANG_SPACE) start++;
  return start;
}

interface PageContext {
  layout: LayoutSpec;
  measurement: FlowMeasurement;
  pictures: PictureSource;
  dataUrls: DataUrlCache;
}

type PageWriter = (block: PrintBlock, fragment: PageFragment, context: PageContext) => string;

/** A text block's share of its lines on a page: cut where the measured lines start. */
const textShare: PageWriter = (block, fragment, { measurement }) => {
  const measured = measurement.items[fragment.item];
  const text = blockText(block);
  const starts = measured?.lineStarts ?? [0];
  const lines = measured?.lines ?? 1;
  // A share that is the whole block needs no cutting; the measured starts cut the others.
  const from = fragment.fromLine === 0 ? 0 : lineStart(text, starts[fragment.fromLine]);
  const to = fragment.toLine >= lines ? text.length : lineStart(text, starts[fragment.toLine]);
  return blockHtml(block, fragment.item, { from, to, continued: fragment.fromLine > 0, continues: fragment.toLine < lines });
};

/** How each kind of block prints its share of a page: typed over every kind, as FLOW_WRITERS is. */
const PAGE_WRITERS: { [K in PrintBlock['kind']]: PageWriter } = {
  heading: textShare,
  paragraph: textShare,
  table: (block, fragment, { layout }) => {
    if (!block.table) return '';
    const rows = rowsOfLines(tableRowLines(block.table, layout), fragment.fromLine, fragment.toLine);
    return tableHtml(block.table, layout, null, { ...rows, repeatHeader: fragment.headerLines !== undefined });
  },
  // Never split; should a caption longer than a page split it anyway, the rest prints nothing.
  picture: (block, fragment, { layout, pictures, dataUrls }) =>
    block.picture && fragment.fromLine === 0 ? pictureHtml(block.picture, layout, null, pictures, dataUrls) : '',
};

/** What a sheet is in the whole document: its physical page and the number printed on it (null: none). */
export type SheetNumbering = (page: PageSlot) => { physical: number; folio: number | null };

const ownNumbering: SheetNumbering = (page) => ({ physical: page.number, folio: page.numbered ? page.number : null });

/**
 * The issue's pages as sheets. `numbering` places them in a larger document (the 合订本): it then
 * prints fixed numbers through named pages (css.ts `folios`) instead of the page counter.
 */
export function pagesBody(
  issue: PrintableIssue,
  layout: LayoutSpec,
  measurement: FlowMeasurement,
  pagination: Pagination,
  numbering?: SheetNumbering,
  pictures: PictureSource = NO_PICTURES,
): string {
  const dataUrls: DataUrlCache = new Map();
  const sheets = pagination.pages.map((page) => {
    const content = page.fragments.map((fragment) => {
      if (fragment.item === MASTHEAD_ITEM) return mastheadHtml(issue, layout, MASTHEAD_ITEM).replace(/ data-flow="\d+"/, '');
      if (issue.contents && fragment.item === contentsItem(issue)) {
        const rows = rowsOfLines(contentsRowLines(issue.contents, layout), fragment.fromLine, fragment.toLine);
        return contentsHtml(issue.contents, layout, null, { ...rows, repeatHeader: fragment.headerLines !== undefined });
      }
      if (fragment.item === contentsGapItem(issue)) return contentsGapHtml(fragment.toLine - fragment.fromLine, null);
      const block = issue.blocks[fragment.item - blockItem(0, issue)]!;
      return PAGE_WRITERS[block.kind](block, fragment, { layout, measurement, pictures, dataUrls });
    });
    if (page.closing && issue.closing) content.push(closingHtml(issue.closing, layout, null));
    const { physical, folio: number } = (numbering ?? ownNumbering)(page);
    const classes = ['sheet', physical % 2 === 1 ? 'odd' : 'even'];
    if (number === null) classes.push('unnumbered');
    else if (numbering) classes.push(`f${number}`);
    const folio = number !== null ? `<div class="folio">— ${number} —</div>` : '';
    return `<div class="${classes.join(' ')}" data-page="${physical}"><section class="page">${content.join('')}</section>${folio}</div>`;
  });
  return sheets.join('\n');
}

export function buildPrintHtml(issue: PrintableIssue, layout: LayoutSpec, options: PrintHtmlOptions): string {
  if (!options.measurement) return documentHtml(issue, layout, options, flowBody(issue, layout));
  const pagination = paginateIssue(issue, layout, options.measurement);
  return documentHtml(issue, layout, options, pagesBody(issue, layout, options.measurement, pagination, undefined, options.pictures));
}
