/**
 * Pictures (issue 14): storing a checked image and reading one back. The intake checks live in
 * ../pictures/ (to be written with the storage work); until then `pictures.add` refuses.
 */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { findPicture } from '../db/picturesTable';
import type { HandlerContext } from './context';

type PictureChannelNames = 'pictures.add' | 'pictures.get';

export function pictureHandlers(ctx: HandlerContext): Pick<Handlers, PictureChannelNames> {
  return {
    'pictures.add': () => {
      throw new AppError('INTERNAL', '插入图片的功能尚未完成');
    },
    'pictures.get': ({ pictureId }) => {
      const picture = findPicture(ctx.db, pictureId);
      if (!picture) throw new AppError('NOT_FOUND', '找不到这张图片，它可能已被删除');
      const { id, mime, pixelWidth, pixelHeight, bytes } = picture;
      return { pictureId: id, mime, pixelWidth, pixelHeight, base64: bytes.toString('base64') };
    },
  };
}
