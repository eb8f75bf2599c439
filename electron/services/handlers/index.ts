/**
 * The handler table for every channel of the contract. Hosts (Electron IPC, browser-mode HTTP, the
 * command line, tests) call it only through `dispatch`, which validates the input first.
 */
import type { Handlers } from '../../../shared/contract/api';
import type { Db } from '../db/connection';
import { appHandlers } from './app';
import { archiveHandlers } from './archive';
import { attendanceHandlers } from './attendance';
import { checklistHandlers } from './checklist';
import { contentsHandlers } from './contents';
import { DRAFT_GUARD, draftGuard, type DraftGuard } from './draftGuard';
import { compileHandlers } from './compile';
import { handlerContext, type HostInfo } from './context';
import { exportHandlers } from './exports';
import { importHandlers } from './importIssues';
import { issueClosingHandlers } from './issueClosing';
import { issueReadHandlers } from './issueReads';
import { issueStatusHandlers } from './issueStatus';
import { issueWriteHandlers } from './issueWrites';
import { pictureHandlers } from './pictures';
import { proofreadHandlers } from './proofread';
import { rosterHandlers } from './roster';
import { rosterFromIssuesHandlers } from './rosterFromIssues';
import { seriesHandlers } from './series';
import { seriesSettingsHandlers } from './seriesSettings';
import { startHandlers } from './start';
import { statisticsHandlers } from './statistics';
import { templateHandlers } from './templates';

export type { HostInfo } from './context';
export type { PdfRenderer } from '../export/pdfRenderer';

/** The full table, with the 定稿 check the dispatcher runs before every channel that writes an issue. */
export type HandlerTable = Handlers & { [DRAFT_GUARD]: DraftGuard };

export function createHandlers(db: Db, info: HostInfo): HandlerTable {
  const ctx = handlerContext(db, info);
  return {
    [DRAFT_GUARD]: draftGuard(db),
    ...appHandlers(ctx),
    ...seriesHandlers(ctx),
    ...seriesSettingsHandlers(ctx),
    ...templateHandlers(ctx),
    ...issueReadHandlers(ctx),
    ...issueWriteHandlers(ctx),
    ...issueClosingHandlers(ctx),
    ...issueStatusHandlers(ctx),
    ...exportHandlers(ctx),
    ...importHandlers(ctx),
    ...rosterHandlers(ctx),
    ...rosterFromIssuesHandlers(ctx),
    ...attendanceHandlers(ctx),
    ...archiveHandlers(ctx),
    ...statisticsHandlers(ctx),
    ...checklistHandlers(ctx),
    ...startHandlers(ctx),
    ...proofreadHandlers(ctx),
    ...contentsHandlers(ctx),
    ...compileHandlers(ctx),
    ...pictureHandlers(ctx),
  };
}
