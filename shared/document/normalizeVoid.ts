/**
 * What every void block (a generated section, a table) holds: exactly one empty text child without marks.
 * Its content lives in its own fields and is edited through its own UI, but a paste or a bad file may put
 * text or elements inside it. One fix per call, as the normalizers do.
 */
import './slateTypes';
import { Element, Text, Transforms, type Editor, type Path } from 'slate';

/** Returns true when it changed something (Slate then normalizes again). */
export function normalizeVoidChildren(editor: Editor, children: readonly unknown[], path: Path): boolean {
  // `voids: true`: Slate's transforms otherwise skip the inside of a void element.
  if (children.length > 1) {
    Transforms.removeNodes(editor, { at: [...path, children.length - 1], voids: true });
    return true;
  }
  const only = children[0];
  if (Element.isElement(only) || (Text.isText(only) && (only.text !== '' || only.bold !== undefined))) {
    Transforms.removeNodes(editor, { at: [...path, 0], voids: true });
    Transforms.insertNodes(editor, { text: '' }, { at: [...path, 0], voids: true });
    return true;
  }
  return false;
}
