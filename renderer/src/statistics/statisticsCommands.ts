/**
 * Editor commands for statistics blocks: insert one after the current block, store its rendered
 * text (lines and rows, so the autosave keeps what prints) and switch its form.
 */
import { Editor, Element, Transforms, type Path } from 'slate';
import { insertBlockAfterCurrent } from '../../../shared/document/commands';
import { statistics, type StatisticsElement } from '../../../shared/document/types';

export function insertStatistics(editor: Editor, groupId: number, form: StatisticsElement['form'] = 'sentence'): void {
  insertBlockAfterCurrent(editor, statistics(groupId, form));
}

function statisticsAt(editor: Editor, path: Path): StatisticsElement | null {
  const node = Editor.node(editor, path)[0];
  return Element.isElement(node) && node.type === 'statistics' ? node : null;
}

function sameText(a: Pick<StatisticsElement, 'lines' | 'rows'>, b: Pick<StatisticsElement, 'lines' | 'rows'>): boolean {
  return JSON.stringify([a.lines, a.rows]) === JSON.stringify([b.lines, b.rows]);
}

/** Stores the block's rendered text; nothing happens when it is already the same (no autosave). */
export function setStatisticsText(editor: Editor, path: Path, text: Pick<StatisticsElement, 'lines' | 'rows'>): void {
  const node = statisticsAt(editor, path);
  if (!node || sameText(node, text)) return;
  Transforms.setNodes<StatisticsElement>(editor, { lines: text.lines, rows: text.rows }, { at: path });
}

export function setStatisticsForm(editor: Editor, path: Path, form: StatisticsElement['form']): void {
  const node = statisticsAt(editor, path);
  if (!node || node.form === form) return;
  Transforms.setNodes<StatisticsElement>(editor, { form }, { at: path });
}
