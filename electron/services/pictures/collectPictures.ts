/**
 * Freeing pictures no one needs any more. A picture stays stored while any issue body (live or in the
 * recycle bin), any kept save point (历史版本, which a restore puts back) or any template section names
 * it; the rest is deleted. Save points go only with their issue (issues.purge, ON DELETE CASCADE), so
 * a picture removed from an issue stays until that issue is deleted for good.
 *
 * When it runs: at start-up (openArchive), when no editor is open yet, over every picture; and after
 * issues.purge over the pictures the purged issue used only (a picture inserted in an open editor and
 * not saved yet is named by no stored body, and must not be taken from under it).
 *
 * Linear in the data: one statement, SQLite walking (json_tree) only the JSON texts that contain a
 * picture key at all, in one IMMEDIATE transaction so no save lands between the reading and the delete.
 */
import type { Db } from '../db/connection';
import { deletePictures } from '../db/picturesTable';

/** Every stored JSON text that can name a picture, as (text) rows. */
const DOCUMENTS = `
  SELECT document AS json FROM issues WHERE instr(document, '"pictureId"') > 0
  UNION ALL SELECT document FROM issue_versions WHERE instr(document, '"pictureId"') > 0
  UNION ALL SELECT block FROM template_sections WHERE block IS NOT NULL AND instr(block, '"pictureId"') > 0`;

/** The picture ids the JSON texts of a `SELECT … AS json` name, wherever they sit in the tree. */
function namedIn(documents: string): string {
  return `SELECT DISTINCT node.value FROM (${documents}) AS doc, json_tree(doc.json) AS node
    WHERE node.key = 'pictureId' AND node.type = 'text'`;
}

const USED_IDS = namedIn(DOCUMENTS);

/** The pictures an issue's body and its save points name: what purging it may leave unused. */
export function pictureIdsOfIssue(db: Db, issueId: number): string[] {
  const documents = `SELECT document AS json FROM issues WHERE id = @issueId AND instr(document, '"pictureId"') > 0
    UNION ALL SELECT document FROM issue_versions WHERE issue_id = @issueId AND instr(document, '"pictureId"') > 0`;
  return db.prepare(namedIn(documents)).pluck().all({ issueId }) as string[];
}

/**
 * Deletes the stored pictures nothing names; with `candidates`, only among those; with `storedBefore`
 * (an ISO instant), only those stored before it. Returns how many were freed. Runs in its own
 * IMMEDIATE transaction, or as a savepoint inside the caller's.
 */
export function collectUnusedPictures(db: Db, candidates?: readonly string[], storedBefore?: string): number {
  return db
    .transaction(() => {
      if (candidates === undefined) {
        return db.prepare(`DELETE FROM pictures WHERE id NOT IN (${USED_IDS}) AND created_at < ?`).run(storedBefore ?? '9999').changes;
      }
      if (candidates.length === 0) return 0;
      const used = new Set(db.prepare(USED_IDS).pluck().all() as string[]);
      return deletePictures(
        db,
        candidates.filter((id) => !used.has(id)),
      );
    })
    .immediate();
}
