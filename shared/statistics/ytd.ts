/**
 * Year-to-date totals (今年以来) of one metric group in one issue, and the warnings that go with them.
 *
 * The issues considered are the live regular issues (not 增刊) of the issue's series and year, in
 * order of their number — never in order of creation, since a clerk may enter an old issue late.
 * For a 'period' group the computed total of an issue is its value plus the printed total of the
 * nearest earlier issue that has figures for the metric (printed = typed total if any, else
 * computed); with no such issue, its value. A 'cumulative' group's values are already totals since
 * 1 January: nothing is computed, a falling value is only warned about.
 *
 * An opening balance (接续往期: the 今年以来 figures as of the last issue printed before BriefDesk)
 * counts as an earlier issue of its number whose totals are all typed. A total that rests on earlier
 * numbers of the year nobody accounted for (no figures, no opening balance, no typed platform total)
 * is an error, not a warning: it prints a wrong number.
 */
import type { MetricFigures, MetricGroup } from './types';

/** One metric's stored figures in one issue. */
export interface FigureValues {
  value: number | null;
  total: number | null;
}

/** The figures of one issue of the year, keyed by metric id. */
export interface YearIssue {
  issueId: number;
  number: number;
  figures: ReadonlyMap<number, FigureValues>;
}

export interface YearToDateInput {
  group: MetricGroup;
  year: number;
  /** The issue being shown; a 增刊 stands alone: no earlier issues are added to it. */
  issue: { id: number; number: number; supplement: boolean };
  /** The live regular issues of the series and year, in any order (the issue itself may be among them). */
  yearIssues: readonly YearIssue[];
  /** The issue's own figures (the stored ones, or the ones about to be saved). */
  figures: ReadonlyMap<number, FigureValues>;
  /** The series' opening balance, when its starting point is in the same year: totals keyed by metric id. */
  opening?: OpeningBalance;
}

export interface OpeningBalance {
  /** The number of the last issue printed before BriefDesk (the starting point). */
  number: number;
  totals: ReadonlyMap<number, number>;
}

export interface YearToDate {
  figures: MetricFigures[];
  /** Totals that print wrong: earlier numbers of the year missing from the computation. */
  errors: string[];
  warnings: string[];
}

/** The id of the stand-in issue that carries an opening balance (no stored issue has id 0). */
export const OPENING_ISSUE_ID = 0;

/** The opening balance as an earlier issue with every total typed (a cumulative group's value is its total). */
function openingIssue(input: YearToDateInput): YearIssue | null {
  const opening = input.opening;
  if (!opening || opening.number >= input.issue.number) return null;
  const figures = new Map<number, FigureValues>();
  for (const metric of input.group.metrics) {
    const total = opening.totals.get(metric.id);
    if (total === undefined) continue;
    figures.set(metric.id, input.group.mode === 'period' ? { value: null, total } : { value: total, total: null });
  }
  return { issueId: OPENING_ISSUE_ID, number: opening.number, figures };
}

const has = (f: FigureValues | undefined): f is FigureValues => f !== undefined && (f.value !== null || f.total !== null);

const amount = (n: number, unit: string) => `${n}${unit}`;

/** The issues before this one, by number; the issue's own stored figures are replaced by the given ones. */
function earlierIssues(input: YearToDateInput): YearIssue[] {
  if (input.issue.supplement) return [];
  const earlier = input.yearIssues.filter((i) => i.issueId !== input.issue.id && i.number < input.issue.number);
  // Sorting is stable: the balance comes after a stored issue of its own number, so what it says wins.
  const opening = openingIssue(input);
  if (opening) earlier.push(opening);
  return earlier.sort((a, b) => a.number - b.number);
}

/** `第9期` or `第3期至第5期`. */
function numberRange(from: number, to: number): string {
  return from === to ? `第${from}期` : `第${from}期至第${to}期`;
}

/**
 * The numbers of the year before this issue that the computed totals miss (no issue, or one without
 * any figure of the group), as ranges. An earlier issue whose totals are all typed (the platform's
 * figures) closes the gaps before it.
 */
function missingRanges(input: YearToDateInput, earlier: readonly YearIssue[]): [number, number][] {
  const metricIds = input.group.metrics.map((m) => m.id);
  let from = 1;
  for (const i of earlier) {
    if (metricIds.every((id) => i.figures.get(id)?.total != null)) from = i.number + 1;
  }
  const filled = new Set(earlier.filter((i) => metricIds.some((id) => has(i.figures.get(id)))).map((i) => i.number));
  const ranges: [number, number][] = [];
  for (let n = from; n < input.issue.number; n += 1) {
    if (filled.has(n)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else ranges.push([n, n]);
  }
  return ranges;
}

/** Consecutive numbers in one message, so a series started mid-year gives one warning, not thirty. */
function missingErrors(input: YearToDateInput, ranges: readonly [number, number][]): string[] {
  // When this issue's totals are all typed, earlier gaps do not reach what it prints.
  if (input.group.metrics.every((m) => input.figures.get(m.id)?.total != null)) return [];
  return ranges.map(
    ([from, to]) =>
      `${input.year}年${numberRange(from, to)}缺失或未填写${input.group.name}数字，今年以来累计未包含${from === to ? '该期' : '这几期'}，` +
      '打印的累计数将偏小：请补录这几期的数字、在简报系列中设定起点（期初累计），或填写按平台核对的累计。',
  );
}

/**
 * 今年以来 as computed: this period's figure on top of the previous printed total (the figure itself when
 * nothing was printed before it; whether that misses earlier weeks is the errors' business). Null
 * without a figure. The statistics editor shows it as the clerk types, the outputs print it.
 */
export function addToYearTotal(value: number | null, previousTotal: number | null): number | null {
  return value === null ? null : value + (previousTotal ?? 0);
}

function periodFigures(input: YearToDateInput, earlier: readonly YearIssue[]): YearToDate {
  const ranges = missingRanges(input, earlier);
  const errors = missingErrors(input, ranges);
  const warnings: string[] = [];
  const figures = input.group.metrics.map((metric): MetricFigures => {
    let previous: number | null = null;
    for (const i of earlier) {
      const f = i.figures.get(metric.id);
      if (!has(f)) continue;
      const computed = addToYearTotal(f.value, previous);
      const printed: number | null = f.total ?? computed;
      if (printed !== null) previous = printed;
    }
    const own = input.figures.get(metric.id);
    const value = own?.value ?? null;
    const typedTotal = own?.total ?? null;
    const computedTotal = addToYearTotal(value, previous);
    const total = typedTotal ?? computedTotal;
    // Against an incomplete computation the difference says nothing: the gaps are warned about instead.
    if (typedTotal !== null && computedTotal !== null && typedTotal !== computedTotal && ranges.length === 0) {
      warnings.push(
        `${metric.label}：按平台核对的累计${amount(typedTotal, metric.unit)}与计算所得${amount(computedTotal, metric.unit)}不一致，请核对。`,
      );
    }
    if (total !== null && previous !== null && total < previous) {
      warnings.push(`${metric.label}：今年以来累计${amount(total, metric.unit)}低于上一期的${amount(previous, metric.unit)}。`);
    }
    return { metric, value, typedTotal, computedTotal, total, previousTotal: previous };
  });
  return { figures, errors, warnings };
}

/** `受理（公共服务事项）` names a metric of a cumulative group in a message. */
export function metricName(metric: { label: string; category: string }): string {
  return metric.category === '' ? metric.label : `${metric.category}${metric.label}`;
}

function cumulativeFigures(input: YearToDateInput, earlier: readonly YearIssue[]): YearToDate {
  const warnings: string[] = [];
  const figures = input.group.metrics.map((metric): MetricFigures => {
    let previous: number | null = null;
    for (const i of earlier) previous = i.figures.get(metric.id)?.value ?? previous;
    const value = input.figures.get(metric.id)?.value ?? null;
    if (value !== null && previous !== null && value < previous) {
      warnings.push(
        `${metricName(metric)}：累计${amount(value, metric.unit)}低于上一期的${amount(previous, metric.unit)}，累计数字不应减少，请核对。`,
      );
    }
    return { metric, value, typedTotal: null, computedTotal: null, total: value, previousTotal: previous };
  });
  return { figures, errors: [], warnings };
}

export function computeYearToDate(input: YearToDateInput): YearToDate {
  const earlier = earlierIssues(input);
  return input.group.mode === 'period' ? periodFigures(input, earlier) : cumulativeFigures(input, earlier);
}

/**
 * A typed total lower than the sum of the values of the year's issues up to this one is a
 * contradiction (the platform cannot have counted less than the weeks did): the refusal message,
 * or null when every typed total is possible.
 */
export function totalBelowSum(input: YearToDateInput): string | null {
  if (input.group.mode !== 'period') return null;
  const earlier = earlierIssues(input);
  for (const metric of input.group.metrics) {
    const typed = input.figures.get(metric.id)?.total ?? null;
    if (typed === null) continue;
    // An opening balance already holds every week up to its number: the sum starts from it.
    let sum = 0;
    for (const i of earlier) {
      const f = i.figures.get(metric.id);
      sum = i.issueId === OPENING_ISSUE_ID && f?.total != null ? f.total : sum + (f?.value ?? 0);
    }
    sum += input.figures.get(metric.id)?.value ?? 0;
    if (typed < sum) {
      return `今年以来累计${metric.label}${amount(typed, metric.unit)}，低于本年各期之和${amount(sum, metric.unit)}，未保存。`;
    }
  }
  return null;
}
