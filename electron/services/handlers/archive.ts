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
import { requireLive } from './draftGuard';

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

function requireRuntime(runtime: ArchiveRuntime | undefined): ArchiveRuntime {
  if (!runtime) throw new AppError('CONFLICT', '当前运行方式不支持在程序运行时更换数据库，请在简报台中操作。');
  return runtime;
}

export function archiveHandlers(ctx: HandlerContext): Pick<Handlers, ArchiveChannels> {
  const { db } = ctx;
  const runtime = runtimeOf(db);
  const databasePath = runtime?.databasePath ?? ctx.info.databasePath;
  return {
    // Many or long stale issues (an import, another process's writes) are indexed off the event loop
    // first; a few short ones the search indexes itself in milliseconds.
    'archive.search': async (input) => {
      if (!ctx.info.heavy || !staleIndexWorkIsLarge(db)) return searchArchive(db, input);
      try {
        await runHeavy(ctx, 'search.reindex', {});
        return searchArchive(db, input);
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
