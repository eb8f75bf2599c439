/**
 * Version history. Save points are taken:
 * - automatically, before a save overwrites the body, when the newest save point of the issue is at
 *   least five minutes old — so the state before a burst of editing can always be got back, and a
 *   burst of editing leaves at most one point per five minutes;
 * - on every explicit save (Ctrl+S / 保存) and every finalize: the stored state, as it is now;
 * - before a restore: the current state, so the restore can be undone.
 * The clock is the handler context's (injectable in tests).
 */
import { diffBlocks } from '../../../shared/archive/diff';
import type { RestoreResult, SavePoint, VersionDiff } from '../../../shared/archive/types';
import { AppError } from '../../../shared/contract/result';
import { issueNotFound } from '../issues/messages';
import type { Db } from '../db/connection';
import { findIssue, findIssueSummary, parseStoredDocument, updateIssueDocument } from '../db/issuesTable';
import { findSavePoint, insertSavePoint, latestSavePoint, listSavePoints, setSavePointReason, storedBody } from '../db/versionsTable';
import { printedBlockTexts, rawBlockText } from '../../../shared/archive/indexText';
import { assertDraft } from '../issues/require';

export const AUTO_SAVE_POINT_SPACING_MS = 5 * 60 * 1000;

function savePointNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `找不到第 ${id} 号历史版本，可能已随简报一起被彻底删除。`);
}

function isBlank(documentJson: string): boolean {
  try {
    const parsed = JSON.parse(documentJson) as { blocks?: unknown };
    // A picture is content even with no caption: a body of photos alone is worth a save point.
    const empty = (b: unknown) => (b as { type?: unknown } | null)?.type !== 'picture' && rawBlockText(b).trim() === '';
    return !Array.isArray(parsed.blocks) || parsed.blocks.every(empty);
  } catch {
    return false;
  }
}

/**
 * Called inside the saveDocument transaction, before the body is replaced: keeps the stored body as an
 * automatic save point when the last one is five minutes old or more. Returns the new point's id.
 */
export function autoSavePointBeforeWrite(db: Db, issueId: number, now: string): number | null {
  const stored = storedBody(db, issueId);
  if (!stored || isBlank(stored.document)) return null;
  const latest = latestSavePoint(db, issueId);
  if (latest) {
    if (latest.revision === stored.revision) return null; // this very state is kept already
    if (Date.parse(now) - Date.parse(latest.createdAt) < AUTO_SAVE_POINT_SPACING_MS) return null;
  }
  return insertSavePoint(db, issueId, 'auto', stored.revision, stored.document, now);
}

/** An explicit or finalize save point of the stored state; the newest one is reused when it is that state. */
export function markSavePoint(db: Db, issueId: number, reason: 'explicit' | 'finalize', now: string): SavePoint {
  return db
    .transaction(() => {
      const stored = storedBody(db, issueId);
      if (!stored) throw issueNotFound(issueId);
      const latest = latestSavePoint(db, issueId);
      if (latest && latest.revision === stored.revision) {
        // The same state: one entry, named by the stronger reason (finalize > explicit > auto).
        if (latest.reason !== 'finalize' && latest.reason !== reason) setSavePointReason(db, latest.id, reason);
        return latestSavePoint(db, issueId)!;
      }
      insertSavePoint(db, issueId, reason, stored.revision, stored.document, now);
      return latestSavePoint(db, issueId)!;
    })
    .immediate();
}

export function savePointsOf(db: Db, issueId: number): SavePoint[] {
  if (!findIssueSummary(db, issueId)) throw issueNotFound(issueId);
  return listSavePoints(db, issueId);
}

export function diffSavePoint(db: Db, savePointId: number): VersionDiff {
  const found = findSavePoint(db, savePointId);
  if (!found) throw savePointNotFound(savePointId);
  const issue = findIssue(db, found.savePoint.issueId);
  if (!issue) throw issueNotFound(found.savePoint.issueId);
  const blocks = diffBlocks(printedBlockTexts(found.document), printedBlockTexts(issue.document));
  const count = (kind: string) => blocks.filter((b) => b.kind === kind).length;
  return { savePoint: found.savePoint, blocks, added: count('added'), removed: count('removed'), changed: count('changed') };
}

/** Puts a save point's body back in one step, after keeping the current body as a save point. */
export function restoreSavePoint(db: Db, savePointId: number, now: string): RestoreResult {
  return db
    .transaction(() => {
      const found = findSavePoint(db, savePointId);
      if (!found) throw savePointNotFound(savePointId);
      const issueId = found.savePoint.issueId;
      const summary = findIssueSummary(db, issueId);
      if (!summary) throw issueNotFound(issueId);
      if (summary.deletedAt !== null) {
        throw new AppError('CONFLICT', '这期简报在回收站中，请先恢复简报，再恢复它的历史版本。');
      }
      assertDraft(summary);
      const stored = storedBody(db, issueId)!;
      // Checked so a damaged current body is reported rather than kept as a save point nobody can open.
      parseStoredDocument(issueId, stored.document);
      const undoSavePointId = insertSavePoint(db, issueId, 'before-restore', stored.revision, stored.document, now);
      updateIssueDocument(db, issueId, found.document, now);
      const after = findIssueSummary(db, issueId)!;
      return { revision: after.revision, updatedAt: after.updatedAt, undoSavePointId };
    })
    .immediate();
}
