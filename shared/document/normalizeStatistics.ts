/**
 * A statistics block keeps a metric group id, a known form, its rendered lines and rows as strings,
 * and exactly one empty text child (it is void). One without a usable group id can no longer be
 * rendered from the figures: it becomes an ordinary paragraph. One fix per call.
 */
import './slateTypes';
import { Transforms, type Editor, type Path } from 'slate';
import { normalizeVoidChildren } from './normalizeVoid';
import type { ParagraphElement, StatisticsElement } from './types';

/** Keys only a statistics block has; other blocks lose them. */
export const STATISTICS_ONLY_KEYS = ['groupId', 'form'] as const;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function normalizeStatistics(editor: Editor, raw: Record<string, unknown>, path: Path): boolean {
  if (typeof raw.groupId !== 'number' || !Number.isSafeInteger(raw.groupId) || raw.groupId <= 0) {
    Transforms.unsetNodes(editor, [...STATISTICS_ONLY_KEYS, 'lines', 'rows'], { at: path });
    Transforms.setNodes<ParagraphElement>(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  if (raw.form !== 'sentence' && raw.form !== 'table') {
    Transforms.setNodes<StatisticsElement>(editor, { form: 'sentence' }, { at: path });
    return true;
  }
  if (!isStringArray(raw.lines)) {
    Transforms.setNodes<StatisticsElement>(editor, { lines: [] }, { at: path });
    return true;
  }
  if (!Array.isArray(raw.rows) || !raw.rows.every(isStringArray)) {
    Transforms.setNodes<StatisticsElement>(editor, { rows: [] }, { at: path });
    return true;
  }
  if ('level' in raw || 'display' in raw || 'kind' in raw || 'headerRows' in raw) {
    Transforms.unsetNodes(editor, ['level', 'display', 'kind', 'headerRows', 'columnWidths'], { at: path });
    return true;
  }
  return normalizeVoidChildren(editor, raw.children as unknown[], path);
}
