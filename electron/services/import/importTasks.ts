/**
 * Import as heavy tasks (heavy/tasks.ts): reading and detecting a file of up to 20 MB, and saving
 * what was previewed, run off the host's event loop. The file travels as the base64 the contract
 * carries and is decoded here, so not even the decoding blocks the host.
 */
import type { ImportDraft, ImportPreview, ImportSaved } from '../../../shared/contract/importChannels';
import { AppError } from '../../../shared/contract/result';
import type { Db } from '../db/connection';
import { findLiveByNumber } from '../db/issuesTable';
import { refreshStaleIssues } from '../db/searchIndexTable';
import { findSeries, findSeriesByTitle } from '../db/seriesTable';
import { assertTotalFree } from '../issues/metaChecks';
import { checkDraftPictures } from './importedPictures';
import { previewImport } from './previewImport';
import { saveImportedIssue } from './saveImport';

function fromBase64(fileName: string, base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new AppError('INVALID_INPUT', `无法导入“${fileName}”：文件内容传输有误（不是 base64）。`);
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export function previewImportTask(db: Db, input: { fileName: string; base64: string }): Promise<ImportPreview> {
  return previewImport(db, input.fileName, fromBase64(input.fileName, input.base64));
}

/**
 * A 总期号 another live issue of the series holds is refused as on create; the issue of the same
 * 期号 does not count. A series the import creates has no issue yet.
 */
function assertImportTotalFree(db: Db, draft: ImportDraft, seriesId: number | undefined): void {
  const series = seriesId !== undefined ? findSeries(db, seriesId) : findSeriesByTitle(db, draft.seriesTitle.trim(), null);
  if (!series) return;
  // The issue of the same number is either replaced or refused as a duplicate 期号 (the question the UI asks first).
  const sameNumber = findLiveByNumber(db, series.id, draft.meta.year, draft.meta.number);
  assertTotalFree(db, series, { ...draft.meta, supplement: false }, sameNumber?.id ?? null);
}

export interface SaveImportInput {
  draft: ImportDraft;
  seriesId?: number | undefined;
  replaceExisting?: boolean | undefined;
  now: string;
  /** Ids of the draft's pictures a preview in this host fully decoded (handlers/importIssues.ts). */
  decodedPictureIds?: string[] | undefined;
}

export function saveImportTask(db: Db, input: SaveImportInput): ImportSaved {
  const { draft, seriesId, replaceExisting, now } = input;
  // Checked (decoded) before the write lock is taken: a dozen photos must not hold it.
  const pictures = checkDraftPictures(db, draft, new Set(input.decodedPictureIds));
  // IMMEDIATE from the first statement: a deferred transaction that reads, then writes, is refused at
  // once (SQLITE_BUSY_SNAPSHOT) when another process wrote in between; this one waits its turn.
  // saveImportedIssue's own transaction runs inside as a savepoint.
  const saved = db
    .transaction(() => {
      assertImportTotalFree(db, draft, seriesId);
      return saveImportedIssue(db, draft, { seriesId, replaceExisting, pictures }, now);
    })
    .immediate();
  // The new body is indexed here too, so the next search does not index a 20 MB issue on the host.
  // A failure to index (disk full) leaves it marked stale for the search to report; the save stands.
  try {
    refreshStaleIssues(db);
  } catch (error) {
    console.error('[briefdesk] imported issue not indexed yet:', error);
  }
  return saved;
}
