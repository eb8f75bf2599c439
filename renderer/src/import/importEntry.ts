/** One file in the workbench: where it stands, what was found, what the clerk corrected. */
import type { ImportDraft, ImportPreview, ImportSaved } from '../../../shared/contract/importChannels';
import { importQuestions, type DateQuestion } from '../../../shared/issues/dateQuestions';
import { isIsoDate } from '../../../shared/issues/dates';

export type EntryStatus = 'waiting' | 'reading' | 'ready' | 'error' | 'saving' | 'saved';

/** The fields of the review the clerk can correct, as typed (prefilled from detection). */
export interface EntryFields {
  /** A stored series' id as text, or '' for "by title": the detected or typed title (a new series if unknown). */
  seriesId: string;
  seriesTitle: string;
  year: string;
  /** The clerk's number and total (required when the 期号 was lost). */
  number: string;
  total: string;
  issueDate: string;
  periodStart: string;
  periodEnd: string;
}

export interface ImportEntry extends EntryFields {
  key: string;
  name: string;
  status: EntryStatus;
  preview: ImportPreview | null;
  error: string | null;
  saved: ImportSaved | null;
}

const EMPTY_FIELDS: EntryFields = {
  seriesId: '',
  seriesTitle: '',
  year: '',
  number: '',
  total: '',
  issueDate: '',
  periodStart: '',
  periodEnd: '',
};

export function newEntry(key: string, name: string): ImportEntry {
  return { key, name, status: 'waiting', preview: null, error: null, saved: null, ...EMPTY_FIELDS };
}

const text = (value: number | string | null): string => (value === null ? '' : String(value));

/** The review's fields as detection found them. */
export function fieldsFromPreview(preview: ImportPreview): EntryFields {
  const issue = preview.issue;
  return {
    seriesId: preview.seriesId === null ? '' : String(preview.seriesId),
    seriesTitle: issue.seriesTitle,
    year: text(issue.year),
    number: text(issue.number),
    total: text(issue.totalNumber),
    issueDate: text(issue.issueDate),
    periodStart: issue.period?.[0] ?? '',
    periodEnd: issue.period?.[1] ?? '',
  };
}

function positive(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value.trim()) ? Number(value.trim()) : null;
}

export type EntryDraft = { draft: ImportDraft; seriesId?: number } | { problem: string };

/** The draft to save, or the reason it cannot be saved yet (the first field to correct). */
export function entryDraft(entry: ImportEntry): EntryDraft {
  const issue = entry.preview?.issue;
  if (!issue) return { problem: '尚未识别。' };
  const seriesTitle = entry.seriesTitle.trim();
  if (entry.seriesId === '' && seriesTitle === '') return { problem: '请选择或填写简报系列。' };
  const year = /^\d{4}$/.test(entry.year.trim()) ? Number(entry.year.trim()) : null;
  if (year === null || year < 2000 || year > 2100) return { problem: '请填写年份（如 2024）。' };
  const number = positive(entry.number);
  if (number === null) return { problem: '请填写期号（正整数）。' };
  const total = entry.total.trim() === '' ? null : positive(entry.total);
  if (entry.total.trim() !== '' && total === null) return { problem: '总期号应为正整数。' };
  const issueDate = entry.issueDate.trim();
  if (!isIsoDate(issueDate)) return { problem: issueDate === '' ? '请填写印发日期。' : '印发日期应为有效日期（如 2024-07-04）。' };
  const start = entry.periodStart.trim();
  const end = entry.periodEnd.trim();
  if ((start === '') !== (end === '')) return { problem: '时段的起止日期应同时填写或同时留空。' };
  if (start !== '' && (!isIsoDate(start) || !isIsoDate(end))) return { problem: '时段应为有效日期（如 2024-06-17）。' };
  if (start !== '' && start > end) return { problem: '时段的结束日期早于开始日期。' };
  const draft: ImportDraft = {
    seriesTitle: seriesTitle === '' ? issue.seriesTitle : seriesTitle,
    issuer: issue.issuer,
    meta: {
      year,
      supplement: false,
      number,
      totalNumber: total,
      issueDate,
      periodStart: start === '' ? null : start,
      periodEnd: end === '' ? null : end,
      partTitle: issue.partTitle,
    },
    document: issue.document,
    closing: issue.closing,
    ...(issue.figures.length > 0 ? { figures: issue.figures } : {}),
    ...(issue.pictures && issue.pictures.length > 0 ? { pictures: issue.pictures } : {}),
  };
  return entry.seriesId === '' ? { draft } : { draft, seriesId: Number(entry.seriesId) };
}

/** The questions saving this entry asks first (its period far from its date); empty when none or not yet complete. */
export function entryQuestions(entry: ImportEntry): DateQuestion[] {
  const built = entryDraft(entry);
  return 'draft' in built ? importQuestions(built.draft.meta) : [];
}
