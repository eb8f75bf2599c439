/**
 * The one step that needs a real browser: decoding a picture (EXIF rotation honoured) and encoding it
 * again at a smaller size. Everything around it (preparePicture.ts) is plain code; tests that run
 * where createImageBitmap and canvas are absent (jsdom) hand in a fake of this step only.
 */
import type { PictureMime } from '../../../shared/contract/pictureChannels';

export interface DecodedPicture {
  /** Upright size: a portrait photo stored turned by EXIF has its height here as height. */
  width: number;
  height: number;
  /** Draws the upright picture at this size and encodes it (JPEG at quality 0.9, or PNG). */
  encode(width: number, height: number, mime: PictureMime): Promise<Blob>;
  close(): void;
}

export type DecodePicture = (blob: Blob) => Promise<DecodedPicture>;

export const JPEG_QUALITY = 0.9;

export const decodeWithCanvas: DecodePicture = async (blob) => {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  return {
    width: bitmap.width,
    height: bitmap.height,
    async encode(width, height, mime) {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('canvas 2d unavailable');
      context.imageSmoothingEnabled = true;
      context.imageSmoothingQuality = 'high';
      if (mime === 'image/jpeg') {
        // JPEG has no transparency: what was transparent becomes white paper, not black.
        context.fillStyle = '#fff';
        context.fillRect(0, 0, width, height);
      }
      context.drawImage(bitmap, 0, 0, width, height);
      return canvas.convertToBlob({ type: mime, quality: mime === 'image/jpeg' ? JPEG_QUALITY : undefined });
    },
    close: () => bitmap.close(),
  };
};
