/**
 * Loading an issue's print job, and the DOCX export as a heavy task: the docx package builds the
 * whole document in memory (hundreds of milliseconds for a long issue), so it runs off the host's
 * event loop (heavy/tasks.ts). The bytes come back as they are; the handler encodes them.
 */
import type { Db } from '../db/connection';
import { buildDocx } from './docx';
import { exportFileName } from './fileName';
import { dbPictureSource, missingPicturesWarning, type RecordingSource } from './pictureSource';
import { printJob, type PrintJob } from './printJob';
import { requireEffectiveContents, requireIssue, requireIssueClosing, requireSeries } from '../issues/require';

export interface LoadedJob {
  job: PrintJob & { pictures: RecordingSource };
  fileName(extension: 'docx' | 'pdf'): string;
}

/** Any stored issue, live or in the recycle bin: what can be viewed can be exported. */
export function loadJob(db: Db, id: number): LoadedJob {
  const issue = requireIssue(db, id);
  const series = requireSeries(db, issue.seriesId);
  return {
    job: { ...printJob(series, issue, requireIssueClosing(db, id), requireEffectiveContents(db, id)), pictures: dbPictureSource(db) },
    fileName: (extension) => exportFileName(series, issue, extension),
  };
}

/** `warning`: what the export answer says when pictures were missing (printed as 图片缺失 boxes). */
export async function exportDocxTask(
  db: Db,
  input: { id: number },
): Promise<{ fileName: string; bytes: Uint8Array; warning: string | null }> {
  const { job, fileName } = loadJob(db, input.id);
  const bytes = await buildDocx(job.issue, job.layout, job.pictures);
  return { fileName: fileName('docx'), bytes, warning: missingPicturesWarning(job.pictures.missing) };
}
