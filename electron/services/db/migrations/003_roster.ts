/**
 * The roster: departments in roster order and their people. A department's printed name is unique;
 * a person's name is unique within a department only (same-name people in different departments are
 * normal). Deactivating keeps the row, so past attendance entries and visits still name their person.
 */
import type { Migration } from './types';

const FLAG = (column: string) => `${column} INTEGER NOT NULL DEFAULT 1 CHECK (${column} IN (0, 1))`;

export const migration003: Migration = {
  version: 3,
  name: 'roster',
  up(db) {
    db.exec(`
      CREATE TABLE departments (
        id         INTEGER PRIMARY KEY,
        name       TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 50),
        full_name  TEXT    NOT NULL DEFAULT '' CHECK (length(full_name) <= 200),
        sort_order INTEGER NOT NULL,
        ${FLAG('active')},
        created_at TEXT    NOT NULL,
        updated_at TEXT    NOT NULL
      ) STRICT;

      CREATE TABLE people (
        id            INTEGER PRIMARY KEY,
        department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
        name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
        title         TEXT    NOT NULL DEFAULT '' CHECK (length(title) <= 200),
        sort_order    INTEGER NOT NULL,
        ${FLAG('active')},
        created_at    TEXT    NOT NULL,
        updated_at    TEXT    NOT NULL,
        UNIQUE (department_id, name)
      ) STRICT;

      CREATE INDEX departments_order ON departments (sort_order, id);
      CREATE INDEX people_order ON people (department_id, sort_order, id);
    `);
  },
};
