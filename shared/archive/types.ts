/** What the archive channels answer: search hits, save points and their diff, backups, start-up state. */

/** A piece of a snippet; `hit` pieces are the query as found (the renderer marks them). */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  issueId: number;
  seriesId: number;
  seriesTitle: string;
  year: number;
  number: number;
  totalNumber: number | null;
  /** A 增刊 (its 期号 line reads `2024年增刊第1期`); absent reads as a regular issue. */
  supplement?: boolean;
  issueDate: string;
  /** The block of the body that holds the hit; null when it is in the masthead (报头, 期号, 日期…). */
  blockIndex: number | null;
  /** Text around the first occurrence, with every occurrence inside it marked. */
  segments: SnippetSegment[];
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** More blocks matched than `limit`: the clerk should narrow the query or the filters. */
  truncated: boolean;
  /** Which index answered: FTS5 trigram (3+ characters) or a scan of the plain text (1–2). */
  route: 'trigram' | 'scan';
  /**
   * Set when the index could not be brought up to date (disk full, read-only database): the hits come
   * from the index as it was, and this sentence says so. Absent when the index is current.
   */
  indexNotice?: string;
}

export const SAVE_POINT_REASONS = ['auto', 'explicit', 'finalize', 'before-restore'] as const;
export type SavePointReason = (typeof SAVE_POINT_REASONS)[number];

export const SAVE_POINT_REASON_TEXT: Record<SavePointReason, string> = {
  auto: '自动保存点',
  explicit: '手动保存',
  finalize: '定稿',
  'before-restore': '恢复前的版本',
};

export interface SavePoint {
  id: number;
  issueId: number;
  createdAt: string;
  reason: SavePointReason;
  revision: number;
  /** Characters of body text, so the list says something about each version. */
  characters: number;
}

export type DiffSegment = { text: string; kind: 'same' | 'added' | 'removed' };

export type BlockDiff =
  | { kind: 'same'; text: string; oldIndex: number; newIndex: number }
  | { kind: 'added'; text: string; newIndex: number }
  | { kind: 'removed'; text: string; oldIndex: number }
  | { kind: 'changed'; oldIndex: number; newIndex: number; segments: DiffSegment[] };

export interface VersionDiff {
  savePoint: SavePoint;
  /** From the save point (old) to the issue as stored now (new). */
  blocks: BlockDiff[];
  added: number;
  removed: number;
  changed: number;
}

export interface RestoreResult {
  revision: number;
  updatedAt: string;
  /** The save point of the state before the restore (restoring it undoes the restore). */
  undoSavePointId: number;
}

export const BACKUP_KINDS = ['auto', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_TEXT: Record<BackupKind, string> = {
  auto: '每日自动备份',
  manual: '手动备份',
  'before-restore': '恢复前自动备份',
};

export interface BackupInfo {
  /** The file name inside the backups folder; what restore takes. */
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}

export interface BackupList {
  folder: string;
  backups: BackupInfo[];
}

/** What the start-up integrity check found. */
export type StartupState =
  | { kind: 'ok' }
  | {
      kind: 'damaged';
      databasePath: string;
      /** Why the database cannot be used, in Chinese. */
      problem: string;
      /** The newest backup that passed its own integrity check; null when there is none. */
      offer: BackupInfo | null;
    };

export interface RecoveryResult {
  /** Where the damaged file was kept (renamed beside the database). */
  damagedCopy: string;
  restoredFrom: string;
}
