/**
 * The roster import as heavy tasks (heavy/tasks.ts): parsing a CSV or XLSX file (exceljs takes
 * seconds on a large sheet) and planning or storing it run off the host's event loop. The file
 * travels as the base64 the contract carries and is decoded here, so not even that blocks the host.
 */
import type { RosterImportPreview, RosterImportResult } from '../../../shared/roster/types';
import { AppError } from '../../../shared/contract/result';
import type { Db } from '../db/connection';
import { commitRoster, previewRoster, readRosterFile } from './importRoster';

export interface RosterFileInput {
  fileName: string;
  base64: string;
}

export function decodeRosterBase64(base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64.replace(/\s/g, ''))) {
    throw new AppError('INVALID_INPUT', '文件内容不是有效的 base64 编码，请重新选择文件。');
  }
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** The token is the host's: it keeps the file under it once the preview succeeded (handlers/rosterImport.ts). */
export async function previewRosterTask(db: Db, input: RosterFileInput & { token: string }): Promise<RosterImportPreview> {
  const records = await readRosterFile(input.fileName, decodeRosterBase64(input.base64));
  return previewRoster(db, records, input.fileName, input.token);
}

export async function commitRosterTask(db: Db, input: RosterFileInput & { now: string }): Promise<RosterImportResult> {
  const records = await readRosterFile(input.fileName, decodeRosterBase64(input.base64));
  return commitRoster(db, records, input.fileName, input.now);
}
