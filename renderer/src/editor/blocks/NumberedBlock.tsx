/**
 * A numbered block shows its generated number as a non-editable prefix; the number comes from the
 * label store, so only blocks whose number changed re-render when the document is renumbered.
 */
import { useContext, useSyncExternalStore, type MouseEvent } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { NumberedElement } from '../../../../shared/document/types';
import type { BriefEditor } from '../createBriefEditor';
import { LabelStoreContext } from './labelContext';

function useLabel(element: NumberedElement): string | null {
  const store = useContext(LabelStoreContext);
  if (!store) throw new Error('LabelStoreContext missing');
  return useSyncExternalStore(store.subscribe, () => store.labelOf(element));
}

export function NumberedBlock({ attributes, children, element }: RenderElementProps & { element: NumberedElement }) {
  const label = useLabel(element);
  const editor = useSlateStatic() as BriefEditor;
  // A click on the number (not editable) would leave the browser to guess a caret position, which can
  // land in another block: put the caret at the start of this block's text instead.
  const onNumberMouseDown = (event: MouseEvent) => {
    event.preventDefault();
    const path = ReactEditor.findPath(editor, element);
    Transforms.select(editor, Editor.start(editor, path));
    ReactEditor.focus(editor);
  };
  const className = `bd-block bd-numbered bd-${element.display} bd-level-${element.level}`;
  const number = (
    <span className="bd-number" data-number contentEditable={false} onMouseDown={onNumberMouseDown}>
      {label}
    </span>
  );
  if (element.display === 'heading') {
    // Level 1–4 headings map onto h2–h5 (h1 is the issue's own title in the page).
    const Heading = (['h2', 'h3', 'h4', 'h5'] as const)[element.level - 1] ?? 'h5';
    return (
      <Heading {...attributes} className={className} data-level={element.level} data-display={element.display}>
        {number}
        {children}
      </Heading>
    );
  }
  return (
    <p {...attributes} className={className} data-level={element.level} data-display={element.display}>
      {number}
      {children}
    </p>
  );
}
