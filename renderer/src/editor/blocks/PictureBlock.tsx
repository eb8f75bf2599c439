/**
 * A picture in the editor — minimal placeholder: helper "ui" writes the real component (the image, the
 * 宽度 choice, the caption input) and replaces this file. It shows the 图注 so the block is visible.
 */
import type { RenderElementProps } from 'slate-react';
import { pictureLine, type PictureElement } from '../../../../shared/document/types';

export function PictureBlock({ attributes, children, element }: RenderElementProps & { element: PictureElement }) {
  return (
    <div {...attributes} className="bd-block bd-picture" data-picture-id={element.pictureId}>
      <div contentEditable={false}>{pictureLine(element)}</div>
      {children}
    </div>
  );
}
