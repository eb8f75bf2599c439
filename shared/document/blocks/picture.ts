/**
 * A picture (issue 14): the image lives in the database (the `pictures` table, keyed by the SHA-256 of
 * its bytes); the block holds its key, its pixel size (so layout never has to read the image), the
 * width it is printed at and its 图注 ('' = none). Void: the caption is edited in its own input.
 */
import { z } from 'zod';
import type { PrintPicture } from '../../layout/issueView';
import { normalizePrintText } from '../../layout/printText';
import { xmlText } from '../../text/xmlText';
import { REQUEST_LIMITS } from './limits';
import type { BlockModule } from './module';
import { dropOtherKeys, voidChildrenSchema, type StyledText } from './text';

/** Widths a picture may take, as a percentage of the text width. */
export type PictureWidth = 100 | 75 | 50;
export const PICTURE_WIDTHS: readonly PictureWidth[] = [100, 75, 50];
export const PICTURE_ID_PATTERN = /^[0-9a-f]{64}$/;

export interface PictureElement {
  type: 'picture';
  /** SHA-256 of the stored bytes, 64 lowercase hex digits. */
  pictureId: string;
  pixelWidth: number;
  pixelHeight: number;
  width: PictureWidth;
  /** `图为…`, printed centred under the picture; '' prints none. */
  caption: string;
  children: StyledText[];
}

export function picture(
  pictureId: string,
  pixelWidth: number,
  pixelHeight: number,
  caption = '',
  width: PictureWidth = 100,
): PictureElement {
  return { type: 'picture', pictureId, pixelWidth, pixelHeight, width, caption, children: [{ text: '' }] };
}

/** A picture as plain text: `[图片：图为…]`, or `[图片]` without a caption. */
export function pictureLine(block: Pick<PictureElement, 'caption'>): string {
  return block.caption === '' ? '[图片]' : `[图片：${block.caption}]`;
}

const OWN_KEYS = ['pictureId', 'pixelWidth', 'pixelHeight', 'width', 'caption'] as const;

function isPixelSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * A pixel size past the request limit (a row stored under a looser one) scaled down to it, keeping the
 * aspect ratio — all layout reads of it — so the block can still be saved; null when it fits.
 */
function fittedPixels(width: number, height: number): { pixelWidth: number; pixelHeight: number } | null {
  const scale = REQUEST_LIMITS.picturePixels / Math.max(width, height);
  if (scale >= 1) return null;
  return { pixelWidth: Math.max(1, Math.round(width * scale)), pixelHeight: Math.max(1, Math.round(height * scale)) };
}

/** A caption is one line: what a paste or a bad file put in it, as the clerk would have typed it. */
function repairCaption(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.replace(/[\r\n\t]+/g, ' ').slice(0, REQUEST_LIMITS.captionChars);
}

export const pictureBlock: BlockModule<PictureElement> = {
  type: 'picture',
  isVoid: true,
  keys: OWN_KEYS,
  schema: (limits) =>
    z.strictObject({
      type: z.literal('picture'),
      pictureId: z.string().regex(PICTURE_ID_PATTERN, { message: '图片编号无效' }),
      pixelWidth: z.int().positive().max(limits.picturePixels),
      pixelHeight: z.int().positive().max(limits.picturePixels),
      width: z.union([z.literal(100), z.literal(75), z.literal(50)]),
      caption: xmlText().max(limits.captionChars),
      children: voidChildrenSchema(limits, '图片段落不能含有文字'),
    }),
  /**
   * Without a valid key or pixel size there is no picture to show or print, and nothing to repair it
   * from: the block goes. A width or caption it cannot use is set to the default (100 %, none); a
   * caption is one line within the request limit.
   */
  normalize(raw, repair) {
    if (
      typeof raw.pictureId !== 'string' ||
      !PICTURE_ID_PATTERN.test(raw.pictureId) ||
      !isPixelSize(raw.pixelWidth) ||
      !isPixelSize(raw.pixelHeight)
    ) {
      return repair.remove();
    }
    if (dropOtherKeys(raw, repair, OWN_KEYS)) return true;
    const fitted = fittedPixels(raw.pixelWidth, raw.pixelHeight);
    if (fitted) return repair.update(fitted);
    if (!PICTURE_WIDTHS.includes(raw.width as PictureWidth)) {
      return repair.update({ width: 100 });
    }
    const caption = repairCaption(raw.caption);
    if (caption !== raw.caption) {
      return repair.update({ caption });
    }
    return repair.voidChildren();
  },
  lines: (block) => [pictureLine(block)],
  // The 图注 prints, so it is read like text; it is edited in the picture's own input, not fixed by 校对.
  segments: (block, index) =>
    block.caption === '' ? [] : [{ place: { kind: 'caption', block: index }, role: 'caption', text: block.caption }],
  print(block) {
    const caption = normalizePrintText(block.caption);
    const picture: PrintPicture = {
      pictureId: block.pictureId,
      pixelWidth: block.pixelWidth,
      pixelHeight: block.pixelHeight,
      widthShare: block.width / 100,
      caption: caption === '' ? null : caption,
    };
    return [{ kind: 'picture', level: null, label: null, runs: [], picture }];
  },
  // A photo is this news; in a section kept as it was (a standing text) it stays.
  carried: () => null,
  kept: (block) => block,
};
