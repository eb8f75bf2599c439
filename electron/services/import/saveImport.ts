/**
 * Stores an imported issue in one transaction: series (found or created), the issue, its figures, its
 * pictures, its 报尾 as its own when it differs from the series default. A live issue with the same number is refused
 * unless replacing was asked for; then it goes to the recycle bin (restorable), it is not overwritten.
 */
import type { ImportDraft, ImportSaved } from '../../../shared/contract/importChannels';
import { AppError } from '../../../shared/contract/result';
import type { Series } from '../../../shared/issues/types';
import type { Db } from '../db/connection';
import { findLiveByNumber, insertIssue, setDeletedAt, updateIssueClosing } from '../db/issuesTable';
import type { StoredPicture } from '../db/picturesTable';
import { documentForSeries, storeImportedFigures } from './importedFigures';
import { checkDraftPictures, storeDraftPictures } from './importedPictures';
import { sameClosing, seriesForImport } from './seriesForImport';
import { assertDraft } from '../issues/require';

export interface SaveImportOptions {
  seriesId?: number;
  replaceExisting?: boolean;
  /** The draft's pictures already checked (checkDraftPictures, before the transaction); else checked here. */
  pictures?: readonly StoredPicture[];
}

export function existingIssueMessage(series: Series, draft: ImportDraft, existingId: number): string {
  return (
    `${series.title} ${draft.meta.year}年第${draft.meta.number}期已存在（编号 ${existingId}），未导入。` +
    '如要用导入的内容替换它，请确认替换（命令行加 --replace）；原有的一期会移入回收站，可以恢复。'
  );
}

export function saveImportedIssue(db: Db, draft: ImportDraft, options: SaveImportOptions, now: string): ImportSaved {
  const pictures = options.pictures ?? checkDraftPictures(db, draft);
  // IMMEDIATE: the write lock is taken at the start, so a concurrent writer waits instead of failing.
  return db
    .transaction((): ImportSaved => {
      const { series, created } = seriesForImport(db, draft, options.seriesId, now);
      const existing = findLiveByNumber(db, series.id, draft.meta.year, draft.meta.number);
      if (existing && options.replaceExisting !== true) {
        throw new AppError('DUPLICATE_ISSUE_NUMBER', existingIssueMessage(series, draft, existing.id));
      }
      // A finalized issue is the record of what was printed: it is never replaced behind the clerk's back.
      if (existing) assertDraft(existing);
      if (existing) setDeletedAt(db, existing.id, now);
      // Past issues come in as regular issues (an imported 增刊 is marked so afterwards in 修改期号信息).
      const { document, groups } = documentForSeries(db, series.id, draft.document);
      storeDraftPictures(db, pictures, now);
      const issueId = insertIssue(db, series.id, { ...draft.meta, supplement: false }, document, now);
      storeImportedFigures(db, issueId, draft, document, groups);
      const seriesClosing = created ? draft.closing : series.closing;
      const closingOverridden = draft.closing !== null && !sameClosing(draft.closing, seriesClosing);
      if (closingOverridden) updateIssueClosing(db, issueId, draft.closing, now);
      return { issueId, seriesId: series.id, seriesCreated: created, replacedIssueId: existing?.id ?? null, closingOverridden };
    })
    .immediate();
}
