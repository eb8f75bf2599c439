/**
 * Statistics of a series: metric groups (省本级综窗办件情况 with 咨询 人次, 受理 件, …), the figures
 * typed per issue, and what BriefDesk computes from them.
 *
 * Two kinds of group:
 * - 'period': figures of the issue's own period (本周，共计咨询2046人次…); the year-to-date total
 *   (今年以来，累计咨询14147人次…) is computed from the earlier issues of the same series and year,
 *   or typed by the clerk (the platform's figure) — never lower than the sum of the year's issues.
 * - 'cumulative': figures that are already totals since 1 January (the platform's 受理/办结 of
 *   省级政务服务事项), printed with the range `2022年1月1日至2022年8月26日`; a warning when one falls.
 */
export type MetricGroupMode = 'period' | 'cumulative';

export interface Metric {
  id: number;
  /** 咨询, 受理, 办结 */
  label: string;
  /** 人次, 件, 件次 */
  unit: string;
  /** For cumulative groups: the item a 受理/办结 pair belongs to (省本级行政许可事项); '' otherwise. */
  category: string;
}

export interface MetricGroup {
  id: number;
  seriesId: number;
  /** 省本级综窗办件情况 */
  name: string;
  mode: MetricGroupMode;
  /** Text before the figures of a cumulative group: 据四川一体化政务服务平台数据统计， */
  lead: string;
  metrics: Metric[];
}

/** One metric's figures in one issue: the period's value, and a typed year-to-date total (null = computed). */
export interface FigureInput {
  metricId: number;
  value: number | null;
  total: number | null;
}

/** What the statistics block shows for one metric of one issue. */
export interface MetricFigures {
  metric: Metric;
  value: number | null;
  typedTotal: number | null;
  /** The computed year-to-date total (period groups): earlier issues of the year plus this one. */
  computedTotal: number | null;
  /** What prints: the typed total when there is one, else the computed one. */
  total: number | null;
  /** The previous issue's printed total (or value, for cumulative groups), for the warnings. */
  previousTotal: number | null;
}

export interface StatisticsView {
  issueId: number;
  group: MetricGroup;
  figures: MetricFigures[];
  /** Errors in Chinese: a 今年以来 total resting on earlier issues nobody accounted for (it prints wrong). */
  errors: string[];
  /** Warnings in Chinese: a typed total that differs from the computed one, a total that falls. */
  warnings: string[];
  /** The text as it prints in sentence form, and the rows in table form (header first). */
  lines: string[];
  rows: string[][];
}
