/**
 * The masthead (报头) and the optional part title and period line, all on whole grid lines so the
 * body below starts on the grid:
 *   title (titleLines lines, red, 方正小标宋简体), 期号 line, issuer ⇥ date with the red rule under it,
 *   linesAfterRule empty lines, part title, period line.
 *
 * The red rule is the issuer/date paragraph's bottom border, not a drawn shape: a border is exactly
 * the paragraph's width — the text block — in Word, WPS and LibreOffice alike, moves with the text,
 * and needs no DrawingML anchor. Its line is made shorter by the rule's thickness so that line plus
 * rule is one grid line and the lines below stay on the grid. When issuer and date are too wide for
 * one line at the body size, that line is set smaller (mastheadFit.ts), as in print.
 */
import { AlignmentType, BorderStyle, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { PrintableIssue } from '../../../../shared/layout/issueView';
import { issuerLineFit } from '../../../../shared/layout/mastheadFit';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import type { DocxGeometry } from './geometry';
import { exactLines } from './paragraphs';
import { runOptions, textRun, type RunFace } from './runs';

export function mastheadParagraphs(issue: PrintableIssue, layout: LayoutSpec, geo: DocxGeometry): Paragraph[] {
  const { fonts, masthead } = layout;
  const body: RunFace = { eastAsia: fonts.body, latin: fonts.latin, sizePt: layout.body.sizePt };
  const ruleTwips = Math.round((geo.ruleSize / 8) * 20);
  // Issuer and date always on one line: smaller (and at worst condensed) when they do not fit at the body size.
  const fit = issuerLineFit(issue.issuer, issue.dateLine, layout);
  const issuerFace: RunFace = { ...body, sizePt: fit.sizePt, scalePercent: fit.scalePercent };
  const out: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      ...exactLines(geo.linePitch * masthead.titleLines),
      children: [
        textRun(issue.seriesTitle, {
          eastAsia: fonts.masthead,
          latin: fonts.latin,
          sizePt: masthead.titleSizePt,
          color: masthead.titleColor,
        }),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, ...exactLines(geo.linePitch), children: [textRun(issue.numberLine, body)] }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      ...exactLines(geo.linePitch - ruleTwips),
      tabStops: [{ type: TabStopType.RIGHT, position: geo.textWidth }],
      border: { bottom: { style: BorderStyle.SINGLE, size: geo.ruleSize, color: masthead.ruleColor, space: 0 } },
      children: [
        textRun(issue.issuer, issuerFace),
        new TextRun({ ...runOptions(issuerFace), children: [new Tab()] }),
        textRun(issue.dateLine, issuerFace),
      ],
    }),
  ];
  for (let i = 0; i < masthead.linesAfterRule; i++) out.push(emptyLine(body, geo.linePitch));
  if (issue.partTitle !== null) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...exactLines(geo.linePitch),
        children: [textRun(issue.partTitle, { eastAsia: fonts.partTitle, latin: fonts.latin, sizePt: layout.partTitle.sizePt })],
      }),
    );
  }
  if (issue.periodLine !== null) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...exactLines(geo.linePitch),
        children: [textRun(issue.periodLine, { eastAsia: fonts.period, latin: fonts.latin, sizePt: layout.periodLine.sizePt })],
      }),
    );
  }
  return out;
}

/** An empty grid line; its mark still carries the face so Word sizes it like the body. */
export function emptyLine(face: RunFace, lineTwips: number): Paragraph {
  return new Paragraph({ ...exactLines(lineTwips), run: runOptions(face), children: [] });
}
