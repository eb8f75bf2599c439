/**
 * The one door into the services, shared by the Electron IPC host, the browser-mode HTTP host and the
 * tests: look up the channel, validate the raw input against its schema, run the handler, and turn
 * every outcome into a Result. Nothing reaches a handler unvalidated.
 */
import { z } from 'zod';
import type { Handlers } from '../../shared/contract/api';
import { contract, isChannelName } from '../../shared/contract/channels';
import { AppError, fail, ok, type Result } from '../../shared/contract/result';

// Schemas spell out their own Chinese messages; zod's built-in ones (an unknown key, a wrong type)
// reach the clerk too, so they are in Chinese as well. Global to zod, set where every request enters.
z.config(z.locales.zhCN());

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + '：' : ''}${issue.message}`)
    .join('；');
}

/**
 * better-sqlite3 throws `SqliteError` with an SQLITE_* code when the database itself refuses (disk
 * full, file locked, read-only folder). That is not a bug in the program, and the clerk needs to know
 * the change was not saved. Recognised by shape so this module does not load the native driver.
 */
function sqliteErrorCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

const DB_MESSAGES: Record<string, string> = {
  SQLITE_FULL: '磁盘空间已满',
  SQLITE_BUSY: '数据库正被另一个窗口或程序占用',
  SQLITE_LOCKED: '数据库正被另一个窗口或程序占用',
  SQLITE_READONLY: '数据库文件或其所在文件夹是只读的',
  SQLITE_IOERR: '读写数据库文件时出错',
  SQLITE_CANTOPEN: '无法打开数据库文件',
};

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
    const sqliteCode = sqliteErrorCode(error);
    if (sqliteCode && !sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
      const family = sqliteCode.replace(/^(SQLITE_[A-Z]+).*$/, '$1');
      const reason = DB_MESSAGES[family] ?? `数据库拒绝了这次操作（${sqliteCode}）`;
      console.error(`[briefdesk] ${channel} failed:`, error);
      return fail('DB_ERROR', `${reason}，操作未完成，数据没有改动。请检查后重试。`);
    }
    console.error(`[briefdesk] ${channel} failed:`, error);
    return fail('INTERNAL', '程序内部错误，操作未完成。请重试；如果反复出现，请联系维护人员。');
  }
}
