/** The archive: search across all issues, version history (save points) and backups. */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import type {
  BackupInfo,
  BackupList,
  RecoveryResult,
  RestoreResult,
  SavePoint,
  SearchAnswer,
  StartupState,
  VersionDiff,
} from '../archive/types';
import { channel, id } from './define';

export const SEARCH_DEFAULT_LIMIT = 100;
export const SEARCH_MAX_LIMIT = 500;

const backupName = xmlText()
  .max(200)
  .regex(/^briefdesk-[a-z-]+-\d{8}T\d{6}\d{3}Z\.db$/, { error: '备份文件名不正确' });

export const archiveChannels = {
  /** Blocks of all issues that contain the query, newest issue first. Deleted issues only on request. */
  'archive.search': channel<SearchAnswer>()(
    z.strictObject({
      query: xmlText()
        .max(100, { error: '检索词不能超过 100 个字' })
        .refine((q) => q.trim().length > 0, { error: '请输入检索词' }),
      seriesId: id.optional(),
      year: z.int().min(2000).max(2100).optional(),
      includeDeleted: z.boolean().optional(),
      limit: z.int().min(1).max(SEARCH_MAX_LIMIT).optional(),
    }),
  ),
  /** Save points of an issue, newest first. */
  'versions.list': channel<SavePoint[]>()(z.strictObject({ issueId: id })),
  /** What changed from a save point to the issue as stored now. */
  'versions.diff': channel<VersionDiff>()(z.strictObject({ savePointId: id })),
  /** Marks the stored state as a save point: the renderer calls it after Ctrl+S / 保存 (and finalize). */
  'versions.savePoint': channel<SavePoint>()(z.strictObject({ issueId: id, reason: z.enum(['explicit', 'finalize']) })),
  /** Puts a save point's body back, after keeping the current body as a save point of its own. */
  'versions.restore': channel<RestoreResult>()(z.strictObject({ savePointId: id })),
  'backups.list': channel<BackupList>()(z.strictObject({})),
  'backups.create': channel<BackupInfo>()(z.strictObject({})),
  /** Replaces the database with a backup, after backing up the current one; the app goes on with it. */
  'backups.restore': channel<BackupInfo>()(z.strictObject({ name: backupName })),
  /** What the start-up integrity check found (browser mode shows the offer from it). */
  'archive.startupState': channel<StartupState>()(z.strictObject({})),
  /** Accepts the start-up offer: keeps the damaged file renamed, puts the backup in its place. */
  'archive.recover': channel<RecoveryResult>()(z.strictObject({ name: backupName })),
} as const;
