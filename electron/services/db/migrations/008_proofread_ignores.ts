/**
 * 校对 (issue 11): the findings the clerk chose to 忽略, per issue. A finding is remembered by its key
 * (rule, kind of place, the text found and a few characters around it; shared/proofread/run.ts), not
 * by position, so an edit elsewhere in the body does not bring it back. Deleting an issue for good
 * deletes its ignored findings with it.
 */
import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  name: 'proofread_ignores',
  up(db) {
    db.exec(`
      CREATE TABLE proofread_ignores (
        issue_id    INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        finding_key TEXT    NOT NULL CHECK (length(finding_key) BETWEEN 1 AND 500),
        ignored_at  TEXT    NOT NULL,
        PRIMARY KEY (issue_id, finding_key)
      ) WITHOUT ROWID;
    `);
  },
};
