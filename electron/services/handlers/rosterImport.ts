/**
 * Roster import and export channels. A preview keeps the file's bytes under a random token for this
 * run of the app, so the commit stores exactly the file the clerk looked at without sending it again.
 */
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { listDepartments } from '../db/departmentsTable';
import { listPeople } from '../db/peopleTable';
import { buildRosterXlsx, rosterExportFileName } from '../roster/exportXlsx';
import { commitRoster, previewRoster, readRosterFile } from '../roster/importRoster';
import type { HandlerContext } from './context';

/** Previews kept at once; older ones are forgotten (the clerk previews again). */
const KEPT_PREVIEWS = 20;

interface KeptFile {
  fileName: string;
  bytes: Uint8Array;
}

function decodeBase64(base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64.replace(/\s/g, ''))) {
    throw new AppError('INVALID_INPUT', '文件内容不是有效的 base64 编码，请重新选择文件。');
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

type RosterImportChannels = 'roster.previewImport' | 'roster.commitImport' | 'roster.exportXlsx';

export function rosterImportHandlers(ctx: HandlerContext): Pick<Handlers, RosterImportChannels> {
  const { db } = ctx;
  const kept = new Map<string, KeptFile>();

  return {
    'roster.previewImport': async ({ fileName, base64 }) => {
      const bytes = decodeBase64(base64);
      const records = await readRosterFile(fileName, bytes);
      const token = randomUUID();
      kept.set(token, { fileName, bytes });
      while (kept.size > KEPT_PREVIEWS) kept.delete(kept.keys().next().value!);
      return previewRoster(db, records, fileName, token);
    },

    'roster.commitImport': async (input) => {
      let file: KeptFile;
      if ('token' in input) {
        const found = kept.get(input.token);
        if (!found) throw new AppError('NOT_FOUND', '导入预览已过期（程序重启过或预览了太多文件），请重新选择文件预览后再导入。');
        file = found;
      } else {
        file = { fileName: input.fileName, bytes: decodeBase64(input.base64) };
      }
      const records = await readRosterFile(file.fileName, file.bytes);
      const result = commitRoster(db, records, file.fileName, ctx.now());
      if ('token' in input) kept.delete(input.token);
      return result;
    },

    'roster.exportXlsx': async () => {
      const bytes = await buildRosterXlsx(listDepartments(db), listPeople(db, { includeInactive: true }));
      return { fileName: rosterExportFileName(ctx.today()), base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
