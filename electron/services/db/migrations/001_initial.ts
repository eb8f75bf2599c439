/**
 * Series and issues. STRICT tables and CHECK constraints repeat the contract's limits so that a bug in
 * a handler cannot store what the UI could never have sent. An issue number is unique among the live
 * issues of a series only: a deleted issue keeps its number in the recycle bin without blocking it.
 */
import type { Migration } from './types';

const ISO_DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE series (
        id          INTEGER PRIMARY KEY,
        title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        issuer      TEXT    NOT NULL CHECK (length(issuer) <= 200),
        period_kind TEXT    NOT NULL CHECK (period_kind IN ('week', 'month', 'custom')),
        has_total   INTEGER NOT NULL CHECK (has_total IN (0, 1)),
        part_title  TEXT             CHECK (part_title IS NULL OR length(part_title) <= 200),
        created_at  TEXT    NOT NULL
      ) STRICT;

      CREATE TABLE issues (
        id           INTEGER PRIMARY KEY,
        series_id    INTEGER NOT NULL REFERENCES series (id) ON DELETE RESTRICT,
        year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        number       INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
        total_number INTEGER          CHECK (total_number IS NULL OR total_number BETWEEN 1 AND 999999),
        issue_date   TEXT    NOT NULL CHECK (issue_date GLOB ${ISO_DATE}),
        period_start TEXT             CHECK (period_start IS NULL OR period_start GLOB ${ISO_DATE}),
        period_end   TEXT             CHECK (period_end IS NULL OR period_end GLOB ${ISO_DATE}),
        part_title   TEXT             CHECK (part_title IS NULL OR length(part_title) <= 200),
        document     TEXT    NOT NULL CHECK (json_valid(document)),
        revision     INTEGER NOT NULL CHECK (revision >= 1),
        created_at   TEXT    NOT NULL,
        updated_at   TEXT    NOT NULL,
        deleted_at   TEXT,
        CHECK ((period_start IS NULL) = (period_end IS NULL)),
        CHECK (period_start IS NULL OR period_start <= period_end)
      ) STRICT;

      CREATE UNIQUE INDEX issues_live_number ON issues (series_id, year, number) WHERE deleted_at IS NULL;
      CREATE INDEX issues_recycle_bin ON issues (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
    db.prepare(
      `INSERT INTO series (title, issuer, period_kind, has_total, part_title, created_at)
       VALUES (?, ?, 'week', 1, NULL, ?)`,
    ).run('窗口工作周报', '四川省政府政务服务和公共资源交易服务中心', new Date().toISOString());
  },
};
