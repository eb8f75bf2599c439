/**
 * The figures an imported issue brings (its statistics blocks, issue 10.2), stored in the transaction
 * that stores the issue. A statistics block of a group the target series does not have (the clerk
 * chose another series in the review) goes back to the text it printed, so nothing is lost and no
 * figure lands in a foreign group.
 */
import type { ImportDraft } from '../../../shared/contract/importChannels';
import type { BlockElement, BriefDocument } from '../../../shared/document/types';
import { table } from '../../../shared/document/table';
import type { MetricGroup } from '../../../shared/statistics/types';
import type { FigureValues } from '../../../shared/statistics/ytd';
import type { Db } from '../db/connection';
import { replaceIssueFigures } from '../db/issueFiguresTable';
import { listMetricGroups } from '../db/metricGroupsTable';

function asText(block: Extract<BlockElement, { type: 'statistics' }>): BlockElement[] {
  if (block.form === 'table' && block.rows.length > 0)
    return [
      table(
        block.rows.map((row) => [...row]),
        1,
      ),
    ];
  return block.lines.map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}

/** The document with statistics blocks of unknown groups turned back into text, and the groups kept. */
export function documentForSeries(db: Db, seriesId: number, document: BriefDocument): { document: BriefDocument; groups: MetricGroup[] } {
  const groups = listMetricGroups(db, seriesId);
  const known = new Set(groups.map((g) => g.id));
  if (!document.blocks.some((b) => b.type === 'statistics' && !known.has(b.groupId))) return { document, groups };
  const blocks = document.blocks.flatMap((b) => (b.type === 'statistics' && !known.has(b.groupId) ? asText(b) : [b]));
  return { document: { ...document, blocks }, groups };
}

/** Stores the draft's figures of the groups its document's statistics blocks name (call inside the transaction). */
export function storeImportedFigures(
  db: Db,
  issueId: number,
  draft: ImportDraft,
  document: BriefDocument,
  groups: readonly MetricGroup[],
): void {
  const used = new Set(document.blocks.flatMap((b) => (b.type === 'statistics' ? [b.groupId] : [])));
  for (const group of groups) {
    if (!used.has(group.id)) continue;
    const metricIds = new Set(group.metrics.map((m) => m.id));
    const figures = new Map<number, FigureValues>();
    for (const f of draft.figures ?? []) {
      if (f.groupId !== group.id || !metricIds.has(f.metricId)) continue;
      figures.set(f.metricId, { value: f.value, total: group.mode === 'cumulative' ? null : f.total });
    }
    replaceIssueFigures(db, issueId, [...metricIds], figures);
  }
}
