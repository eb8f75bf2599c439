/**
 * Issue 14: pictures. The image bytes live in the database, not at a path that can break; a picture
 * block names its image by the SHA-256 of the bytes, so inserting the same photo twice stores it once.
 * A row is kept while an issue or a kept version still uses it (the pictures service frees the rest).
 */
import type { Migration } from './types';

export const migration011: Migration = {
  version: 11,
  name: 'pictures',
  up(db) {
    db.exec(`
      CREATE TABLE pictures (
        id           TEXT PRIMARY KEY CHECK (length(id) = 64),
        mime         TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
        pixel_width  INTEGER NOT NULL CHECK (pixel_width > 0),
        pixel_height INTEGER NOT NULL CHECK (pixel_height > 0),
        byte_size    INTEGER NOT NULL CHECK (byte_size > 0),
        bytes        BLOB NOT NULL,
        created_at   TEXT NOT NULL
      ) STRICT;
    `);
  },
};
