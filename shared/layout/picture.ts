/**
 * How big a picture prints, decided once for every serializer (DOCX, print HTML, preview): a share
 * of the text width, the height from the pixel aspect ratio, then shrunk (width with it) to the
 * largest whole number of grid lines that holds it, so the text after it stays on the 22-line
 * rhythm. A picture taller than a page's text (less its caption) is scaled down to fit one page.
 *
 * The picture's box is its lines × the pitch; the image itself is `CLEARANCE_PT` shorter than the
 * box. Word and LibreOffice set an inline image on the baseline of a line of exact height, and the
 * little room under the baseline (the paragraph mark's descent) would otherwise crop the image's top.
 */
import type { PrintPicture } from './issueView';
import { textBlockTwips, type LayoutSpec } from './spec';
import { twipsToPt } from './units';

/** Room left between the image and its box, in points (see above). */
export const CLEARANCE_PT = 2;

export interface PictureSize {
  /** Printed width and height of the image, in points. */
  widthPt: number;
  heightPt: number;
  /** Grid lines the picture's box takes (the caption's lines come after these). */
  lines: number;
  /** lines × the pitch. */
  boxHeightPt: number;
}

/**
 * Lines the caption takes, estimated as the serializers set it (centred, no indent, one grid cell
 * per character): only used to keep picture and caption on one page together.
 */
export function captionLinesEstimate(caption: string | null, layout: LayoutSpec): number {
  if (caption === null || caption === '') return 0;
  return Math.max(1, Math.ceil([...caption].length / Math.max(1, layout.grid.charsPerLine)));
}

export function pictureSize(
  layout: LayoutSpec,
  picture: Pick<PrintPicture, 'pixelWidth' | 'pixelHeight' | 'widthShare' | 'caption'>,
): PictureSize {
  const pitch = layout.grid.linePitchPt;
  const textWidthPt = twipsToPt(textBlockTwips(layout).width);
  const share = Number.isFinite(picture.widthShare) && picture.widthShare > 0 ? Math.min(1, picture.widthShare) : 1;
  // Pixel sizes come from stored rows: a zero or a NaN must not reach a serializer as Infinity.
  const aspect = picture.pixelWidth > 0 && picture.pixelHeight > 0 ? picture.pixelHeight / picture.pixelWidth : 0.75;
  const maxLines = Math.max(1, layout.grid.linesPerPage - captionLinesEstimate(picture.caption, layout));

  const width = share * textWidthPt;
  const height = width * aspect;
  const fitting = Math.floor((height + CLEARANCE_PT) / pitch + 1e-9);
  if (fitting < 1) {
    // A panorama lower than one line: one line's box, the image as it is (already within the text width).
    return { widthPt: round(width), heightPt: round(height), lines: 1, boxHeightPt: round(pitch) };
  }
  const lines = Math.min(fitting, maxLines);
  const heightPt = lines * pitch - CLEARANCE_PT;
  return { widthPt: round(heightPt / aspect), heightPt: round(heightPt), lines, boxHeightPt: round(lines * pitch) };
}

/** Hundredths of a point: stable numbers in the XML and the stylesheet. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
