/**
 * Pictures (issue 14): storing a checked image and reading one back. The intake check (by the bytes,
 * with a full decode) and the store run as a heavy task (../pictures/addPicture.ts).
 */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { findPicture } from '../db/picturesTable';
import { runHeavy } from '../heavy/run';
import type { HandlerContext } from './context';

type PictureChannelNames = 'pictures.add' | 'pictures.get';

export function pictureHandlers(ctx: HandlerContext): Pick<Handlers, PictureChannelNames> {
  return {
    'pictures.add': ({ base64 }) => runHeavy(ctx, 'pictures.add', { base64, now: ctx.now() }),
    'pictures.get': ({ pictureId }) => {
      const picture = findPicture(ctx.db, pictureId);
      if (!picture) throw new AppError('NOT_FOUND', '找不到这张图片，它可能已被删除');
      const { id, mime, pixelWidth, pixelHeight, bytes } = picture;
      return { pictureId: id, mime, pixelWidth, pixelHeight, base64: bytes.toString('base64') };
    },
  };
}
