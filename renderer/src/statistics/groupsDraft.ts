/**
 * The metric groups being edited: the stored groups plus a local key per row (React needs a stable
 * key while rows are added and reordered; new rows have no id yet), and the pure list edits.
 */
import type { ChannelInput } from '../../../shared/contract/channels';
import type { MetricGroup, MetricGroupMode } from '../../../shared/statistics/types';

export interface MetricDraft {
  key: string;
  id: number | null;
  label: string;
  unit: string;
  category: string;
}

export interface GroupDraft {
  key: string;
  id: number | null;
  name: string;
  mode: MetricGroupMode;
  lead: string;
  metrics: MetricDraft[];
}

let nextKey = 0;
const newKey = () => `k${(nextKey += 1)}`;

export function newMetric(): MetricDraft {
  return { key: newKey(), id: null, label: '', unit: '', category: '' };
}

export function newGroup(): GroupDraft {
  return { key: newKey(), id: null, name: '', mode: 'period', lead: '', metrics: [newMetric()] };
}

export function draftsOfGroups(groups: readonly MetricGroup[]): GroupDraft[] {
  return groups.map((g) => ({
    key: newKey(),
    id: g.id,
    name: g.name,
    mode: g.mode,
    lead: g.lead,
    metrics: g.metrics.map((m) => ({ key: newKey(), ...m })),
  }));
}

export function groupsInput(drafts: readonly GroupDraft[]): ChannelInput<'statistics.saveGroups'>['groups'] {
  return drafts.map((g) => ({
    id: g.id,
    name: g.name,
    mode: g.mode,
    lead: g.lead,
    metrics: g.metrics.map((m) => ({ id: m.id, label: m.label, unit: m.unit, category: m.category })),
  }));
}

/** The list with item i moved by step (−1 up, +1 down); unchanged at either end. */
export function moved<T>(list: readonly T[], i: number, step: number): T[] {
  const j = i + step;
  if (j < 0 || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

export function replacedAt<T>(list: readonly T[], i: number, item: T): T[] {
  return list.map((x, k) => (k === i ? item : x));
}

export function removedAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, k) => k !== i);
}
