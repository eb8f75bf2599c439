/**
 * Roster import and export channels. A preview keeps the file (as the base64 it came in) under a
 * random token for this run of the app, so the commit stores exactly the file the clerk looked at
 * without sending it again. Reading, planning and storing a file are heavy tasks
 * (roster/rosterTasks.ts): a large XLSX is parsed off the host's event loop.
 */
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import { listDepartments } from '../db/departmentsTable';
import { listPeople } from '../db/peopleTable';
import { runHeavy } from '../heavy/run';
import { buildRosterXlsx, rosterExportFileName } from '../roster/exportXlsx';
import type { RosterFileInput } from '../roster/rosterTasks';
import type { HandlerContext } from './context';

/** Previews kept at once; older ones are forgotten (the clerk previews again). */
const KEPT_PREVIEWS = 20;

type RosterImportChannels = 'roster.previewImport' | 'roster.commitImport' | 'roster.exportXlsx';

export function rosterImportHandlers(ctx: HandlerContext): Pick<Handlers, RosterImportChannels> {
  const { db } = ctx;
  const kept = new Map<string, RosterFileInput>();

  return {
    'roster.previewImport': async ({ fileName, base64 }) => {
      const token = randomUUID();
      const preview = await runHeavy(ctx, 'roster.preview', { fileName, base64, token });
      kept.set(token, { fileName, base64 });
      while (kept.size > KEPT_PREVIEWS) kept.delete(kept.keys().next().value!);
      return preview;
    },

    'roster.commitImport': async (input) => {
      let file: RosterFileInput;
      if ('token' in input) {
        const found = kept.get(input.token);
        if (!found) throw new AppError('NOT_FOUND', '导入预览已过期（程序重启过或预览了太多文件），请重新选择文件预览后再导入。');
        file = found;
      } else {
        file = { fileName: input.fileName, base64: input.base64 };
      }
      const result = await runHeavy(ctx, 'roster.commit', { ...file, now: ctx.now() });
      if ('token' in input) kept.delete(input.token);
      return result;
    },

    'roster.exportXlsx': async () => {
      const bytes = await buildRosterXlsx(listDepartments(db), listPeople(db, { includeInactive: true }));
      return { fileName: rosterExportFileName(ctx.today()), base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
