/**
 * The table block's normalizer (called from normalize.ts): a table keeps a rectangle of plain-text
 * cells within the limits, headerRows 0 or 1, column widths that match its columns or none, no keys of
 * other blocks, and exactly one empty text child — it is void: its cells are edited in its own inputs,
 * but a paste or a bad file might put text or elements there. One fix per pass, as normalize.ts does.
 * Edits inside the void child need `voids: true`: Slate skips void content otherwise.
 */
import './slateTypes';
import { Editor, Transforms, type Path } from 'slate';
import { normalizeVoidChildren } from './normalizeVoid';
import { repairTableFields, type TableElement } from './table';

/** Keys a table may have; anything else (level, display, kind, lines…) is dropped. */
const TABLE_KEYS = new Set(['type', 'rows', 'headerRows', 'columnWidths', 'children']);

/** Keys only a table has: dropped from any other block (e.g. after a type change). */
export const TABLE_ONLY_KEYS = ['rows', 'headerRows', 'columnWidths'] as const;

/** Returns true when it changed something. */
export function normalizeTable(editor: Editor, raw: Record<string, unknown>, path: Path): boolean {
  const extra = Object.keys(raw).filter((key) => !TABLE_KEYS.has(key));
  if (extra.length > 0) {
    Transforms.unsetNodes(editor, extra, { at: path });
    return true;
  }
  const patch = repairTableFields(raw);
  if (patch) {
    const { columnWidths, ...rest } = patch;
    Editor.withoutNormalizing(editor, () => {
      if ('columnWidths' in patch && columnWidths === undefined) Transforms.unsetNodes(editor, 'columnWidths', { at: path });
      else if (columnWidths !== undefined) Transforms.setNodes<TableElement>(editor, { columnWidths }, { at: path });
      if (Object.keys(rest).length > 0) Transforms.setNodes<TableElement>(editor, rest, { at: path });
    });
    return true;
  }
  return normalizeVoidChildren(editor, raw.children as unknown[], path);
}
