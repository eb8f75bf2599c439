/**
 * The 合订本 channels: a job per start, kept in this handler table's memory while it runs and until
 * its end has been answered once by compile.progress. What can be refused is refused by
 * compile.start itself, before a job exists: an unknown series, a layout that cannot hold the grid,
 * a year with nothing to bind.
 */
import type { Handlers } from '../../../shared/contract/api';
import type { CompileProgress } from '../../../shared/contract/channels';
import { AppError } from '../../../shared/contract/result';
import { compileVolume } from '../compile/compileVolume';
import { emptyYearError, volumeIssueIds, volumeLayout } from '../compile/selection';
import type { HandlerContext } from './context';
import { requireSeries } from '../issues/require';

type CompileChannels = 'compile.start' | 'compile.progress' | 'compile.cancel';

interface Job {
  controller: AbortController;
  progress: CompileProgress;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function unknownJob(jobId: number): AppError {
  return new AppError('NOT_FOUND', `没有编号为 ${jobId} 的合订本任务（可能已经结束）。`);
}

export function compileHandlers(ctx: HandlerContext): Pick<Handlers, CompileChannels> {
  const jobs = new Map<number, Job>();
  let nextId = 1;
  return {
    'compile.start': (request) => {
      const series = requireSeries(ctx.db, request.seriesId);
      volumeLayout(series);
      if (volumeIssueIds(ctx.db, request).length === 0) throw emptyYearError(request.year, request.all);
      const jobId = nextId++;
      const job: Job = {
        controller: new AbortController(),
        progress: { jobId, state: 'running', done: 0, total: 1, label: null, file: null, pages: null, error: null },
      };
      jobs.set(jobId, job);
      const end = (changes: Partial<CompileProgress>) => {
        job.progress = { ...job.progress, ...changes };
      };
      compileVolume(ctx, request, {
        signal: job.controller.signal,
        onProgress: (p) => end({ done: p.done, total: p.total, label: p.label ?? null }),
      }).then(
        (volume) =>
          end({
            state: 'done',
            done: job.progress.total,
            label: null,
            file: {
              fileName: volume.fileName,
              base64: toBase64(volume.bytes),
              ...(volume.warning !== null ? { warning: volume.warning } : {}),
            },
            pages: volume.plan.totalPages,
          }),
        (error: unknown) => {
          const known = error instanceof AppError ? error : new AppError('INTERNAL', '生成合订本时出错，没有生成文件。请重试。');
          end({ state: known.code === 'CANCELLED' ? 'cancelled' : 'failed', error: { code: known.code, message: known.message } });
        },
      );
      return { jobId };
    },

    'compile.progress': ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job) throw unknownJob(jobId);
      // An ended job answers its file or error once; the base64 of a year is not kept longer than that.
      if (job.progress.state !== 'running') jobs.delete(jobId);
      return job.progress;
    },

    'compile.cancel': ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job || job.progress.state !== 'running') return { cancelled: false };
      job.controller.abort();
      return { cancelled: true };
    },
  };
}
