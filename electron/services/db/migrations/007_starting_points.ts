/**
 * Starting points (接续往期, issue 10): where a series stood in the clerk's Word archive before its
 * first issue in BriefDesk — the last printed 期号/总期号, its date and period end — and the opening
 * balances, the 今年以来 figure of each metric as of that issue. The proposal of the next issue and
 * the year-to-date totals rest on it while no live issue comes after it.
 *
 * One starting point per series; its balances go with it, and with their metric (a deleted metric
 * prints nothing, so its opening balance means nothing either).
 */
import type { Migration } from './types';

export const migration007: Migration = {
  version: 7,
  name: 'starting_points',
  up(db) {
    db.exec(`
      CREATE TABLE series_starting_points (
        series_id    INTEGER PRIMARY KEY REFERENCES series (id) ON DELETE CASCADE,
        year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        number       INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
        total_number INTEGER CHECK (total_number IS NULL OR total_number BETWEEN 1 AND 999999),
        issue_date   TEXT    NOT NULL CHECK (length(issue_date) = 10),
        period_end   TEXT    CHECK (period_end IS NULL OR length(period_end) = 10)
      ) STRICT;

      CREATE TABLE opening_balances (
        series_id INTEGER NOT NULL REFERENCES series_starting_points (series_id) ON DELETE CASCADE,
        metric_id INTEGER NOT NULL REFERENCES metrics (id) ON DELETE CASCADE,
        total     INTEGER NOT NULL CHECK (total >= 0),
        PRIMARY KEY (series_id, metric_id)
      ) STRICT;
      CREATE INDEX opening_balances_metric ON opening_balances (metric_id);
    `);
  },
};
