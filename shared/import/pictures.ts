/**
 * Pictures of an imported past issue as picture blocks: the printed width nearest to what the file
 * printed, and the caption where a caption paragraph follows the picture — a paragraph in the
 * Caption / 题注 style, one the reader marked (the text under a photo in a photo table), or a centred
 * one that starts as captions do (`图为…`, `图：…`, `图1 …`). That
 * paragraph becomes the picture's 图注 and is not kept as body text as well.
 */
import { MAX_CAPTION_CHARS } from '../document/schema';
import { picture, type PictureElement, type PictureWidth } from '../document/types';
import { paragraphText, type IncomingBlock, type IncomingPicture } from './incoming';
import { normalizeText } from './normalize';

const CAPTION_STYLE = /^(?:caption|题注)$/i;
/**
 * The longest text under a photo taken as its caption without a caption's style or wording: three
 * printed lines of 28 characters. Longer, it is a paragraph about the photo and stays body text.
 */
const READER_CAPTION_CHARS = 84;
const CAPTION_START = /^(?:图为|图\s*[：:]|图\s*[0-9０-９一二三四五六七八九十]+)/;

/** 100 %, 75 % or 50 % of the text width, whichever is nearest the printed share (100 % when unknown). */
export function pictureWidthFor(share: number | null): PictureWidth {
  if (share === null || !Number.isFinite(share) || share >= 0.875) return 100;
  return share >= 0.625 ? 75 : 50;
}

/** The caption text of a block when it is a caption paragraph, else null. */
export function captionOf(block: IncomingBlock | undefined): string | null {
  if (block?.kind !== 'paragraph') return null;
  const text = normalizeText(paragraphText(block)).trim();
  if (text === '') return null;
  const byStyle = block.styleName !== undefined && CAPTION_STYLE.test(block.styleName.trim());
  // Text the reader found under a photo is its caption unless it reads as a paragraph (then it stays text).
  const byReader = block.caption === true && text.length <= READER_CAPTION_CHARS;
  if (!byStyle && !byReader && !(block.align === 'center' && CAPTION_START.test(text))) return null;
  return text.slice(0, MAX_CAPTION_CHARS);
}

export function pictureBlockOf(source: IncomingPicture, caption: string | null): PictureElement {
  return picture(source.pictureId, source.pixelWidth, source.pixelHeight, caption ?? '', pictureWidthFor(source.widthShare));
}
