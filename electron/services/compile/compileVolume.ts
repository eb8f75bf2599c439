/**
 * Making a 合订本, as the host does it: refuse what cannot be bound (selection.ts), measure and
 * paginate every issue in the host's print engine (a browser: only the host has one), place the
 * pages (plan.ts), then print the one PDF on the same surface or build the DOCX as a heavy task.
 * Both formats need the pagination — the contents' page numbers are the print paginator's.
 *
 * Progress counts issues: measuring issues k… of n (a few at a time, measure.ts), then (DOCX)
 * building issue k of n, then writing.
 * A cancel stops at the next issue; nothing is returned, so nothing is written anywhere.
 */
import { AppError } from '../../../shared/contract/result';
import { cancelledError, type HeavyProgress } from '../heavy/protocol';
import { runHeavy, type HeavyRunOptions } from '../heavy/run';
import type { HostInfo } from '../hostInfo';
import type { OpenedSurface } from '../export/pdfRenderer';
import type { Db } from '../db/connection';
import { frontMatter, volumeFileName } from './contents';
import { MEASURE_BATCH, measurementCache, measureIssues, type MeasuredIssue } from './measure';
import { volumeHtml } from './pdf';
import { planVolume, type VolumePlan } from './plan';
import { loadVolume, type VolumeOptions } from './selection';
import { missingPicturesWarning } from '../export/pictureSource';

export type VolumeFormat = 'docx' | 'pdf';

export interface CompileRequest extends VolumeOptions {
  format: VolumeFormat;
}

export interface CompiledVolume {
  fileName: string;
  bytes: Uint8Array;
  /** Pages of the whole volume and where each issue starts (1-based physical pages), for reports and tests. */
  plan: VolumePlan;
  /** Pictures printed as 图片缺失 boxes, said for the clerk; null: none. */
  warning: string | null;
}

function noPrintEngine(): AppError {
  return new AppError(
    'INTERNAL',
    '当前运行方式无法排出合订本（找不到用于排版的浏览器组件），没有生成文件。请在桌面版简报台或安装了 Chromium 的命令行中生成合订本。',
  );
}

function failed(error: unknown): AppError {
  if (error instanceof AppError) return error;
  console.error('[briefdesk] compiling a volume failed:', error);
  return new AppError('INTERNAL', '生成合订本时出错，没有生成文件。请重试；如果反复出现，请联系维护人员。');
}

export async function compileVolume(
  ctx: { db: Db; info: Pick<HostInfo, 'heavy' | 'pdf'> },
  request: CompileRequest,
  options: HeavyRunOptions = {},
): Promise<CompiledVolume> {
  const signal = options.signal ?? new AbortController().signal;
  const report = (progress: HeavyProgress) => options.onProgress?.(progress);
  const check = () => {
    if (signal.aborted) throw cancelledError();
  };
  const source = loadVolume(ctx.db, request);
  const engine = ctx.info.pdf;
  if (!engine?.openSurface) throw noPrintEngine();
  const n = source.issues.length;
  const total = request.format === 'docx' ? 2 * n + 1 : n + 1;
  check();
  try {
    // Opened when first needed: a DOCX of a year this engine has measured needs no browser at all.
    let opened: Promise<OpenedSurface> | null = null;
    const surface = (): Promise<OpenedSurface> => (opened ??= engine.openSurface!(source.layout));
    const closeSurface = async () => {
      const was = opened;
      opened = null;
      if (was) await (await was).surface.close();
    };
    try {
      const measured: MeasuredIssue[] = [];
      const cache = measurementCache(engine);
      for (let k = 0; k < n; k += MEASURE_BATCH) {
        check();
        const batch = source.issues.slice(k, k + MEASURE_BATCH);
        const { issue } = batch[0]!;
        const last = batch[batch.length - 1]!.issue;
        const numbers = batch.length === 1 ? `第${issue.number}期` : `第${issue.number}–${last.number}期`;
        report({ done: k, total, label: `正在排版${issue.year}年${numbers}` });
        measured.push(
          ...(await measureIssues(
            surface,
            batch.map((b) => b.job),
            cache,
          )),
        );
      }
      check();
      const front = frontMatter(source);
      const pages = measured.map((m) => m.pagination.pages.map((page) => ({ numbered: page.numbered })));
      const plan = planVolume(pages, front.contents.length, request.perIssuePages);
      if (request.format === 'pdf') {
        report({ done: n, total, label: '正在生成 PDF' });
        const { surface: shown, fontBaseUrl } = await surface();
        await shown.show(volumeHtml(source, front, plan, measured, fontBaseUrl));
        check();
        const bytes = await shown.printToPdf();
        check();
        return {
          fileName: volumeFileName(source, 'pdf'),
          bytes,
          plan,
          warning: missingPicturesWarning(source.issues[0]?.job.pictures.missing ?? []),
        };
      }
      await closeSurface();
      const input = { ...request, issueIds: source.issues.map(({ issue }) => issue.id), issuePages: pages };
      const built = await runHeavy(ctx, 'compile.docx', input, {
        signal,
        onProgress: (p) => report({ done: n + p.done, total, ...(p.label !== undefined ? { label: p.label } : {}) }),
      });
      check();
      return { ...built, plan };
    } finally {
      await closeSurface();
    }
  } catch (error) {
    throw failed(error);
  }
}
