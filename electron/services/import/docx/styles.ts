/**
 * styles.xml as the importer needs it: per paragraph or character style its name, the heading level
 * its name or outline level gives (Heading 1 / 标题 1 / outlineLvl 0 → 1), its automatic numbering,
 * bold and East Asian face — each resolved through `basedOn`, so a style inherits what it does not set.
 */
import type { NumberLevel } from '../../../../shared/document/types';
import { attr, child, childrenNamed, onOff, type XmlElement } from './xmlTree';

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

export interface ResolvedStyle {
  name: string;
  headingLevel?: NumberLevel;
  numbering?: NumberingRef;
  bold?: boolean;
  face?: string;
}

export interface StyleSheet {
  style(styleId: string | undefined): ResolvedStyle | undefined;
  /** The document default East Asian face (docDefaults). */
  defaultFace?: string;
}

interface RawStyle {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: Partial<NumberingRef>;
  bold?: boolean;
  face?: string;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;

export function numberingOf(pPr: XmlElement | undefined): Partial<NumberingRef> | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = attr(child(numPr, 'w:numId'), 'w:val');
  const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
  return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl: Number(ilvl) || 0 } : {}) };
}

export function faceOf(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'w:rFonts');
  return attr(fonts, 'w:eastAsia') ?? attr(fonts, 'w:ascii') ?? undefined;
}

function rawStyle(element: XmlElement): RawStyle {
  const pPr = child(element, 'w:pPr');
  const rPr = child(element, 'w:rPr');
  const outline = attr(child(pPr, 'w:outlineLvl'), 'w:val');
  const basedOn = attr(child(element, 'w:basedOn'), 'w:val');
  const numbering = numberingOf(pPr);
  const bold = onOff(child(rPr, 'w:b'));
  const face = faceOf(rPr);
  return {
    name: attr(child(element, 'w:name'), 'w:val') ?? '',
    ...(basedOn !== undefined ? { basedOn } : {}),
    ...(outline !== undefined ? { outlineLevel: Number(outline) } : {}),
    ...(numbering ? { numbering } : {}),
    ...(bold !== undefined ? { bold } : {}),
    ...(face ? { face } : {}),
  };
}

function headingLevelOf(name: string, outlineLevel: number | undefined): NumberLevel | undefined {
  const m = HEADING_NAME.exec(name.trim());
  const level = m ? Number(m[1]) : outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9 ? outlineLevel + 1 : undefined;
  return level === undefined ? undefined : (Math.min(level, 4) as NumberLevel);
}

export function readStyles(root: XmlElement | undefined): StyleSheet {
  const styles = child(root, 'w:styles');
  const raw = new Map<string, RawStyle>();
  for (const element of childrenNamed(styles, 'w:style')) {
    const id = attr(element, 'w:styleId');
    if (id !== undefined) raw.set(id, rawStyle(element));
  }
  const resolved = new Map<string, ResolvedStyle | undefined>();
  const resolve = (id: string, seen: Set<string>): ResolvedStyle | undefined => {
    if (resolved.has(id)) return resolved.get(id);
    const own = raw.get(id);
    if (!own || seen.has(id)) return undefined; // unknown or a basedOn cycle
    seen.add(id);
    const base = own.basedOn !== undefined ? resolve(own.basedOn, seen) : undefined;
    const outline = own.outlineLevel;
    const headingLevel = headingLevelOf(own.name, outline) ?? (HEADING_NAME.test(own.name) ? undefined : base?.headingLevel);
    const numId = own.numbering?.numId ?? base?.numbering?.numId;
    const result: ResolvedStyle = {
      name: own.name,
      ...(headingLevel ? { headingLevel } : {}),
      ...(numId !== undefined ? { numbering: { numId, ilvl: own.numbering?.ilvl ?? base?.numbering?.ilvl ?? 0 } } : {}),
      ...((own.bold ?? base?.bold) !== undefined ? { bold: (own.bold ?? base?.bold)! } : {}),
      ...((own.face ?? base?.face) ? { face: (own.face ?? base?.face)! } : {}),
    };
    resolved.set(id, result);
    return result;
  };
  const defaultRun = child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
  const defaultFace = faceOf(defaultRun);
  return {
    style: (id) => (id === undefined ? undefined : resolve(id, new Set())),
    ...(defaultFace ? { defaultFace } : {}),
  };
}
