/**
 * The shapes the JSON columns hold, apart from the contract's request schemas. A request schema is the
 * rule for what a clerk may submit today: its limits (报尾最多12行, 发送对象最多100个, a sentence of at
 * most 100 characters), trimming and Chinese messages for the form. A stored shape is what any row
 * written by this or an earlier version may hold, and keeps only what the data needs to mean anything
 * (types, kinds, labels, ids, positive counts). So a request limit tightened in a later version never
 * turns an existing row into an error: the row reads and prints, and the next edit meets the new limit.
 *
 * The tables check both their reads and their writes against these shapes (jsonColumn.ts): a write
 * that passed the request schema always passes, and a value read back and written again (a series'
 * 报尾 copied into a new issue) is never refused for a limit it was stored under.
 *
 * A row of an older shape is brought to today's by an explicit upgrade function before the check,
 * as documents are (shared/document/upgrade.ts); each has a test (test/unit/services/storedShapes.test.ts).
 *
 * The layout overrides are not here: their ranges are not request limits but what the grid can hold
 * (shared/layout/overrides.ts), and a layout outside them cannot be printed right.
 */
import { z } from 'zod';
import { DEFAULT_ATTENDANCE_SETTINGS, type AttendanceSettings } from '../../../shared/attendance/types';
import type { CopyPlan } from '../../../shared/issues/types';
import { CLOSING_LABELS, type PrintableClosing } from '../../../shared/layout/issueView';
import type { TemplateBlock } from '../../../shared/templates/types';

const count = z.int().min(1);
const storedId = z.int().min(1);

export const storedClosingShape = z.object({
  lines: z.array(z.object({ label: z.enum(CLOSING_LABELS), text: z.string() })),
  copies: count.nullable(),
}) satisfies z.ZodType<PrintableClosing>;

export const storedCopyPlanShape = z.object({
  recipients: z.array(z.object({ name: z.string(), copies: count })).min(1),
}) satisfies z.ZodType<CopyPlan>;

export const storedTemplateBlockShape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('attendance') }),
  z.object({ kind: z.literal('leaderVisits') }),
  z.object({ kind: z.literal('statistics'), groupId: storedId, form: z.enum(['sentence', 'table']) }),
  z.object({ kind: z.literal('hallInspection'), checks: z.array(z.object({ label: z.string(), text: z.string() })) }),
]) satisfies z.ZodType<TemplateBlock>;

const storedAttendanceSettingsObject = z.object({
  threshold: count,
  heading: z.string(),
  none: z.string(),
  order: z.enum(['roster', 'entry']),
  visitsNone: z.string(),
}) satisfies z.ZodType<AttendanceSettings>;

/**
 * Attendance settings stored before one of today's fields existed: that field takes its default, the
 * one a fresh database starts with, so adding a setting never needs a migration to rewrite the row.
 * Anything that is not an object is left for the check to refuse.
 */
export function upgradeStoredAttendanceSettings(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  return { ...DEFAULT_ATTENDANCE_SETTINGS, ...raw };
}

export const storedAttendanceSettingsShape = z.preprocess(upgradeStoredAttendanceSettings, storedAttendanceSettingsObject);
