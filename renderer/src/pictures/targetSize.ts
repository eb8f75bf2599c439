/**
 * How many pixels a picture needs: 300 dpi at the largest size it can print, the text block's width
 * (and, for a tall picture, its height — no picture prints taller than a page's text). Pixels beyond
 * that only make the database, the backups and the DOCX heavier.
 */
import { DEFAULT_LAYOUT, textBlockTwips, type LayoutInputs } from '../../../shared/layout/spec';

export const PRINT_DPI = 300;

export interface PixelSize {
  width: number;
  height: number;
}

/** The text block at 300 dpi, in pixels (standard layout: 442 pt × 638 pt → 1843 × 2657). */
export function printPixels(spec: Pick<LayoutInputs, 'page' | 'margins'>, dpi = PRINT_DPI): PixelSize {
  const block = textBlockTwips(spec);
  // twips are 1/1440 inch
  return { width: Math.round((block.width / 1440) * dpi), height: Math.round((block.height / 1440) * dpi) };
}

/** The size to scale a picture to, keeping its proportions; the picture's own size when it fits. */
export function fitWithin(picture: PixelSize, limit: PixelSize): PixelSize & { scaled: boolean } {
  const factor = Math.min(1, limit.width / picture.width, limit.height / picture.height);
  if (factor >= 1) return { ...picture, scaled: false };
  return {
    width: Math.max(1, Math.round(picture.width * factor)),
    height: Math.max(1, Math.round(picture.height * factor)),
    scaled: true,
  };
}

/**
 * What the editor scales to: the standard layout's text block. A series with a wider text block would
 * print a picture at a little under 300 dpi — the editor does not know the series' layout here.
 */
export const STANDARD_PRINT_PIXELS: PixelSize = printPixels(DEFAULT_LAYOUT);
