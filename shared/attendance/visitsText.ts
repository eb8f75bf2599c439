/**
 * 厅（局）长进大厅, written from the visits. Two forms:
 * - weekly (one sentence, as printed 2024-03-29 and 2024-07-04 §二):
 *   本周，商务厅党组成员、副厅长尹奇志，科技厅二级巡视员高量，…到省政务服务大厅窗口调研值守。
 *   Visits of different kinds make one clause each, joined by ；.
 * - dated (one line per visit, for the monthly, in the manner of 2022-28 §二（二）):
 *   （1）8月23日，自然资源厅党组成员、机关党委书记谢安军到省政务服务大厅窗口调研值守。
 * Visits are taken in date order, then in the clerk's order.
 */
import { parseIsoDate } from '../issues/dates';

export interface VisitTextRow {
  name: string;
  title: string;
  department: string;
  date: string;
  kind: string;
}

export const VISIT_PLACE = '到省政务服务大厅窗口';

export type VisitForm = 'weekly' | 'dated';

function who(v: VisitTextRow): string {
  return `${v.department}${v.title}${v.name}`;
}

function inDateOrder(visits: readonly VisitTextRow[]): VisitTextRow[] {
  return visits
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v.date < b.v.date ? -1 : a.v.date > b.v.date ? 1 : a.i - b.i))
    .map(({ v }) => v);
}

export function weeklyVisitLines(visits: readonly VisitTextRow[], none: string): string[] {
  if (visits.length === 0) return [none];
  const byKind = new Map<string, VisitTextRow[]>();
  for (const v of inDateOrder(visits)) {
    const list = byKind.get(v.kind) ?? [];
    // The same leader twice in a week is named once.
    if (!list.some((x) => who(x) === who(v))) list.push(v);
    byKind.set(v.kind, list);
  }
  const clauses = [...byKind].map(([kind, list]) => `${list.map(who).join('，')}${VISIT_PLACE}${kind}`);
  return [`本周，${clauses.join('；')}。`];
}

export function datedVisitLines(visits: readonly VisitTextRow[], none: string): string[] {
  if (visits.length === 0) return [none];
  return inDateOrder(visits).map((v, i) => {
    const d = parseIsoDate(v.date);
    return `（${i + 1}）${d.getMonth() + 1}月${d.getDate()}日，${who(v)}${VISIT_PLACE}${v.kind}。`;
  });
}

/** A period longer than a week (the monthly) gets the dated list. */
export function visitFormFor(periodStart: string | null, periodEnd: string | null): VisitForm {
  if (periodStart === null || periodEnd === null) return 'weekly';
  const days = (parseIsoDate(periodEnd).getTime() - parseIsoDate(periodStart).getTime()) / 86_400_000;
  return days > 7 ? 'dated' : 'weekly';
}

/** The lines of 厅（局）长进大厅 for an issue's period: the service's text and the entry tab's live preview. */
export function visitLinesFor(
  visits: readonly VisitTextRow[],
  periodStart: string | null,
  periodEnd: string | null,
  none: string,
): string[] {
  return visitFormFor(periodStart, periodEnd) === 'dated' ? datedVisitLines(visits, none) : weeklyVisitLines(visits, none);
}
