/** Import of past issues: preview a file (nothing stored), save a previewed structure. */
import type { Handlers } from '../../../shared/contract/api';
import type { ImportDraft } from '../../../shared/contract/importChannels';
import { AppError } from '../../../shared/contract/result';
import type { Db } from '../db/connection';
import { findLiveByNumber } from '../db/issuesTable';
import { findSeries, findSeriesByTitle } from '../db/seriesTable';
import { previewImport, saveImportedIssue } from '../import';
import { assertTotalFree } from '../issues/metaChecks';
import type { HandlerContext } from './context';

type ImportChannels = 'import.preview' | 'import.save';

function fromBase64(fileName: string, base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new AppError('INVALID_INPUT', `无法导入“${fileName}”：文件内容传输有误（不是 base64）。`);
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
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

export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportChannels> {
  const { db } = ctx;
  return {
    'import.preview': ({ fileName, base64 }) => previewImport(db, fileName, fromBase64(fileName, base64)),
    // IMMEDIATE from the first statement: a deferred transaction that reads, then writes, is refused at
    // once (SQLITE_BUSY_SNAPSHOT) when another process wrote in between; this one waits its turn.
    // saveImportedIssue's own transaction runs inside as a savepoint.
    'import.save': ({ draft, seriesId, replaceExisting }) =>
      db
        .transaction(() => {
          assertImportTotalFree(db, draft, seriesId);
          return saveImportedIssue(db, draft, { seriesId, replaceExisting }, ctx.now());
        })
        .immediate(),
  };
}
