/**
 * JSON columns checked against a zod schema both ways: what the schema refuses is never written, and
 * a stored value that no longer matches is reported (never silently replaced by a default).
 */
import type { z } from 'zod';
import { AppError } from '../../../shared/contract/result';

/** The stored text parsed and checked; null stays null. `corrupt` names the damage in Chinese. */
export function parseJsonColumn<S extends z.ZodType>(text: string | null, schema: S, corrupt: () => AppError): z.output<S> | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw corrupt();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw corrupt();
  return parsed.data;
}

/**
 * The value as it is stored: checked again (the handlers already validated; this keeps the table
 * honest whoever calls it) and normalised by the schema; null stays null.
 */
export function serializeJsonColumn<S extends z.ZodType>(value: unknown, schema: S, what: string): string | null {
  if (value === null) return null;
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message ?? '';
    throw new AppError('INVALID_INPUT', `${what}不正确：${first}`);
  }
  return JSON.stringify(parsed.data);
}
