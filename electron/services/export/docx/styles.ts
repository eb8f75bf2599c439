/**
 * The paragraph styles of every export: Normal at the body size, 简报正文 (body paragraphs and
 * whole-paragraph items) and 简报标题1–4 (headings), each with its faces named explicitly, never a
 * theme font. Body paragraphs and headings then carry only their style, their runs only their text
 * (and bold where the text is bold): a 30-page issue is ~600 such paragraphs, and per-run fonts,
 * sizes and languages were four fifths of the XML the docx package had to build and serialize.
 * Word, WPS and LibreOffice all resolve a run's faces from its paragraph style, so nothing falls back.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IRunStylePropertiesOptions } from 'docx';
import { NUMBER_LEVELS, type NumberLevel } from '../../../../shared/document/types';
import { headingFont, type LayoutSpec } from '../../../../shared/layout/spec';
import { docxGeometry } from './geometry';
import { faceProperties, type RunFace } from './runs';

export const BODY_STYLE_ID = 'BriefBody';

export function headingStyleId(level: NumberLevel): string {
  return `BriefHeading${level}`;
}

export function bodyFace(layout: LayoutSpec): RunFace {
  return { eastAsia: layout.fonts.body, latin: layout.fonts.latin, sizePt: layout.body.sizePt };
}

export function headingFace(layout: LayoutSpec, level: NumberLevel): RunFace {
  const heading = layout.headings[level];
  return { eastAsia: headingFont(layout, level), latin: layout.fonts.latin, sizePt: heading.sizePt, bold: heading.bold };
}

export function styleRun(face: RunFace): IRunStylePropertiesOptions {
  return faceProperties(face);
}

export function briefParagraphStyles(layout: LayoutSpec): IParagraphStyleOptions[] {
  const geo = docxGeometry(layout);
  const bodyRun = styleRun(bodyFace(layout));
  return [
    // Normal at the body size: docGrid's charSpace is relative to Normal's font size.
    { id: 'Normal', name: 'Normal', quickFormat: true, run: bodyRun },
    {
      id: BODY_STYLE_ID,
      name: '简报正文',
      basedOn: 'Normal',
      next: BODY_STYLE_ID,
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        spacing: { line: geo.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        // firstLineChars for Word and WPS (grid characters), twips for LibreOffice (reads only those).
        indent: { firstLine: geo.firstLineIndent, firstLineChars: layout.body.firstLineIndentChars * 100 },
      },
      run: bodyRun,
    },
    ...NUMBER_LEVELS.map((level) => ({
      id: headingStyleId(level),
      name: `简报标题${level}`,
      basedOn: BODY_STYLE_ID,
      next: BODY_STYLE_ID,
      quickFormat: true,
      // Outline levels so Word's navigation pane lists the headings; it changes no formatting.
      paragraph: { outlineLevel: level - 1 },
      run: styleRun(headingFace(layout, level)),
    })),
  ];
}
