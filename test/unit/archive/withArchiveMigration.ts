/**
 * Until migration 004 (attendance) lands, 005 cannot be listed in migrations/index.ts (versions must be
 * consecutive). Tests import this mock factory so they run with 005 meanwhile; it does nothing once
 * 005 is listed.
 */
import type { Migration } from '../../../electron/services/db/migrations/types';
import { migration005 } from '../../../electron/services/db/migrations/005_archive';

export function withArchive(actual: { MIGRATIONS: readonly Migration[] }) {
  const listed = actual.MIGRATIONS.some((m) => m.version === migration005.version);
  const MIGRATIONS = listed ? actual.MIGRATIONS : [...actual.MIGRATIONS, migration005];
  return { ...actual, MIGRATIONS, LATEST_SCHEMA_VERSION: MIGRATIONS[MIGRATIONS.length - 1]!.version };
}
