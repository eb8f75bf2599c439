/** The 报尾 editor's draft: rows of 报/送/发 lines and the print run as typed. */
import { CLOSING_LABELS, type ClosingLabel, type PrintableClosing } from '../../../shared/layout/issueView';

export interface ClosingDraft {
  lines: { label: ClosingLabel; text: string }[];
  /** As typed; empty = `（共印N份）` not printed. */
  copies: string;
}

/** An empty 报尾 to fill in: one row for each of 报, 送, 发. */
export function emptyDraft(): ClosingDraft {
  return { lines: CLOSING_LABELS.map((label) => ({ label, text: '' })), copies: '' };
}

export function draftFromClosing(closing: PrintableClosing | null): ClosingDraft {
  if (!closing || (closing.lines.length === 0 && closing.copies === null)) return emptyDraft();
  return {
    lines: closing.lines.map((line) => ({ ...line })),
    copies: closing.copies === null ? '' : String(closing.copies),
  };
}

/**
 * The 报尾 to store: rows left empty are dropped; the copies go as typed (a number the service checks,
 * or NaN — null in JSON — for text that is none, which the service refuses in Chinese).
 */
export function closingFromDraft(draft: ClosingDraft): PrintableClosing {
  const copies = draft.copies.trim();
  return {
    lines: draft.lines.map((line) => ({ label: line.label, text: line.text.trim() })).filter((line) => line.text !== ''),
    copies: copies === '' ? null : Number(copies),
  };
}
