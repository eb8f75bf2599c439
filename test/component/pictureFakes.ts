/**
 * What picture tests fake, and only that: the browser's decode/scale step (jsdom has neither
 * createImageBitmap nor canvas) and object URLs. The fake decoder reads the real size from the bytes
 * (EXIF rotation honoured, as createImageBitmap with imageOrientation 'from-image' does) and "encodes"
 * a real PNG or JPEG of the asked size, so every other step runs on genuine image bytes.
 */
import { imageSize } from 'image-size';
import { vi } from 'vitest';
import type { DecodePicture } from '../../renderer/src/pictures/decode';
import { makeJpeg, makePng } from '../fixtures/pictures';

export interface FakeDecoder {
  decode: DecodePicture;
  encoded: { width: number; height: number; mime: string }[];
}

export function fakeDecoder(): FakeDecoder {
  const encoded: FakeDecoder['encoded'] = [];
  const decode: DecodePicture = async (blob) => {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const size = imageSize(bytes); // throws on bytes that are no image, as a real decode fails
    const turned = size.orientation !== undefined && size.orientation >= 5;
    return {
      width: turned ? size.height : size.width,
      height: turned ? size.width : size.height,
      async encode(width, height, mime) {
        encoded.push({ width, height, mime });
        const out = mime === 'image/png' ? makePng(width, height) : makeJpeg(width, height);
        return new Blob([new Uint8Array(out.bytes)], { type: mime });
      },
      close: () => {},
    };
  };
  return { decode, encoded };
}

/**
 * jsdom has no URL.createObjectURL: a counter stands in, so each picture gets its own URL; and a
 * revokeObjectURL that does nothing, for the editor's URLs revoked after their blocks unmount.
 */
export function stubObjectUrls(): void {
  let n = 0;
  if (!('createObjectURL' in URL)) {
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: vi.fn(() => `blob:test/${++n}`) });
  }
  if (!('revokeObjectURL' in URL)) Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
}

export function fileOf(bytes: Uint8Array, name: string, type = ''): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

// Kept where the unit tests (DOCX import) find it too; re-exported for the component tests.
export { withExifOrientation } from '../fixtures/pictures';
