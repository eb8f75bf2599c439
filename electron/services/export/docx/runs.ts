/**
 * Runs with explicit fonts. Every run names its faces itself — Latin and digits in the layout's
 * Latin face, Chinese in the element's face, `hint="eastAsia"` so quotes and dashes stay in the
 * Chinese face, `lang eastAsia="zh-CN"` — so nothing ever falls back to the theme's fonts (WPS then
 * warns about missing fonts and Chinese lands in a Latin face).
 */
import { PageNumber, TextRun, type IRunOptions } from 'docx';
import { ptToHalfPoints } from '../../../../shared/layout/units';

export interface RunFace {
  eastAsia: string;
  latin: string;
  sizePt: number;
  bold?: boolean;
  color?: string;
  /** Horizontal scale in percent (`w:w`), for a line condensed to fit (the masthead's issuer line). */
  scalePercent?: number;
}

export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

export function runFonts(face: Pick<RunFace, 'eastAsia' | 'latin'>) {
  return { ascii: face.latin, hAnsi: face.latin, cs: face.latin, eastAsia: face.eastAsia, hint: 'eastAsia' };
}

/** Faces, size, language and bold: what a run and a paragraph style (styles.ts) both name. */
export function faceProperties(face: RunFace) {
  const size = ptToHalfPoints(face.sizePt);
  return {
    font: runFonts(face),
    size,
    sizeComplexScript: size,
    language: LANGUAGE,
    ...(face.bold ? { bold: true, boldComplexScript: true } : {}),
  };
}

export function runOptions(face: RunFace): IRunOptions {
  return {
    ...faceProperties(face),
    ...(face.color ? { color: face.color } : {}),
    // Scaled text leaves the docGrid: on it every Chinese character takes a whole cell, whatever its scale.
    ...(face.scalePercent !== undefined && face.scalePercent !== 100 ? { scale: face.scalePercent, snapToGrid: false } : {}),
  };
}

export function textRun(text: string, face: RunFace): TextRun {
  return new TextRun({ ...runOptions(face), text });
}

/** `— N —` with N the PAGE field; docx writes each child as its own run with these properties. */
export function pageNumberRun(face: RunFace): TextRun {
  return new TextRun({ ...runOptions(face), children: ['— ', PageNumber.CURRENT, ' —'] });
}
