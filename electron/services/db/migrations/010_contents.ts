/**
 * Issue 12, item 7: 本期要目. A series says whether its issues print the contents box under the
 * masthead and whether it lists level-2 headings too (both off by default: nothing changes for a
 * series until the clerk turns it on); an issue may say otherwise, one row per issue that does, each
 * column NULL where it follows its series. The row goes with its issue.
 */
import type { Migration } from './types';

const FLAG = (column: string) => `INTEGER CHECK (${column} IS NULL OR ${column} IN (0, 1))`;

export const migration010: Migration = {
  version: 10,
  name: 'contents',
  up(db) {
    db.exec(`
      ALTER TABLE series ADD COLUMN contents_enabled INTEGER NOT NULL DEFAULT 0 CHECK (contents_enabled IN (0, 1));
      ALTER TABLE series ADD COLUMN contents_level2  INTEGER NOT NULL DEFAULT 0 CHECK (contents_level2 IN (0, 1));
      CREATE TABLE issue_contents (
        issue_id INTEGER PRIMARY KEY REFERENCES issues (id) ON DELETE CASCADE,
        enabled  ${FLAG('enabled')},
        level2   ${FLAG('level2')}
      ) STRICT;
    `);
  },
};
