/** Every migration, in order. Add a file `NNN_name.ts` and list it here; versions must be 1, 2, 3, … */
import { migration001 } from './001_initial';
import { migration002 } from './002_print_layout';
import { migration003 } from './003_roster';
import { migration004 } from './004_attendance';
import { migration005 } from './005_archive';
import { migration006 } from './006_series_templates';
import { migration008 } from './008_proofread_ignores';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration008];

/**
 * The newest version: the last migration's. (Numbers are reserved per branch, so until every branch
 * is merged the list may skip one — 007 belongs to another change; once merged they run 1, 2, 3, ….)
 */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
