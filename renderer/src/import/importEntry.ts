/** One file in the workbench: where it stands, what was found, what the clerk corrected. */
import type { ImportDraft, ImportPreview, ImportSaved } from '../../../shared/contract/importChannels';

export type EntryStatus = 'waiting' | 'reading' | 'ready' | 'error' | 'saving' | 'saved';

export interface ImportEntry {
  key: string;
  name: string;
  status: EntryStatus;
  preview: ImportPreview | null;
  error: string | null;
  /** The clerk's number and total (prefilled from detection; required when the 期号 was lost). */
  number: string;
  total: string;
  saved: ImportSaved | null;
}

export function newEntry(key: string, name: string): ImportEntry {
  return { key, name, status: 'waiting', preview: null, error: null, number: '', total: '', saved: null };
}

function positive(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** The draft to save, or the reason it cannot be saved yet. */
export function entryDraft(entry: ImportEntry): { draft: ImportDraft } | { problem: string } {
  const issue = entry.preview?.issue;
  if (!issue) return { problem: '尚未识别。' };
  const number = positive(entry.number);
  if (number === null) return { problem: '请填写期号（正整数）。' };
  const total = entry.total.trim() === '' ? null : positive(entry.total);
  if (entry.total.trim() !== '' && total === null) return { problem: '总期号应为正整数。' };
  if (issue.issueDate === null) return { problem: '未找到印发日期，无法导入。' };
  if (issue.year === null) return { problem: '未找到年份，无法导入。' };
  return {
    draft: {
      seriesTitle: issue.seriesTitle,
      issuer: issue.issuer,
      meta: {
        year: issue.year,
        supplement: false,
        number,
        totalNumber: total,
        issueDate: issue.issueDate,
        periodStart: issue.period?.[0] ?? null,
        periodEnd: issue.period?.[1] ?? null,
        partTitle: issue.partTitle,
      },
      document: issue.document,
      closing: issue.closing,
    },
  };
}
