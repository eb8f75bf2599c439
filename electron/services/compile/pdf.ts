/**
 * The 合订本 in print: every issue measured and paginated as the single-issue print does it
 * (export/print: flow → measurement → paginate; measure.ts), then one print document — cover, its blank back,
 * contents, and each issue's own pages with the blank pages the plan inserts — printed to one PDF.
 * One document, not PDFs joined: there is no PDF-merge library, and one printToPDF of a few hundred
 * pages is quicker than many. Its page numbers are fixed text per page (css.ts `folios`), as they
 * may restart per issue.
 */
import { charPitchPt, type LayoutSpec } from '../../../shared/layout/spec';
import { stripXmlInvalidDeep } from '../../../shared/text/xmlText';
import { pagesBody, printDocument } from '../export/print/buildPrintHtml';
import { printCss } from '../export/print/css';
import { cssString, familyList } from '../export/print/fonts';
import { printGeometry, round } from '../export/print/geometry';
import { escapeHtml } from '../export/print/markup';
import { HEADING_INDENT, type ContentsLine, type CoverLine } from './contents';
import { printedFolios, type VolumePlan } from './plan';
import type { VolumeSource } from './selection';
import type { VolumeFrontMatter } from './docx';
import type { MeasuredIssue } from './measure';

function volumeCss(layout: LayoutSpec): string {
  const pitch = `${printGeometry(layout).linePitchPt}pt`;
  const indent = round(HEADING_INDENT * charPitchPt(layout));
  return `.vol { text-align: center; white-space: nowrap; overflow: visible; }
.vol.title { font-family: ${familyList(layout, layout.fonts.masthead)}; font-size: ${layout.masthead.titleSizePt}pt; color: #${layout.masthead.titleColor}; }
.vol.volume, .toc-title { font-family: ${familyList(layout, layout.fonts.partTitle)}; font-size: ${layout.partTitle.sizePt}pt; }
.toc-title { text-align: center; }
.toc { display: flex; height: ${pitch}; white-space: nowrap; overflow: hidden; }
.toc .t { flex: 1 1 auto; overflow: hidden; }
.toc .n { flex: none; font-family: ${cssString(layout.fonts.latin)}, ${familyList(layout, layout.fonts.body)}; letter-spacing: 0; }
.toc.h { padding-left: ${indent}pt; }`;
}

function sheet(physical: number, content: string): string {
  const side = physical % 2 === 1 ? 'odd' : 'even';
  return `<div class="sheet ${side} unnumbered" data-page="${physical}"><section class="page">${content}</section></div>`;
}

function coverHtml(cover: readonly CoverLine[], layout: LayoutSpec): string {
  const pitch = printGeometry(layout).linePitchPt;
  return cover
    .map((line) => {
      const height = `height: ${round(pitch * line.lines)}pt; line-height: ${round(pitch * line.lines)}pt;`;
      return `<div class="line vol ${line.kind}" style="${height}">${escapeHtml(line.text)}</div>`;
    })
    .join('');
}

function contentsHtml(lines: readonly ContentsLine[], plan: VolumePlan): string {
  return lines
    .map((line) => {
      switch (line.kind) {
        case 'title':
          return `<div class="line toc-title">${escapeHtml(line.text)}</div>`;
        case 'blank':
          return '<div class="line"></div>';
        case 'heading':
          return `<div class="line toc h"><span class="t">${escapeHtml(line.text)}</span></div>`;
        case 'issue':
          return `<div class="line toc"><span class="t">${escapeHtml(line.text)}</span><span class="n">${plan.issues[line.issueIndex]?.start ?? ''}</span></div>`;
      }
    })
    .join('');
}

/** The whole volume as one print document (to show after every issue was measured). */
export function volumeHtml(
  source: VolumeSource,
  front: VolumeFrontMatter,
  plan: VolumePlan,
  measured: readonly MeasuredIssue[],
  fontBaseUrl: string,
): string {
  const layout = stripXmlInvalidDeep(source.layout);
  const sheets: string[] = [sheet(1, coverHtml(stripXmlInvalidDeep(front.cover), layout)), sheet(2, '')];
  front.contents.forEach((lines, i) => sheets.push(sheet(3 + i, contentsHtml(stripXmlInvalidDeep(lines), plan))));
  while (sheets.length < plan.frontPages) sheets.push(sheet(sheets.length + 1, ''));
  source.issues.forEach(({ job }, i) => {
    const placed = plan.issues[i]!;
    const { measurement, pagination } = measured[i]!;
    const numbering = (page: { number: number }) => ({
      physical: placed.firstPhysical + page.number - 1,
      folio: placed.folios[page.number - 1] ?? null,
    });
    sheets.push(pagesBody(job.issue, job.layout, measurement, pagination, numbering, job.pictures));
    for (let pad = 0; pad < placed.padAfter; pad++) sheets.push(sheet(placed.firstPhysical + pagination.pages.length + pad, ''));
  });
  const css = `${printCss(layout, 'print', fontBaseUrl, [], printedFolios(plan))}\n${volumeCss(layout)}`;
  return printDocument(`${source.series.title} ${source.year}年合订本`, css, 'print', sheets.join('\n'));
}
