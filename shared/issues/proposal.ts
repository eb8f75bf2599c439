/**
 * What the New-issue form proposes: year and number from the previous issue of the series (the
 * number restarts at 1 in a new year, the running total goes on), today as the issue date, and the
 * period before it — Monday to Friday of the previous week for a weekly, the previous calendar month
 * for a monthly. Everything stays editable.
 */
import { endOfMonth, startOfMonth, startOfWeek, subMonths, subWeeks, addDays } from 'date-fns';
import { parseIsoDate, toIsoDate } from './dates';
import type { IssueMeta, IssueSummary, Series } from './types';

export function proposePeriod(
  kind: Series['periodKind'],
  issueDate: string,
): { periodStart: string | null; periodEnd: string | null } {
  const today = parseIsoDate(issueDate);
  if (kind === 'week') {
    const monday = startOfWeek(subWeeks(today, 1), { weekStartsOn: 1 });
    return { periodStart: toIsoDate(monday), periodEnd: toIsoDate(addDays(monday, 4)) };
  }
  if (kind === 'month') {
    const month = subMonths(today, 1);
    return { periodStart: toIsoDate(startOfMonth(month)), periodEnd: toIsoDate(endOfMonth(month)) };
  }
  return { periodStart: null, periodEnd: null };
}

/** The live issue that comes last in numbering order: highest year, then highest number. */
export function previousIssue<T extends Pick<IssueSummary, 'year' | 'number' | 'deletedAt'>>(
  issues: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const issue of issues) {
    if (issue.deletedAt !== null) continue;
    if (!best || issue.year > best.year || (issue.year === best.year && issue.number > best.number)) {
      best = issue;
    }
  }
  return best;
}

export function proposeIssueMeta(
  series: Pick<Series, 'periodKind' | 'hasTotal' | 'partTitle'>,
  previous: Pick<IssueMeta, 'year' | 'number' | 'totalNumber'> | undefined,
  today: string,
): IssueMeta {
  const year = parseIsoDate(today).getFullYear();
  const number = previous && previous.year === year ? previous.number + 1 : 1;
  let totalNumber: number | null = null;
  if (series.hasTotal) {
    totalNumber = previous?.totalNumber != null ? previous.totalNumber + 1 : 1;
  }
  return {
    year,
    supplement: false,
    number,
    totalNumber,
    issueDate: today,
    ...proposePeriod(series.periodKind, today),
    partTitle: series.partTitle,
  };
}

/** `2022年第28期（总第403期）` or `第2期`. */
export function formatIssueNumberLine(meta: Pick<IssueMeta, 'year' | 'number' | 'totalNumber'>, hasTotal: boolean): string {
  if (!hasTotal) return `第${meta.number}期`;
  const total = meta.totalNumber != null ? `（总第${meta.totalNumber}期）` : '';
  return `${meta.year}年第${meta.number}期${total}`;
}
