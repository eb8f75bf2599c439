/**
 * Applying 校对 fixes in the editor. A fix is applied only where the finding's text still stands —
 * the same characters with the same context either side — otherwise it is refused (the caller
 * recomputes the findings), so a fix never lands in the wrong place. 全部修正 is one history batch.
 */
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { setTableCell } from '../../../shared/document/tableCommands';
import { pointAtOffset, replaceBlockText } from '../../../shared/document/textOffsets';
import { blockText, type BlockElement } from '../../../shared/document/types';
import type { Finding } from '../../../shared/proofread/types';

/** The text of the finding's place as it is now, or null when the place is gone or not the clerk's. */
function currentText(editor: Editor, finding: Finding): string | null {
  const place = finding.place;
  if (place.kind !== 'block' && place.kind !== 'cell') return null;
  const block = editor.children[place.block] as BlockElement | undefined;
  if (!block) return null;
  if (place.kind === 'cell') return block.type === 'table' ? (block.rows[place.row]?.[place.column] ?? null) : null;
  return block.type === 'paragraph' || block.type === 'numbered' ? blockText(block) : null;
}

/** Whether the finding's text and context are still at its offsets. */
export function stillThere(editor: Editor, finding: Finding): boolean {
  const text = currentText(editor, finding);
  if (text === null) return false;
  return (
    text.slice(finding.start, finding.end) === finding.original &&
    text.slice(Math.max(0, finding.start - finding.before.length), finding.start) === finding.before &&
    text.slice(finding.end, finding.end + finding.after.length) === finding.after
  );
}

/** Replaces one finding's text, without checking (the callers do). */
function replace(editor: Editor, finding: Finding): void {
  const place = finding.place;
  const replacement = finding.replacement ?? '';
  if (place.kind === 'block') {
    replaceBlockText(editor, place.block, finding.start, finding.end, replacement);
  } else if (place.kind === 'cell') {
    const text = currentText(editor, finding) ?? '';
    setTableCell(editor, [place.block], place.row, place.column, text.slice(0, finding.start) + replacement + text.slice(finding.end));
  }
}

/** 修正: true when applied; false when the text changed since the finding was made (refused). */
export function applyFix(editor: Editor, finding: Finding): boolean {
  if (finding.replacement === undefined || !stillThere(editor, finding)) return false;
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, () => replace(editor, finding));
  else replace(editor, finding);
  return true;
}

/**
 * 全部修正: every given fix that still stands, in one undo step. Within a place the fixes go from the
 * end backwards, so the offsets of the earlier ones stay right; overlapping ones wait for the next run.
 * Returns how many were applied.
 */
export function applyAllFixes(editor: Editor, findings: readonly Finding[]): number {
  const fixes = findings.filter((f) => f.auto && f.replacement !== undefined && stillThere(editor, f));
  const byPlace = new Map<string, Finding[]>();
  for (const f of fixes) {
    const key = JSON.stringify(f.place);
    byPlace.set(key, [...(byPlace.get(key) ?? []), f]);
  }
  let applied = 0;
  const run = () =>
    Editor.withoutNormalizing(editor, () => {
      for (const list of byPlace.values()) {
        const sorted = [...list].sort((a, b) => b.start - a.start);
        let limit = Infinity;
        for (const f of sorted) {
          if (f.end > limit) continue;
          replace(editor, f);
          limit = f.start;
          applied++;
        }
      }
    });
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, run);
  else run();
  return applied;
}

/** Selects the finding's text in the editor (a table cell: the table block). */
export function selectFinding(editor: Editor, finding: Finding): boolean {
  const place = finding.place;
  if (place.kind === 'block') {
    const anchor = pointAtOffset(editor, place.block, finding.start);
    const focus = pointAtOffset(editor, place.block, finding.end);
    if (!anchor || !focus) return false;
    Transforms.select(editor, { anchor, focus });
    return true;
  }
  if (place.kind === 'closing') return false;
  if (!editor.children[place.block]) return false;
  Transforms.select(editor, Editor.start(editor, [place.block]));
  return true;
}
