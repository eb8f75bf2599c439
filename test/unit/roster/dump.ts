/**
 * Every row of every ordinary table, to prove a refused request changed nothing. Unlike the services
 * helper it does not order by rowid, so WITHOUT ROWID tables (e.g. full-text index shadow tables)
 * are dumped too; a plain scan returns rows in a stable order for an unchanged database.
 */
import type { Db } from '../../../electron/services/db/connection';

export function dumpDatabase(db: Db): string {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const dump: Record<string, unknown> = { user_version: db.pragma('user_version', { simple: true }) };
  for (const table of tables) dump[table] = db.prepare(`SELECT * FROM "${table}"`).all();
  return JSON.stringify(dump);
}
