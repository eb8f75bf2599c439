/**
 * Issue 16: the clerk's confirmation that an issue has no records of a kind — 「本期无请假记录」 for
 * 考勤, 「本期无人进大厅」 for the visits — so 本期待办 can tell "none this week" from "not entered yet".
 * One row per issue and kind; it goes with its issue.
 */
import type { Migration } from './types';

export const migration009: Migration = {
  version: 9,
  name: 'record_confirmations',
  up(db) {
    db.exec(`
      CREATE TABLE issue_record_confirmations (
        issue_id     INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        kind         TEXT    NOT NULL CHECK (kind IN ('attendance', 'leaderVisits')),
        confirmed_at TEXT    NOT NULL,
        PRIMARY KEY (issue_id, kind)
      ) STRICT;
    `);
  },
};
