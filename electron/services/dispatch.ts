/**
 * The one door into the services, shared by the Electron IPC host, the browser-mode HTTP host and the
 * tests: look up the channel, validate the raw input against its schema, run the handler, and turn
 * every outcome into a Result. Nothing reaches a handler unvalidated.
 */
import { z } from 'zod';
import type { Handlers } from '../../shared/contract/api';
import { contract, isChannelName, type ChannelName } from '../../shared/contract/channels';
import type { IssueIdField } from '../../shared/contract/define';
import { AppError, fail, ok, type Result } from '../../shared/contract/result';
import { sqliteErrorCode, sqliteRefusalMessage } from './db/errors';
import { DRAFT_GUARD, type DraftGuard } from './handlers/draftGuard';
import { inputShapeProblem } from './inputShape';

// Schemas spell out their own Chinese messages; zod's built-in ones (an unknown key, a wrong type)
// reach the clerk too, so they are in Chinese as well. Global to zod, set where every request enters.
z.config(z.locales.zhCN());

/**
 * An error repeats at most this much of what it was sent: a million unknown keys, or a 10 MB string
 * in a wrong field, must not come back as a 10 MB message (the clerk reads a sentence, not the input).
 */
export const MAX_ERROR_MESSAGE_CHARS = 500;

function capped(message: string): string {
  const chars = Array.from(message);
  return chars.length <= MAX_ERROR_MESSAGE_CHARS ? message : `${chars.slice(0, MAX_ERROR_MESSAGE_CHARS - 1).join('')}…`;
}

/** Validates without ever throwing: a schema's refinement that crashes on odd input is a refusal too. */
function parseInput(schema: z.ZodType, raw: unknown): { ok: true; data: unknown } | { ok: false; message: string } {
  const shapeProblem = inputShapeProblem(raw);
  if (shapeProblem) return { ok: false, message: `请求内容不正确：${shapeProblem}，未做任何改动。` };
  try {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, data: parsed.data };
    return { ok: false, message: capped(`请求内容不正确：${describeIssues(parsed.error)}`) };
  } catch (error) {
    console.error('[briefdesk] validation failed:', error);
    return { ok: false, message: '请求内容不正确：数据的结构无法识别，未做任何改动。' };
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + '：' : ''}${issue.message}`)
    .join('；');
}

/** A handler table and, when it serves channels that write an issue, the 定稿 check for them. */
export type DispatchTable = Partial<Handlers> & { [DRAFT_GUARD]?: DraftGuard };

/**
 * The contract's 定稿 rule: a channel declared `writesIssue` is refused on a finalized issue before
 * its handler runs. A table without the check cannot run such a channel at all (fail closed).
 */
function guardIssueWrite(handlers: DispatchTable, channel: ChannelName, input: unknown): void {
  const field = (contract[channel] as { writesIssue?: IssueIdField }).writesIssue;
  if (field === undefined) return;
  const guard = handlers[DRAFT_GUARD];
  if (!guard) throw new Error(`${channel} writes an issue but the handler table has no 定稿 check`);
  guard((input as Record<IssueIdField, number>)[field]);
}

/**
 * `handlers` is the full table (createHandlers) or part of it (the command line's listing table,
 * handlers/listing.ts): a channel the table lacks is answered like an unknown one.
 */
export async function dispatch(handlers: DispatchTable, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel) || handlers[channel] === undefined) {
    return fail('UNKNOWN_CHANNEL', `未知的请求：${channel.slice(0, 60)}`);
  }
  const parsed = parseInput(contract[channel].input, rawInput ?? {});
  if (!parsed.ok) return fail('INVALID_INPUT', parsed.message);
  try {
    guardIssueWrite(handlers, channel, parsed.data);
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, capped(error.message));
    const sqliteCode = sqliteErrorCode(error);
    if (sqliteCode && !sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
      console.error(`[briefdesk] ${channel} failed:`, error);
      return fail('DB_ERROR', sqliteRefusalMessage(sqliteCode));
    }
    console.error(`[briefdesk] ${channel} failed:`, error);
    return fail('INTERNAL', '程序内部错误，操作未完成。请重试；如果反复出现，请联系维护人员。');
  }
}
