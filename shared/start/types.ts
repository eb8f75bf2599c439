/**
 * A series' starting point (接续往期): the last issue the clerk printed before BriefDesk, and the
 * 今年以来 figure of each metric as of that issue (the opening balance). The proposal of the next
 * issue and the year-to-date totals use it while no live issue comes after it.
 */
export interface OpeningBalanceEntry {
  metricId: number;
  total: number;
}

export interface StartingPoint {
  seriesId: number;
  /** The 期号 of the last printed issue: `2026年第46期（总第521期）`. */
  year: number;
  number: number;
  totalNumber: number | null;
  issueDate: string; // YYYY-MM-DD
  /** The end of that issue's period: the next issue's period follows it. */
  periodEnd: string | null;
  balances: OpeningBalanceEntry[];
}

export type StartingPointInput = Omit<StartingPoint, 'seriesId'>;
