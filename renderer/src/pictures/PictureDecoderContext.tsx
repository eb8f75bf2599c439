/**
 * Which decoder the editor uses for inserted pictures: the browser's canvas one, unless a test hands
 * in a fake (jsdom has no createImageBitmap).
 */
import { createContext, useContext } from 'react';
import { decodeWithCanvas, type DecodePicture } from './decode';

export const PictureDecoderContext = createContext<DecodePicture>(decodeWithCanvas);

export function usePictureDecoder(): DecodePicture {
  return useContext(PictureDecoderContext);
}
