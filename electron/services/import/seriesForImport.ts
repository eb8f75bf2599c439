/**
 * The series an imported issue goes into: the one chosen, else the one with the detected title, else
 * a new series made from what the masthead says (decision: importing an archive of another briefing
 * should just work; the answer says the series was created, and the clerk can rename it).
 */
import type { ImportDraft } from '../../../shared/contract/importChannels';
import { AppError } from '../../../shared/contract/result';
import { parseIsoDate } from '../../../shared/issues/dates';
import type { PeriodKind, Series } from '../../../shared/issues/types';
import type { PrintableClosing } from '../../../shared/layout/issueView';
import type { Db } from '../db/connection';
import { findSeries, listSeries, updateSeriesClosing } from '../db/seriesTable';
import { seriesNotFound } from '../issues/messages';

export function findSeriesByTitle(db: Db, title: string): Series | undefined {
  return listSeries(db).find((series) => series.title === title.trim());
}

/** A week is at most seven days; a whole calendar month is a month; anything else is custom. */
export function guessPeriodKind(start: string | null, end: string | null): PeriodKind {
  if (!start || !end) return 'custom';
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  const days = Math.round((e.getTime() - s.getTime()) / 86_400_000) + 1;
  if (days <= 7) return 'week';
  const lastOfMonth = new Date(s.getFullYear(), s.getMonth() + 1, 0).getDate();
  if (s.getDate() === 1 && e.getFullYear() === s.getFullYear() && e.getMonth() === s.getMonth() && e.getDate() === lastOfMonth) {
    return 'month';
  }
  return 'custom';
}

function createSeries(db: Db, draft: ImportDraft, now: string): Series {
  const info = db
    .prepare(`INSERT INTO series (title, issuer, period_kind, has_total, part_title, created_at) VALUES (?, ?, ?, ?, NULL, ?)`)
    .run(
      draft.seriesTitle.trim(),
      draft.issuer ?? '',
      guessPeriodKind(draft.meta.periodStart, draft.meta.periodEnd),
      draft.meta.totalNumber === null ? 0 : 1,
      now,
    );
  const id = Number(info.lastInsertRowid);
  // The first issue's 报尾 is the new series' default, so its issues print it without an override.
  if (draft.closing) updateSeriesClosing(db, id, draft.closing);
  const series = findSeries(db, id);
  if (!series) throw new AppError('INTERNAL', '新建的简报系列没有找到。');
  return series;
}

export function seriesForImport(
  db: Db,
  draft: ImportDraft,
  seriesId: number | undefined,
  now: string,
): { series: Series; created: boolean } {
  if (seriesId !== undefined) {
    const chosen = findSeries(db, seriesId);
    if (!chosen) throw seriesNotFound(seriesId);
    return { series: chosen, created: false };
  }
  const found = findSeriesByTitle(db, draft.seriesTitle);
  return found ? { series: found, created: false } : { series: createSeries(db, draft, now), created: true };
}

/** Same lines in the same order and the same print count. */
export function sameClosing(a: PrintableClosing | null, b: PrintableClosing | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.copies === b.copies &&
    a.lines.length === b.lines.length &&
    a.lines.every((line, i) => line.label === b.lines[i]?.label && line.text === b.lines[i]?.text)
  );
}
