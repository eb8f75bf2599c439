/** What the start page (接续往期) shows: whether it opens, and what the archive holds after an import. */
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
}

export interface ArchiveSummary {
  series: SeriesStanding[];
}
