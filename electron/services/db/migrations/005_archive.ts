/**
 * The archive: a search index over every issue and the save points of version history.
 *
 * The index text (generated numbers, masthead lines) is computed in TypeScript, so SQL cannot build it;
 * instead triggers mark an issue stale in the same transaction as every write that changes what it
 * shows (insert, body, meta, the series' title or issuer), and the search service re-indexes the stale
 * issues before it answers. No write path — the editor, an import, a future one — can forget.
 *
 * search_blocks holds one row per block (block_index ≥ 0) and one for the masthead (-1); its `text`
 * is the plain column that 1–2 character queries scan with instr(). search_fts is an external-content
 * FTS5 table over it with the trigram tokenizer for queries of 3+ characters (GUIDE §4). Both are
 * case-sensitive so the two routes find the same things.
 */
import type { Migration } from './types';

const STALE_COLUMNS = 'document, year, number, total_number, issue_date, period_start, period_end, part_title, series_id';

export const migration005: Migration = {
  version: 5,
  name: 'archive',
  up(db) {
    db.exec(`
      CREATE TABLE search_blocks (
        id          INTEGER PRIMARY KEY,
        issue_id    INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        block_index INTEGER NOT NULL CHECK (block_index >= -1),
        text        TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX search_blocks_issue ON search_blocks (issue_id, block_index);

      CREATE VIRTUAL TABLE search_fts USING fts5(
        text, content = 'search_blocks', content_rowid = 'id', tokenize = 'trigram case_sensitive 1'
      );
      CREATE TRIGGER search_blocks_ai AFTER INSERT ON search_blocks BEGIN
        INSERT INTO search_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER search_blocks_ad AFTER DELETE ON search_blocks BEGIN
        INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER search_blocks_au AFTER UPDATE ON search_blocks BEGIN
        INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO search_fts (rowid, text) VALUES (new.id, new.text);
      END;

      CREATE TABLE search_stale (issue_id INTEGER PRIMARY KEY) STRICT;
      CREATE TRIGGER issues_search_insert AFTER INSERT ON issues BEGIN
        INSERT OR IGNORE INTO search_stale (issue_id) VALUES (new.id);
      END;
      CREATE TRIGGER issues_search_update AFTER UPDATE OF ${STALE_COLUMNS} ON issues BEGIN
        INSERT OR IGNORE INTO search_stale (issue_id) VALUES (new.id);
      END;
      CREATE TRIGGER series_search_update AFTER UPDATE OF title, issuer, has_total ON series BEGIN
        INSERT OR IGNORE INTO search_stale (issue_id) SELECT id FROM issues WHERE series_id = new.id;
      END;
      INSERT INTO search_stale (issue_id) SELECT id FROM issues;

      -- Newest first: short queries walk issues in this order and stop at the limit.
      CREATE INDEX issues_newest ON issues (issue_date DESC, id DESC);

      CREATE TABLE issue_versions (
        id         INTEGER PRIMARY KEY,
        issue_id   INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        created_at TEXT    NOT NULL,
        reason     TEXT    NOT NULL CHECK (reason IN ('auto', 'explicit', 'finalize', 'before-restore')),
        revision   INTEGER NOT NULL CHECK (revision >= 1),
        document   TEXT    NOT NULL CHECK (json_valid(document))
      ) STRICT;
      CREATE INDEX issue_versions_issue ON issue_versions (issue_id, id);
    `);
  },
};
