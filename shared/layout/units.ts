/**
 * Unit conversions for the print layout. The layout model speaks millimetres and points (what the
 * standard and a typesetter speak); each serializer converts at its edge: DOCX wants twips (1/20 pt),
 * half-points for font sizes, eighth-points for borders and EMU for drawings.
 */

export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;
export const TWIPS_PER_PT = 20;
export const EMU_PER_MM = 36_000;
/** `w:charSpace` counts 1/4096 pt. */
export const CHAR_SPACE_UNITS_PER_PT = 4096;

export function mmToPt(mm: number): number {
  return (mm / MM_PER_INCH) * PT_PER_INCH;
}

export function ptToMm(pt: number): number {
  return (pt / PT_PER_INCH) * MM_PER_INCH;
}

/** Whole twips, rounded: 37 mm → 2098, 210 mm → 11906. */
export function mmToTwips(mm: number): number {
  return Math.round(mmToPt(mm) * TWIPS_PER_PT);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * TWIPS_PER_PT);
}

export function twipsToPt(twips: number): number {
  return twips / TWIPS_PER_PT;
}

export function twipsToMm(twips: number): number {
  return ptToMm(twipsToPt(twips));
}

/** `w:sz` counts half-points: 16 pt → 32. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Border widths (`w:sz` of a border) count eighth-points: 0.35 mm → 8, 0.25 mm → 6, 1 pt → 8. */
export function mmToEighthPoints(mm: number): number {
  return Math.round(mmToPt(mm) * 8);
}

export function ptToEighthPoints(pt: number): number {
  return Math.round(pt * 8);
}

export function mmToEmu(mm: number): number {
  return Math.round(mm * EMU_PER_MM);
}
