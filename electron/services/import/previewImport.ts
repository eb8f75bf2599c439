/** Reads a file and answers what detection found, with the series and any issue it would meet. */
import type { ImportPreview } from '../../../shared/contract/importChannels';
import { detectIncoming } from '../../../shared/import';
import type { IncomingDocument } from '../../../shared/import/incoming';
import { DEFAULT_SERIES_TITLE, type DetectedIssue } from '../../../shared/import/types';
import type { Db } from '../db/connection';
import { findLiveByNumber } from '../db/issuesTable';
import { listMetricGroups } from '../db/metricGroupsTable';
import { listSeries } from '../db/seriesTable';
import { matchStatistics } from '../../../shared/import/statistics';
import type { MetricGroup } from '../../../shared/statistics/types';
import { importedPictures } from './importedPictures';
import { readImportFile } from './readImportFile';
import { findSeriesByTitle } from './seriesForImport';

/**
 * Detection with what the database knows: the default series is the first one kept (the clerk's main
 * briefing), and the statistics of the detected series' metric groups are read as figures.
 */
export function detectWithSeries(db: Db, incoming: IncomingDocument): DetectedIssue {
  const all = listSeries(db);
  const detected = detectIncoming(incoming, {
    defaultSeriesTitle: all[0]?.title ?? DEFAULT_SERIES_TITLE,
    knownSeriesTitles: all.map((s) => s.title),
    monthlySeriesTitles: all.filter((s) => s.periodKind === 'month').map((s) => s.title),
  });
  const series = findSeriesByTitle(db, detected.seriesTitle);
  const issue = series ? withStatistics(detected, listMetricGroups(db, series.id)) : detected;
  return { ...issue, pictures: importedPictures(incoming, issue) };
}

export async function previewImport(db: Db, fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
  const issue = detectWithSeries(db, await readImportFile(fileName, bytes));
  const series = findSeriesByTitle(db, issue.seriesTitle);
  const existing =
    series && issue.year !== null && issue.number !== null ? findLiveByNumber(db, series.id, issue.year, issue.number) : undefined;
  return { fileName, issue, seriesId: series?.id ?? null, existingIssueId: existing?.id ?? null };
}

/** The statistics sentences and tables of the body that match the series' metric groups, as figures. */
export function withStatistics(issue: DetectedIssue, groups: readonly MetricGroup[]): DetectedIssue {
  if (groups.length === 0) return issue;
  const match = matchStatistics(issue.document, groups);
  return { ...issue, document: match.document, figures: match.figures, warnings: [...issue.warnings, ...match.warnings] };
}

export { draftOf } from '../../../shared/import/draft';
