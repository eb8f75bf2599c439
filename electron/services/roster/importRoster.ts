/**
 * The roster import as the channels and the command line use it: read the file, plan against the
 * stored roster (preview), or plan and store every good row in one transaction (commit). A failure
 * anywhere in the commit rolls the whole import back.
 */
import { AppError } from '../../../shared/contract/result';
import type { RosterImportPreview, RosterImportResult } from '../../../shared/roster/types';
import type { Db } from '../db/connection';
import { applyPlan } from './apply';
import { MAX_IMPORT_ROWS, planImport, type ImportPlan } from './plan';
import { readRosterTable } from './readTable';
import { toRosterRecords, type RosterRecords } from './records';

export async function readRosterFile(fileName: string, bytes: Uint8Array): Promise<RosterRecords> {
  const records = toRosterRecords(await readRosterTable(fileName, bytes));
  if (records.records.length > MAX_IMPORT_ROWS) {
    throw new AppError(
      'INVALID_INPUT',
      `文件有 ${records.records.length} 行人员，超过一次最多导入 ${MAX_IMPORT_ROWS} 行的限制，请分批导入。`,
    );
  }
  return records;
}

export function previewRoster(db: Db, records: RosterRecords, fileName: string, token: string): RosterImportPreview {
  const plan = planImport(db, records);
  return { token, fileName, rows: plan.rows, badRows: plan.badRows, departments: plan.departments, counts: plan.counts };
}

export function commitRoster(db: Db, records: RosterRecords, fileName: string, now: string): RosterImportResult {
  const plan: ImportPlan = db
    .transaction(() => {
      const planned = planImport(db, records);
      applyPlan(db, planned, now);
      return planned;
    })
    .immediate();
  return { fileName, counts: plan.counts, badRows: plan.badRows };
}
