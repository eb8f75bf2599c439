/**
 * How blocks and text look in the editor. A numbered block shows its generated number as a
 * non-editable prefix; the number comes from the label store, so only blocks whose number changed
 * re-render when the document is renumbered.
 */
import { createContext, useContext, useSyncExternalStore, type MouseEvent } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateStatic, type RenderElementProps, type RenderLeafProps } from 'slate-react';
import type { NumberedElement } from '../../../shared/document/types';
import { GeneratedBlock } from '../attendance/GeneratedBlock';
import { StatisticsBlock } from '../statistics/StatisticsBlock';
import type { BriefEditor } from './createBriefEditor';
import type { LabelStore } from './labelStore';
import { TableBlock } from './TableBlock';
import { PictureBlock } from './blocks/PictureBlock';

export const LabelStoreContext = createContext<LabelStore | null>(null);

function useLabel(element: NumberedElement): string | null {
  const store = useContext(LabelStoreContext);
  if (!store) throw new Error('LabelStoreContext missing');
  return useSyncExternalStore(store.subscribe, () => store.labelOf(element));
}

function NumberedBlock({ attributes, children, element }: RenderElementProps & { element: NumberedElement }) {
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

export function renderElement(props: RenderElementProps) {
  const { element } = props;
  if (element.type === 'numbered') return <NumberedBlock {...props} element={element} />;
  if (element.type === 'table') return <TableBlock {...props} element={element} />;
  if (element.type === 'generated') return <GeneratedBlock {...props} element={element} />;
  if (element.type === 'statistics') return <StatisticsBlock {...props} element={element} />;
  if (element.type === 'picture') return <PictureBlock {...props} element={element} />;
  return (
    <p {...props.attributes} className="bd-block bd-paragraph">
      {props.children}
    </p>
  );
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  return <span {...attributes}>{leaf.bold ? <strong>{children}</strong> : children}</span>;
}
