/** A fake API that keeps series and templates in memory, for the 简报系列 workbench tests. */
import type { MetricGroup } from '../../shared/statistics/types';
import type { Series } from '../../shared/issues/types';
import type { TemplateSection } from '../../shared/templates/types';
import { closingWithPlan } from '../../shared/series/copyPlan';
import { fakeApi, ok, weekly, type FakeApi } from './fakeApi';

export const GROUPS: MetricGroup[] = [
  { id: 11, seriesId: weekly.id, name: '省本级综窗办件情况', mode: 'period', lead: '', metrics: [] },
  { id: 12, seriesId: weekly.id, name: '省级政务服务事项受理办理情况', mode: 'cumulative', lead: '', metrics: [] },
];

export interface SeriesFake {
  api: FakeApi;
  series: Series[];
  templates: Map<number, TemplateSection[]>;
}

export function seriesFake(initial: Series[] = [{ ...weekly, closing: { lines: [{ label: '发', text: '各部门窗口。' }], copies: 80 } }]): SeriesFake {
  const state: SeriesFake = { api: fakeApi(), series: initial.map((s) => ({ ...s })), templates: new Map() };
  const find = (id: number) => state.series.find((s) => s.id === id)!;
  state.api = fakeApi({
    'series.list': async () => ok(state.series.map((s) => ({ ...s }))),
    'series.create': async ({ settings, closing }) => {
      const created: Series = { ...settings, id: Math.max(0, ...state.series.map((s) => s.id)) + 1, layout: null, closing };
      state.series.push(created);
      return ok(created);
    },
    'series.update': async ({ id, settings }) => {
      const before = find(id);
      // As main does (seriesSettings.ts): a plan's sum becomes the default 报尾's copies.
      const next: Series = { ...before, ...settings, closing: settings.copyPlan ? closingWithPlan(before.closing, settings.copyPlan) : before.closing };
      state.series = state.series.map((s) => (s.id === id ? next : s));
      return ok(next);
    },
    'series.updateClosing': async ({ id, closing }) => {
      const next: Series = { ...find(id), closing };
      state.series = state.series.map((s) => (s.id === id ? next : s));
      return ok(next);
    },
    'series.delete': async ({ id }) => {
      state.series = state.series.filter((s) => s.id !== id);
      return ok({ id });
    },
    'templates.get': async ({ seriesId }) => ok(state.templates.get(seriesId) ?? []),
    'templates.save': async ({ seriesId, sections }) => {
      state.templates.set(seriesId, sections);
      return ok(sections);
    },
    'statistics.groups': async ({ seriesId }) => ok(GROUPS.filter((g) => g.seriesId === seriesId)),
    'series.contents': async ({ seriesId }) => ok({ seriesId, enabled: false, level2: false }),
  });
  return state;
}
