/**
 * What the clerk types into a statistics block, as text, and its parsing into the figures the
 * channel takes. A cell left empty is a figure not typed (null); a number is checked here only for
 * being a whole number — the rest (not negative, not too large) is the contract's to refuse.
 */
import type { FigureInput, StatisticsView } from '../../../shared/statistics/types';

export interface FigureDraft {
  value: string;
  total: string;
}

export type Drafts = Record<number, FigureDraft>;

export function draftsOf(view: StatisticsView): Drafts {
  const drafts: Drafts = {};
  for (const f of view.figures) {
    drafts[f.metric.id] = { value: f.value === null ? '' : String(f.value), total: f.typedTotal === null ? '' : String(f.typedTotal) };
  }
  return drafts;
}

/** A typed figure: null when empty, a number, or undefined when it is not a whole number. */
export function parseFigure(text: string): number | null | undefined {
  // Full-width digits and separators come from Chinese input methods: accept them.
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/^－/, '-');
  if (t === '') return null;
  return /^-?\d+$/.test(t) ? Number(t) : undefined;
}

/** The figures to save, or the first problem in Chinese. */
export function figuresOf(view: StatisticsView, drafts: Drafts): { figures: FigureInput[] } | { problem: string } {
  const figures: FigureInput[] = [];
  for (const { metric } of view.figures) {
    const draft = drafts[metric.id] ?? { value: '', total: '' };
    const value = parseFigure(draft.value);
    if (value === undefined) return { problem: `“${metric.label}”的数字应为整数。` };
    const total = view.group.mode === 'period' ? parseFigure(draft.total) : null;
    if (total === undefined) return { problem: `“${metric.label}”的累计数字应为整数。` };
    figures.push({ metricId: metric.id, value, total });
  }
  return { figures };
}
