/** An ordinary paragraph in the editor. */
import type { RenderElementProps } from 'slate-react';
import type { ParagraphElement } from '../../../../shared/document/types';

export function ParagraphBlock({ attributes, children }: RenderElementProps & { element: ParagraphElement }) {
  return (
    <p {...attributes} className="bd-block bd-paragraph">
      {children}
    </p>
  );
}
