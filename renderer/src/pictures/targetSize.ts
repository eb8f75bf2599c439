/**
 * How many pixels a picture needs: 300 dpi at the largest size it can print, the text block's width
 * (and, for a tall picture, its height — no picture prints taller than a page's text). Pixels beyond
 * that only make the database, the backups and the DOCX heavier.
 */
import type { BriefDeskApi } from '../../../shared/contract/api';
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
 * The standard layout's text block: what a picture is scaled to when its series' layout cannot be
 * read (no series given, or the answer refused).
 */
export const STANDARD_PRINT_PIXELS: PixelSize = printPixels(DEFAULT_LAYOUT);

type LayoutApi = Pick<BriefDeskApi, 'series.resolvedLayout'>;

/**
 * What a picture inserted into an issue of `seriesId` is scaled to: its series' text block, so a
 * series with narrower margins still prints its pictures at 300 dpi. Asked at each insert (one local
 * call) so a layout changed in 简报系列 meanwhile counts.
 */
export async function seriesPrintPixels(api: LayoutApi, seriesId: number | undefined): Promise<PixelSize> {
  if (seriesId === undefined) return STANDARD_PRINT_PIXELS;
  try {
    const layout = await api['series.resolvedLayout']({ id: seriesId });
    return layout.ok ? printPixels(layout.value) : STANDARD_PRINT_PIXELS;
  } catch {
    return STANDARD_PRINT_PIXELS;
  }
}
