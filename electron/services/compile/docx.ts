/**
 * The 合订本 as one DOCX: a cover section, a contents section starting on an odd page, then each
 * issue's sections exactly as the single-issue export writes them (export/docx issueSections:
 * masthead, body, 报尾), the first of each of type oddPage — Word and LibreOffice insert the blank
 * page an issue with an odd page count leaves. Page numbers start at 1 on the first issue and run on,
 * or restart at 1 with every issue.
 *
 * The contents' page numbers are not Word's to find: they are the plan's (plan.ts), computed from the
 * print paginator's page counts per issue — the same numbers the PDF prints — so the two files agree.
 */
import { AlignmentType, Paragraph, SectionType, Tab, TabStopType, TextRun, type ISectionOptions } from 'docx';
import { charPitchPt, type LayoutSpec } from '../../../shared/layout/spec';
import { stripXmlInvalidDeep } from '../../../shared/text/xmlText';
import { cancelledError } from '../heavy/protocol';
import type { HeavyTaskContext } from '../heavy/tasks';
import { createDocument, issueSections, sectionProperties } from '../export/docx';
import { emptyFooters } from '../export/docx/footers';
import { docxGeometry, type DocxGeometry } from '../export/docx/geometry';
import { deferredMedia, packDocx } from '../export/docx/media';
import { NO_PICTURES } from '../export/pictureSource';
import { exactLines } from '../export/docx/paragraphs';
import { runOptions, textRun, type RunFace } from '../export/docx/runs';
import { HEADING_INDENT, type ContentsLine, type CoverLine } from './contents';
import type { VolumePlan } from './plan';
import type { VolumeSource } from './selection';

export interface VolumeFrontMatter {
  cover: CoverLine[];
  contents: ContentsLine[][];
}

function faces(layout: LayoutSpec): Record<'body' | 'title' | 'volume', RunFace> {
  const { fonts } = layout;
  return {
    body: { eastAsia: fonts.body, latin: fonts.latin, sizePt: layout.body.sizePt },
    title: { eastAsia: fonts.masthead, latin: fonts.latin, sizePt: layout.masthead.titleSizePt, color: layout.masthead.titleColor },
    volume: { eastAsia: fonts.partTitle, latin: fonts.latin, sizePt: layout.partTitle.sizePt },
  };
}

function coverParagraphs(cover: readonly CoverLine[], layout: LayoutSpec, geo: DocxGeometry): Paragraph[] {
  const face = faces(layout);
  return cover.map((line) => {
    const height = exactLines(geo.linePitch * line.lines);
    if (line.kind === 'blank') return new Paragraph({ ...height, run: runOptions(face.body), children: [] });
    const runFace = line.kind === 'title' ? face.title : line.kind === 'volume' ? face.volume : face.body;
    return new Paragraph({ alignment: AlignmentType.CENTER, ...height, children: [textRun(line.text, runFace)] });
  });
}

function contentsParagraphs(pages: readonly ContentsLine[][], plan: VolumePlan, layout: LayoutSpec, geo: DocxGeometry): Paragraph[] {
  const face = faces(layout);
  const indent = Math.round(HEADING_INDENT * charPitchPt(layout) * 20);
  return pages.flatMap((page, p) =>
    page.map((line, l) => {
      // Each contents page after the first begins with a page break: the pages are the plan's, not Word's.
      const base = { ...exactLines(geo.linePitch), ...(p > 0 && l === 0 ? { pageBreakBefore: true } : {}) };
      switch (line.kind) {
        case 'title':
          return new Paragraph({ ...base, alignment: AlignmentType.CENTER, children: [textRun(line.text, face.volume)] });
        case 'blank':
          return new Paragraph({ ...base, run: runOptions(face.body), children: [] });
        case 'heading':
          return new Paragraph({ ...base, indent: { left: indent }, children: [textRun(line.text, face.body)] });
        case 'issue':
          return new Paragraph({
            ...base,
            tabStops: [{ type: TabStopType.RIGHT, position: geo.textWidth }],
            children: [
              textRun(line.text, face.body),
              new TextRun({ ...runOptions(face.body), children: [new Tab()] }),
              textRun(String(plan.issues[line.issueIndex]?.start ?? ''), face.body),
            ],
          });
      }
    }),
  );
}

/** The cover and contents sections: no page numbers; the contents start on page 3 (the cover's back stays blank). */
function frontSections(front: VolumeFrontMatter, plan: VolumePlan, layout: LayoutSpec): ISectionOptions[] {
  const geo = docxGeometry(layout);
  const properties = sectionProperties(geo, layout);
  return [
    { properties, footers: emptyFooters(layout), children: coverParagraphs(front.cover, layout, geo) },
    {
      properties: { ...properties, type: SectionType.ODD_PAGE },
      footers: emptyFooters(layout),
      children: contentsParagraphs(front.contents, plan, layout, geo),
    },
  ];
}

/** An issue's sections with the first starting on an odd page and, where asked, its numbers at 1. */
function issueStart(sections: ISectionOptions[], restart: boolean): ISectionOptions[] {
  const [first, ...rest] = sections;
  if (!first) return sections;
  const page = first.properties?.page ?? {};
  const properties = { ...first.properties, type: SectionType.ODD_PAGE, page: restart ? { ...page, pageNumbers: { start: 1 } } : page };
  return [{ ...first, properties }, ...rest];
}

export async function buildVolumeDocx(
  source: VolumeSource,
  front: VolumeFrontMatter,
  plan: VolumePlan,
  perIssuePages: boolean,
  context: Pick<HeavyTaskContext, 'onProgress' | 'signal'>,
): Promise<Uint8Array> {
  const layout = stripXmlInvalidDeep(source.layout);
  const sections = frontSections(stripXmlInvalidDeep(front), plan, layout);
  const total = source.issues.length;
  const media = deferredMedia();
  for (const [i, { issue, job }] of source.issues.entries()) {
    if (context.signal.aborted) throw cancelledError();
    context.onProgress({ done: i, total, label: `${issue.year}年第${issue.number}期` });
    sections.push(...issueStart(issueSections(job.issue, layout, media.wrap(job.pictures ?? NO_PICTURES)), perIssuePages || i === 0));
    // Let a cancel arrive between issues (the sections are built synchronously).
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (context.signal.aborted) throw cancelledError();
  context.onProgress({ done: total, total, label: '正在写入 Word 文件' });
  const title = `${source.series.title} ${source.year}年合订本`;
  return packDocx(createDocument({ title, creator: source.series.issuer }, layout, sections), media);
}
