/** Import of past issues: preview a file (nothing stored), save a previewed structure. */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { previewImport, saveImportedIssue } from '../import';
import type { HandlerContext } from './context';

type ImportChannels = 'import.preview' | 'import.save';

function fromBase64(fileName: string, base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new AppError('INVALID_INPUT', `无法导入“${fileName}”：文件内容传输有误（不是 base64）。`);
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export function importHandlers(ctx: HandlerContext): Pick<Handlers, ImportChannels> {
  const { db } = ctx;
  return {
    'import.preview': ({ fileName, base64 }) => previewImport(db, fileName, fromBase64(fileName, base64)),
    // IMMEDIATE from the first statement: a deferred transaction that reads, then writes, is refused at
    // once (SQLITE_BUSY_SNAPSHOT) when another process wrote in between; this one waits its turn.
    // saveImportedIssue's own transaction runs inside as a savepoint.
    'import.save': ({ draft, seriesId, replaceExisting }) =>
      db.transaction(() => saveImportedIssue(db, draft, { seriesId, replaceExisting }, ctx.now())).immediate(),
  };
}
