/**
 * The one door into the services, shared by the Electron IPC host, the browser-mode HTTP host and the
 * tests: look up the channel, validate the raw input against its schema, run the handler, and turn
 * every outcome into a Result. Nothing reaches a handler unvalidated.
 */
import { z } from 'zod';
import type { Handlers } from '../../shared/contract/api';
import { contract, isChannelName } from '../../shared/contract/channels';
import { AppError, fail, ok, type Result } from '../../shared/contract/result';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + '：' : ''}${issue.message}`)
    .join('；');
}

export async function dispatch(handlers: Handlers, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel)) {
    return fail('UNKNOWN_CHANNEL', `未知的请求：${channel.slice(0, 60)}`);
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return fail('INVALID_INPUT', `请求内容不正确：${describeIssues(parsed.error)}`);
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    console.error(`[briefdesk] ${channel} failed:`, error);
    return fail('INTERNAL', '程序内部错误，操作未完成。请重试；如果反复出现，请联系维护人员。');
  }
}
