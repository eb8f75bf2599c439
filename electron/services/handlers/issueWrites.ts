/**
 * Issue channels that write. Each check-then-write runs in one transaction so that the check still
 * holds when the write happens (another window or browser tab may be writing the same file).
 */
import type { Handlers } from '../../../shared/contract/api';
import type { IssueSummary } from '../../../shared/issues/types';
import type { Db } from '../db/connection';
import { findLiveByNumber, insertIssue, purgeIssue, setDeletedAt, updateIssueDocument, updateIssueMeta } from '../db/issuesTable';
import { autoSavePointBeforeWrite } from '../archive/versions';
import { newIssueBody, renderNewIssueBlocks } from '../issues/newIssueBody';
import { assertDatesConfirmed, assertTotalFree } from '../issues/metaChecks';
import { assertNoOverlap } from '../issues/overlap';
import { collectUnusedPictures, pictureIdsOfIssue } from '../pictures/collectPictures';
import type { HandlerContext } from './context';
import { duplicateNumber, issueNotInRecycleBin, numberReused } from '../issues/messages';
import { requireDraft, requireIssue, requireIssueSummary, requireSeries } from '../issues/require';

function requireDeleted(db: Db, id: number, action: '恢复' | '彻底删除'): IssueSummary {
  const issue = requireIssueSummary(db, id);
  if (issue.deletedAt === null) throw issueNotInRecycleBin(id, action);
  return issue;
}

type WriteChannels = 'issues.create' | 'issues.updateMeta' | 'issues.saveDocument' | 'issues.delete' | 'issues.restore' | 'issues.purge';

export function issueWriteHandlers(ctx: HandlerContext): Pick<Handlers, WriteChannels> {
  const { db } = ctx;
  return {
    'issues.create': ({ seriesId, meta, body, confirm }) =>
      db
        .transaction(() => {
          const series = requireSeries(db, seriesId);
          if (findLiveByNumber(db, seriesId, meta.year, meta.number, null, meta.supplement)) throw duplicateNumber(series, meta, true);
          assertTotalFree(db, series, meta, null);
          assertNoOverlap(db, seriesId, meta, null);
          assertDatesConfirmed(meta, confirm);
          const document = newIssueBody(db, seriesId, meta, body);
          const id = insertIssue(db, seriesId, meta, document, ctx.now());
          renderNewIssueBlocks(db, id, document);
          return requireIssue(db, id);
        })
        .immediate(),

    'issues.updateMeta': ({ id, meta, confirm }) =>
      db
        .transaction(() => {
          const issue = requireDraft(db, id);
          const series = requireSeries(db, issue.seriesId);
          if (findLiveByNumber(db, issue.seriesId, meta.year, meta.number, id, meta.supplement)) {
            throw duplicateNumber(series, meta, false);
          }
          assertTotalFree(db, series, meta, id);
          assertNoOverlap(db, issue.seriesId, meta, id);
          // Only dates that change are questioned: an issue imported as it was printed is not asked about again.
          if (meta.issueDate !== issue.issueDate || meta.periodEnd !== issue.periodEnd || meta.year !== issue.year) {
            assertDatesConfirmed(meta, confirm);
          }
          updateIssueMeta(db, id, meta, ctx.now());
          return requireIssue(db, id);
        })
        .immediate(),

    'issues.saveDocument': ({ id, document }) =>
      db
        .transaction(() => {
          requireDraft(db, id);
          const now = ctx.now();
          // Version history: the body about to be replaced, when the last save point is 5+ minutes old.
          autoSavePointBeforeWrite(db, id, now);
          updateIssueDocument(db, id, document, now);
          const saved = requireIssueSummary(db, id);
          return { revision: saved.revision, updatedAt: saved.updatedAt };
        })
        .immediate(),

    'issues.delete': ({ id }) =>
      db
        .transaction(() => {
          // A finalized issue is the record of what was printed: reopen it first to delete it.
          requireDraft(db, id);
          setDeletedAt(db, id, ctx.now());
          return requireIssueSummary(db, id);
        })
        .immediate(),

    'issues.restore': ({ id }) =>
      db
        .transaction(() => {
          const issue = requireDeleted(db, id, '恢复');
          const series = requireSeries(db, issue.seriesId);
          if (findLiveByNumber(db, issue.seriesId, issue.year, issue.number, null, issue.supplement)) {
            throw numberReused(series, issue);
          }
          assertTotalFree(db, series, issue, id);
          setDeletedAt(db, id, null);
          return requireIssueSummary(db, id);
        })
        .immediate(),

    'issues.purge': ({ id }) =>
      db
        .transaction(() => {
          requireDeleted(db, id, '彻底删除');
          // Its pictures (body and save points) are freed with it unless another issue still names them.
          const pictures = pictureIdsOfIssue(db, id);
          purgeIssue(db, id);
          collectUnusedPictures(db, pictures);
          return { id };
        })
        .immediate(),
  };
}
