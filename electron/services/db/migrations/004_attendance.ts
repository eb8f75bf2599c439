/**
 * Attendance and leader visits (issue 4b): the ordered list of leave types (seeded with the nine the
 * clerk uses), the clerk's holiday calendar (no official dates shipped: the clerk enters each year's),
 * attendance entries and visits of an issue, and the settings of the generated sections.
 *
 * Entries and visits belong to their issue (deleted with it for good). An entry's person and leave
 * type cannot be deleted while used (the roster deactivates people instead); a visit keeps its typed
 * name, title and department when its roster person is deleted.
 */
import { DEFAULT_ATTENDANCE_SETTINGS, DEFAULT_LEAVE_TYPES } from '../../../../shared/attendance/types';
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'attendance',
  up(db) {
    db.exec(`
      CREATE TABLE leave_types (
        id       INTEGER PRIMARY KEY,
        name     TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 20),
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE calendar_days (
        date TEXT NOT NULL PRIMARY KEY CHECK (length(date) = 10),
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 50)
      ) STRICT;

      CREATE TABLE attendance_entries (
        id            INTEGER PRIMARY KEY,
        issue_id      INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        person_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
        leave_type_id INTEGER NOT NULL REFERENCES leave_types (id) ON DELETE RESTRICT,
        start_date    TEXT    NOT NULL CHECK (length(start_date) = 10),
        end_date      TEXT    NOT NULL CHECK (length(end_date) = 10),
        note          TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 200),
        position      INTEGER NOT NULL,
        CHECK (start_date <= end_date)
      ) STRICT;
      CREATE INDEX attendance_by_issue ON attendance_entries (issue_id, position);
      CREATE INDEX attendance_by_person ON attendance_entries (person_id);

      CREATE TABLE visits (
        id         INTEGER PRIMARY KEY,
        issue_id   INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
        person_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
        name       TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        title      TEXT    NOT NULL DEFAULT '' CHECK (length(title) <= 200),
        department TEXT    NOT NULL DEFAULT '' CHECK (length(department) <= 50),
        visit_date TEXT    NOT NULL CHECK (length(visit_date) = 10),
        kind       TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 20),
        position   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX visits_by_issue ON visits (issue_id, position);

      CREATE TABLE attendance_settings (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        settings TEXT    NOT NULL CHECK (json_valid(settings))
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO leave_types (name, position) VALUES (?, ?)');
    DEFAULT_LEAVE_TYPES.forEach((name, i) => insert.run(name, i));
    db.prepare('INSERT INTO attendance_settings (id, settings) VALUES (1, ?)').run(JSON.stringify(DEFAULT_ATTENDANCE_SETTINGS));
  },
};
