/** The archive channels: search, version history (save points) and backups. */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { createBackup, listBackups, backupsFolder } from '../archive/backups';
import { runtimeOf, type ArchiveRuntime } from '../archive/runtime';
import { indexNoticeFor, searchArchive } from '../archive/search';
import { staleIndexWorkIsLarge } from '../db/searchIndexTable';
import { runHeavy } from '../heavy/run';
import { diffSavePoint, markSavePoint, restoreSavePoint, savePointsOf } from '../archive/versions';
import type { HandlerContext } from './context';
import { requireLive } from '../issues/require';

type ArchiveChannels =
  | 'archive.search'
  | 'versions.list'
  | 'versions.diff'
  | 'versions.savePoint'
  | 'versions.restore'
  | 'backups.list'
  | 'backups.create'
  | 'backups.restore'
  | 'archive.startupState'
  | 'archive.recover';

/**
 * How long a search waits for a large index catch-up in a worker before it answers from the index as
 * it stands: a 20 MB import is indexed for seconds (its save does it too, holding the write lock).
 */
const INDEX_WAIT_MS = 300;
const INDEXING_NOTICE = '最近导入或修改的内容正在后台建立检索索引，以下结果暂不含它们，稍后再检索即可。';

function requireRuntime(runtime: ArchiveRuntime | undefined): ArchiveRuntime {
  if (!runtime) throw new AppError('CONFLICT', '当前运行方式不支持在程序运行时更换数据库，请在简报台中操作。');
  return runtime;
}

export function archiveHandlers(ctx: HandlerContext): Pick<Handlers, ArchiveChannels> {
  const { db } = ctx;
  const runtime = runtimeOf(db);
  const databasePath = runtime?.databasePath ?? ctx.info.databasePath;
  /** The catch-up under way in a worker: searches meanwhile join it instead of starting another. */
  let reindexing: Promise<unknown> | null = null;
  return {
    // Many or long stale issues (an import, another process's writes) are indexed off the event loop
    // first; a few short ones the search indexes itself in milliseconds. A catch-up that takes longer
    // than INDEX_WAIT_MS goes on in the background and the search answers now, saying what it lacks.
    'archive.search': async (input) => {
      if (!ctx.info.heavy || !staleIndexWorkIsLarge(db)) return searchArchive(db, input);
      reindexing ??= runHeavy(ctx, 'search.reindex', {}).finally(() => {
        reindexing = null;
      });
      try {
        let timer: NodeJS.Timeout | undefined;
        const waited = new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), INDEX_WAIT_MS);
        });
        const finished = await Promise.race([reindexing.then(() => true), waited]).finally(() => clearTimeout(timer));
        return searchArchive(db, finished ? input : { ...input, indexNotice: INDEXING_NOTICE });
      } catch (error) {
        return searchArchive(db, { ...input, indexNotice: indexNoticeFor(db, error) });
      }
    },
    'versions.list': ({ issueId }) => savePointsOf(db, issueId),
    'versions.diff': ({ savePointId }) => diffSavePoint(db, savePointId),
    'versions.savePoint': ({ issueId, reason }) => {
      requireLive(db, issueId);
      return markSavePoint(db, issueId, reason, ctx.now());
    },
    'versions.restore': ({ savePointId }) => restoreSavePoint(db, savePointId, ctx.now()),
    'backups.list': () => ({ folder: backupsFolder(databasePath), backups: listBackups(databasePath) }),
    'backups.create': () => (runtime ? runtime.backup('manual') : createBackup(db, databasePath, 'manual', ctx.now())),
    'backups.restore': ({ name }) => requireRuntime(runtime).restore(name),
    'archive.startupState': () => runtime?.startup ?? { kind: 'ok' },
    'archive.recover': ({ name }) => requireRuntime(runtime).recover(name),
  };
}
