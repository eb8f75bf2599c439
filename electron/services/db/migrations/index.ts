/** Every migration, in order. Add a file `NNN_name.ts` and list it here; versions must be 1, 2, 3, … */
import { migration001 } from './001_initial';
import { migration002 } from './002_print_layout';
import { migration003 } from './003_roster';
import { migration004 } from './004_attendance';
import { migration005 } from './005_archive';
import { migration006 } from './006_series_templates';
import { migration007 } from './007_starting_points';
import { migration008 } from './008_proofread_ignores';
import { migration009 } from './009_record_confirmations';
import { migration010 } from './010_contents';
import { migration011 } from './011_pictures';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

/** The newest version: the last migration's (versions run 1, 2, 3, … without a gap). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
