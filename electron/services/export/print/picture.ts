/**
 * A picture in the print HTML (and so the PDF and the preview), the same picture the DOCX writes
 * (docx/picture.ts): a box of its whole grid lines (layout/picture.ts) with the image centred in it at
 * the same size, then its 图注 centred in the caption face. One flow item, never split: the paginator
 * moves it whole, caption and all, to the next page when it does not fit under the text.
 *
 * The bytes are a data: URL (the app's CSP allows data: images; the print page loads nothing else).
 * The measuring flow carries the box without the image: its height is fixed, so measuring needs no
 * pixels, and the flow document stays small. A picture whose bytes are missing prints as a box of the
 * same size saying 图片缺失.
 */
import type { PrintPicture } from '../../../../shared/layout/issueView';
import { captionLinesEstimate, pictureSize } from '../../../../shared/layout/picture';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { MISSING_PICTURE_TEXT, type PictureSource } from '../pictureSource';
import { familyList } from './fonts';
import { printGeometry, round } from './geometry';
import { escapeHtml } from './escape';
import { textHtml } from './textRuns';

/** Data URLs by picture id: a picture printed twice is encoded once per document. */
export type DataUrlCache = Map<string, string | null>;

function dataUrl(id: string, pictures: PictureSource, cache: DataUrlCache): string | null {
  if (!cache.has(id)) {
    const found = pictures.get(id);
    const base64 = found ? Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength).toString('base64') : null;
    cache.set(id, found && base64 !== null ? `data:${found.mime};base64,${base64}` : null);
  }
  return cache.get(id) ?? null;
}

/**
 * The picture item. `flowIndex` non-null: in the measuring flow (no image bytes); null: on a page.
 */
export function pictureHtml(
  picture: PrintPicture,
  layout: LayoutSpec,
  flowIndex: number | null,
  pictures: PictureSource,
  cache: DataUrlCache,
): string {
  const size = pictureSize(layout, picture);
  const box = `height: ${size.boxHeightPt}pt`;
  const dims = `width: ${size.widthPt}pt; height: ${size.heightPt}pt`;
  let inner: string;
  if (flowIndex === null) {
    const url = dataUrl(picture.pictureId, pictures, cache);
    inner =
      url === null
        ? `<div class="pic-missing" style="width: ${size.widthPt}pt; height: ${round(size.boxHeightPt - 2 * layout.table.borderPt)}pt">${MISSING_PICTURE_TEXT}</div>`
        : `<img src="${url}" alt="${escapeHtml(picture.caption ?? '图片')}" style="${dims}">`;
  } else {
    // Whether the bytes are there is asked once, on the pages; the flow only needs the box's height.
    inner = `<div class="pic-space" style="${dims}"></div>`;
  }
  const caption = picture.caption === null ? '' : `<p class="cap">${textHtml(picture.caption)}</p>`;
  const flow = flowIndex === null ? '' : ` data-flow="${flowIndex}"`;
  return `<div class="pic"${flow}><div class="pic-box" style="${box}">${inner}</div>${caption}</div>`;
}

/** The most lines a picture item can measure: its box and a line per caption character. */
export function pictureMaxLines(picture: PrintPicture, layout: LayoutSpec): number {
  return pictureSize(layout, picture).lines + Math.max(captionLinesEstimate(picture.caption, layout), picture.caption?.length ?? 0);
}

/**
 * Picture rules: the box the whole text block wide (out over the grid's side insets, as tables are),
 * the image centred in it; the caption centred, its lines on the grid, in the caption face and size.
 */
export function pictureCss(layout: LayoutSpec): string {
  const geo = printGeometry(layout);
  return `.pic { position: relative; left: -${geo.gridInsetPt}pt; width: ${round(geo.textWidthPt)}pt; break-inside: avoid; }
.pic-box { display: flex; align-items: center; justify-content: center; overflow: hidden; }
.pic-box img, .pic-space { display: block; flex: none; }
.pic-missing { display: flex; flex: none; align-items: center; justify-content: center; box-sizing: border-box;
  outline: ${round(layout.table.borderPt)}pt solid #808080; outline-offset: -${round(layout.table.borderPt / 2)}pt; text-indent: 0; }
.pic .cap { margin: 0; padding: 0 ${round(geo.textWidthPt - geo.gridInsetPt - geo.lineWidthPt)}pt 0 ${geo.gridInsetPt}pt; text-align: center; text-indent: 0;
  font-family: ${familyList(layout, layout.fonts.caption)}; font-size: ${layout.caption.sizePt}pt; font-weight: normal; }`;
}
