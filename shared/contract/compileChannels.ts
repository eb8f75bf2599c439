/**
 * The 合订本 (yearly compilation): a long job with progress and a cancel, as three calls — start
 * answers a job number, progress is polled (what is done, then the file or the error once), cancel
 * asks the job to stop. The file crosses as base64 like every export; the UI saves it.
 */
import { z } from 'zod';
import type { AppErrorData } from './result';
import type { ExportedFile } from './printingChannels';
import { channel, id } from './define';

export const compileFormatSchema = z.enum(['docx', 'pdf'], { error: '合订本的格式应为 Word（docx）或 PDF' });

export const compileRequestSchema = z.strictObject({
  seriesId: id,
  year: z.int({ error: '年份应为整数' }).min(2000, { error: '年份应在2000–2100年之间' }).max(2100, { error: '年份应在2000–2100年之间' }),
  /** Every live issue of the year, drafts too; otherwise only the finalized (定稿) ones. */
  all: z.boolean({ error: '“全部期次”应为是或否' }).default(false),
  /** Page numbers restart at 1 with each issue; otherwise they run on through the volume. */
  perIssuePages: z.boolean({ error: '“每期单独编页码”应为是或否' }).default(false),
  format: compileFormatSchema,
});
export type CompileRequestInput = z.input<typeof compileRequestSchema>;

export type CompileJobState = 'running' | 'done' | 'failed' | 'cancelled';

/** How far a 合订本 has come; `file` (once done) and `error` (once failed) are answered once. */
export interface CompileProgress {
  jobId: number;
  state: CompileJobState;
  done: number;
  total: number;
  /** What is being worked on: `正在排版2025年第3期`. */
  label: string | null;
  file: ExportedFile | null;
  /** Pages of the volume, once done. */
  pages: number | null;
  error: AppErrorData | null;
}

export const compileChannels = {
  /** Starts making the 合订本 of a series' year; refusals (nothing to bind, a layout that cannot hold the grid) answer at once. */
  'compile.start': channel<{ jobId: number }>()(compileRequestSchema),
  /** The job's progress; once it has ended, its file or error (a finished job is then forgotten). */
  'compile.progress': channel<CompileProgress>()(z.strictObject({ jobId: id })),
  /** Asks the job to stop; nothing is kept. False when no such job is running. */
  'compile.cancel': channel<{ cancelled: boolean }>()(z.strictObject({ jobId: id })),
} as const;
