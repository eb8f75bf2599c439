/**
 * What the New-issue form proposes: year and number from the previous issue of the series, today as
 * the issue date, and the period after the previous one (periods.ts). Everything stays editable.
 *
 * Regular issues follow the previous regular issue: the next number in the same year, 1 in a new
 * year, and the running total goes on when the series prints one. A 增刊 (supplement) is numbered on
 * its own within the year (the previous 增刊 of that year + 1, else 1), never with a total, and has no
 * period unless the clerk types one.
 */
import { EMPTY_CALENDAR, type HolidayCalendar } from '../attendance/workingDays';
import { parseIsoDate } from './dates';
import { periodNearDate } from './dateQuestions';
import { proposePeriod } from './periods';
import type { IssueMeta, IssueSummary, Series } from './types';

/** The live issue that comes last in numbering order: highest year, then highest number. */
export function previousIssue<T extends Pick<IssueSummary, 'year' | 'number' | 'deletedAt'>>(issues: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const issue of issues) {
    if (issue.deletedAt !== null) continue;
    if (!best || issue.year > best.year || (issue.year === best.year && issue.number > best.number)) {
      best = issue;
    }
  }
  return best;
}

export type PreviousMeta = Pick<IssueMeta, 'year' | 'number' | 'totalNumber'> & Partial<Pick<IssueMeta, 'periodEnd'>>;

const comesAfter = (a: Pick<IssueMeta, 'year' | 'number'>, b: Pick<IssueMeta, 'year' | 'number'>) =>
  a.year > b.year || (a.year === b.year && a.number > b.number);

/**
 * What a regular issue follows: the latest live regular issue, or the series' starting point (the
 * last issue printed before BriefDesk, 接续往期) when no live issue comes after it.
 */
export function previousOrStart(
  latest: PreviousMeta | undefined,
  start: (PreviousMeta & { periodEnd: string | null }) | undefined,
): PreviousMeta | undefined {
  if (!start) return latest;
  if (!latest || comesAfter(start, latest)) {
    return { year: start.year, number: start.number, totalNumber: start.totalNumber, periodEnd: start.periodEnd };
  }
  return latest;
}

/**
 * The previous period the new one follows: none when it ended so long before `today` that following it
 * would be questioned (dateQuestions.ts) — a last imported issue of 2022 does not put a 2026 issue in 2022.
 */
export function followedPeriodEnd(previous: Pick<PreviousMeta, 'periodEnd'> | undefined, today: string): string | null {
  const end = previous?.periodEnd ?? null;
  return end !== null && periodNearDate(end, today) ? end : null;
}

export interface ProposeOptions {
  /** Propose a 增刊; `previous` is then the previous 增刊 of the series. */
  supplement?: boolean;
  /** Holidays and make-up workdays around the proposed week (weekly series). */
  calendar?: HolidayCalendar;
}

/**
 * `previous` is the previous issue of the same kind (regular, or 增刊 when proposing one); for a
 * regular issue its period is what the new period follows.
 */
export function proposeIssueMeta(
  series: Pick<Series, 'periodKind' | 'hasTotal' | 'partTitle'>,
  previous: PreviousMeta | undefined,
  today: string,
  options: ProposeOptions = {},
): IssueMeta {
  const supplement = options.supplement ?? false;
  // The clock never takes the numbering back: when the previous issue is of a later year than today
  // (a wrong computer date, or a starting point typed a year ahead), the proposal goes on in that year —
  // never 2024年第1期 after 2026年第46期 with the total running on — and the date question
  // 期号年份≠印发日期 (dateQuestions.ts) makes the clerk look before anything is stored.
  const year = Math.max(parseIsoDate(today).getFullYear(), previous?.year ?? 0);
  const number = previous && previous.year === year ? previous.number + 1 : 1;
  let totalNumber: number | null = null;
  if (series.hasTotal && !supplement) {
    totalNumber = previous?.totalNumber != null ? previous.totalNumber + 1 : 1;
  }
  const period = supplement
    ? { periodStart: null, periodEnd: null }
    : proposePeriod(series.periodKind, today, followedPeriodEnd(previous, today), options.calendar ?? EMPTY_CALENDAR);
  // A briefing is issued once its period is over: proposing today for a week that ends on Friday would
  // only be questioned (dateQuestions.ts). Within the year, the proposal is the period's last day.
  const end = period.periodEnd;
  const issueDate = end !== null && end > today && end.slice(0, 4) === today.slice(0, 4) ? end : today;
  return { year, supplement, number, totalNumber, issueDate, ...period, partTitle: series.partTitle };
}

type NumberMeta = Pick<IssueMeta, 'year' | 'number' | 'totalNumber'> & { supplement?: boolean };

/**
 * `2022年第28期（总第403期）` or `第2期`; a 增刊 `2024年增刊第1期` (series with totals) or `增刊第1期`.
 * `supplement` is optional so that records without it (search hits) read as regular issues.
 */
export function formatIssueNumberLine(meta: NumberMeta, hasTotal: boolean): string {
  if (meta.supplement) return hasTotal ? `${meta.year}年增刊第${meta.number}期` : `增刊第${meta.number}期`;
  if (!hasTotal) return `第${meta.number}期`;
  const total = meta.totalNumber != null ? `（总第${meta.totalNumber}期）` : '';
  return `${meta.year}年第${meta.number}期${total}`;
}
