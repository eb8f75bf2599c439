/** What the start page (接续往期) shows: whether it opens, and what the archive holds after an import. */
import { formatChineseDate } from '../issues/dates';
import { formatIssueNumberLine } from '../issues/proposal';
import type { IssueMeta, PeriodKind } from '../issues/types';
import type { MetricGroupMode } from '../statistics/types';
import type { StartingPoint } from './types';

export interface StartState {
  /** True for a database without any issue (live or in the recycle bin) and without a starting point. */
  needsStart: boolean;
}

/** One metric group's 今年以来 figures as the last issue with figures printed them. */
export interface GroupStanding {
  groupId: number;
  groupName: string;
  mode: MetricGroupMode;
  /** `2024年第26期`, or 起点 when the figures are the opening balance. */
  source: string;
  figures: { label: string; category: string; unit: string; total: number | null }[];
  errors: string[];
}

export interface SeriesStanding {
  seriesId: number;
  title: string;
  periodKind: PeriodKind;
  hasTotal: boolean;
  /** Live regular issues stored. */
  issueCount: number;
  /** The last live regular issue, by year and number. */
  last: Pick<IssueMeta, 'year' | 'number' | 'totalNumber' | 'issueDate' | 'periodStart' | 'periodEnd'> | null;
  start: StartingPoint | null;
  groups: GroupStanding[];
  /** What 新建一期 will propose (today's date). */
  next: IssueMeta;
  /** The date the proposal was made for (the computer's today). */
  today: string;
}

export interface ArchiveSummary {
  series: SeriesStanding[];
}

/**
 * The summary never jumps years silently: when 新建一期 will start a year after the last issue printed
 * (imported or the starting point), it says so — 「往期最后一期是2022年第28期，新的一年从第1期开始」 —
 * and the clerk chooses (confirm, or set the starting point when later issues were printed). Null otherwise.
 */
export function newYearNotice(s: Pick<SeriesStanding, 'last' | 'start' | 'next' | 'hasTotal'>): string | null {
  const last = s.last ?? s.start;
  if (!last || s.next.supplement || s.next.year <= last.year) return null;
  const total = s.hasTotal && s.next.totalNumber !== null ? `，总期号接着为总第${s.next.totalNumber}期` : '';
  return (
    `往期最后一期是${last.year}年第${last.number}期，新的一年（${s.next.year}年）从第1期开始${total}。` +
    `如果${last.year}年第${last.number}期之后还印发过简报，请导入那些期，或手动设定起点。`
  );
}

/**
 * The computer's date lies before the year of the last issue printed (imported or the starting point):
 * the clock is wrong or the starting point's year was mistyped. 新建一期 then goes on in that later year
 * (proposal.ts); the clerk is told why before choosing. Null otherwise.
 */
export function clockBehindNotice(s: Pick<SeriesStanding, 'last' | 'start' | 'next' | 'hasTotal' | 'today'>): string | null {
  const last = s.last ?? s.start;
  const todayYear = Number(s.today.slice(0, 4));
  if (!last || todayYear >= last.year) return null;
  return (
    `往期最后一期是${last.year}年第${last.number}期，而这台电脑的日期是${formatChineseDate(s.today)}，早于${last.year}年。` +
    `请先核对电脑的日期${s.start && !s.last ? '和所设起点的年份' : ''}；新建一期会接着编为${formatIssueNumberLine(s.next, s.hasTotal)}。`
  );
}
