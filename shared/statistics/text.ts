/**
 * The printed text of a statistics block, as the samples write it:
 * - period group, one paragraph:
 *   `本周，共计咨询2046人次、受理705件、颁发5233件、流转3529件次。今年以来，累计咨询14147人次、…。`
 * - cumulative group: lead, 1 January of the year to the period's end, categories joined by ；,
 *   a category's metrics by ，:
 *   `据四川一体化政务服务平台数据统计，2022年1月1日至2022年8月26日，省本级行政许可事项受理588929件，办结583751件；…。`
 * A figure not typed yet prints as （未填）, so the preview shows what is missing.
 * The table form has a header row first.
 */
import type { StatisticsElement } from '../document/types';
import type { PeriodKind } from '../issues/types';
import { halfWidthAlnum } from '../text/halfWidth';
import type { MetricFigures, MetricGroup } from './types';

export const MISSING_FIGURE = '（未填）';

/** 本周 for a weekly, 本月 for a monthly, 本期 otherwise. */
export function periodWord(kind: PeriodKind): string {
  return kind === 'week' ? '本周' : kind === 'month' ? '本月' : '本期';
}

function figure(label: string, n: number | null, unit: string): string {
  return n === null ? `${label}${MISSING_FIGURE}` : `${label}${n}${unit}`;
}

/** `2022年8月26日` from an ISO date, without leading zeros. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Metrics grouped by category, in order of first appearance. */
export function byCategory(figures: readonly MetricFigures[]): { category: string; figures: MetricFigures[] }[] {
  const groups: { category: string; figures: MetricFigures[] }[] = [];
  for (const f of figures) {
    const group = groups.find((g) => g.category === f.metric.category);
    if (group) group.figures.push(f);
    else groups.push({ category: f.metric.category, figures: [f] });
  }
  return groups;
}

export interface TextContext {
  periodKind: PeriodKind;
  year: number;
  /** The end of the period (or its date when it has none): YYYY-MM-DD. */
  periodEnd: string;
}

function periodSentence(group: MetricGroup, figures: readonly MetricFigures[], ctx: TextContext): string {
  const values = figures.map((f) => figure(f.metric.label, f.value, f.metric.unit)).join('、');
  const totals = figures.map((f) => figure(f.metric.label, f.total, f.metric.unit)).join('、');
  return `${group.lead}${periodWord(ctx.periodKind)}，共计${values}。今年以来，累计${totals}。`;
}

function cumulativeSentence(group: MetricGroup, figures: readonly MetricFigures[], ctx: TextContext): string {
  const parts = byCategory(figures).map(({ category, figures: fs }) =>
    fs.map((f, i) => `${i === 0 ? category : ''}${figure(f.metric.label, f.value, f.metric.unit)}`).join('，'),
  );
  return `${group.lead}${ctx.year}年1月1日至${chineseDate(ctx.periodEnd)}，${parts.join('；')}。`;
}

/** The sentence form: one paragraph. */
export function statisticsLines(group: MetricGroup, figures: readonly MetricFigures[], ctx: TextContext): string[] {
  if (figures.length === 0) return [];
  return [group.mode === 'period' ? periodSentence(group, figures, ctx) : cumulativeSentence(group, figures, ctx)];
}

const withUnit = (label: string, unit: string) => (unit === '' ? label : `${label}（${unit}）`);
const cell = (n: number | null) => (n === null ? MISSING_FIGURE : String(n));

/**
 * The table form. Period: [项目, 本周, 今年以来] then a row per metric. Cumulative: a column per
 * metric label (受理（件）, 办结（件）), a row per category (the group's name when there is none).
 */
export function statisticsRows(group: MetricGroup, figures: readonly MetricFigures[], ctx: TextContext): string[][] {
  if (figures.length === 0) return [];
  if (group.mode === 'period') {
    return [
      ['项目', periodWord(ctx.periodKind), '今年以来'],
      ...figures.map((f) => [withUnit(f.metric.label, f.metric.unit), cell(f.value), cell(f.total)]),
    ];
  }
  const columns: string[] = [];
  for (const f of figures) {
    const name = withUnit(f.metric.label, f.metric.unit);
    if (!columns.includes(name)) columns.push(name);
  }
  const rows = byCategory(figures).map(({ category, figures: fs }) => [
    category === '' ? group.name : category,
    ...columns.map((name) => {
      const f = fs.find((x) => withUnit(x.metric.label, x.metric.unit) === name);
      return f ? cell(f.value) : '';
    }),
  ]);
  return [['项目', ...columns], ...rows];
}

/** A number, or the placeholder (its full-width brackets are not special in a pattern). */
const PRINTED_FIGURE = new RegExp(`\\d+|${MISSING_FIGURE}`, 'g');

/**
 * The figures a printed text holds, in order: its numbers (full-width digits read as digits) and each
 * （未填）, which stands where a number will be.
 */
function printedFigures(parts: readonly string[]): string[] {
  return parts.flatMap((part) => halfWidthAlnum(part).match(PRINTED_FIGURE) ?? []);
}

/**
 * Whether a block prints the figures that `text` (the figures as they are now) would print: the same
 * numbers (and （未填）) in the same order. The sentence form prints its lines, the table form its rows; the other
 * form's stored text does not reach the page, so it cannot make a printed figure wrong. Only numbers
 * count: an imported past issue keeps its own wording (流转179094次, 累计办结) where the series' template
 * says 件次 and 办结, and that is not a figure the clerk must update.
 */
export function printsSameFigures(
  block: Pick<StatisticsElement, 'form' | 'lines' | 'rows'>,
  text: Pick<StatisticsElement, 'lines' | 'rows'>,
): boolean {
  const printed = (t: Pick<StatisticsElement, 'lines' | 'rows'>) => printedFigures(block.form === 'table' ? t.rows.flat() : t.lines);
  return printed(block).join(' ') === printed(text).join(' ');
}
