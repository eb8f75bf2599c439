/**
 * Tells Slate's TypeScript types what our elements and texts are. Headless (no React): the renderer
 * adds ReactEditor to its own editor value, which is an intersection with this type.
 */
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { BlockElement, StyledText } from './types';

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & HistoryEditor;
    Element: BlockElement;
    Text: StyledText;
  }
}
