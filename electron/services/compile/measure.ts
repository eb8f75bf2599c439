/**
 * Measuring a volume's issues for the print paginator. One issue at a time costs a document load and
 * its fonts per issue (≈0.25 s: 13 s of a 52-issue year); so several issues' flows are shown in one
 * document and measured together. Each issue's flow is exactly the single-issue flow document's
 * <main class="flow"> (same stylesheet, same width), its items numbered on after the previous issue's,
 * and its share of the measurement is paginated as the single issue is (paginateIssue). What one
 * engine has measured is kept (measurementCache), so the second format of a year measures nothing new.
 */
import { createHash } from 'node:crypto';
import { flowMeasurementSchema } from '../../../shared/contract/channels';
import { AppError } from '../../../shared/contract/result';
import { MEASURE_SCRIPT, type FlowMeasurement } from '../../../shared/layout/measureFlow';
import { buildPrintHtml, paginateIssue, printDocument } from '../export/print/buildPrintHtml';
import { printCss } from '../export/print/css';
import type { Pagination } from '../export/print/paginate';
import type { OpenedSurface } from '../export/pdfRenderer';
import type { PrintJob } from '../export/printJob';

export interface MeasuredIssue {
  measurement: FlowMeasurement;
  pagination: Pagination;
}

/** Issues measured in one document: few enough that progress still moves, enough to share the loading. */
export const MEASURE_BATCH = 8;

const FLOW_ROOT = /<main class="flow"[\s\S]*<\/main>/;
// Text is escaped (quotes become &quot;), so only the serializer's own attributes match.
const FLOW_ITEM = / data-flow="(\d+)"/g;

function measureFailed(): AppError {
  return new AppError('INTERNAL', '排版测量失败，没有生成合订本。请重试。');
}

/** The issue's flow: the <main> of its single-issue flow document. */
function flowOf(job: PrintJob, fontBaseUrl: string): string {
  const flow = FLOW_ROOT.exec(buildPrintHtml(job.issue, job.layout, { fontBaseUrl, mode: 'print' }))?.[0];
  if (flow === undefined) throw measureFailed();
  return flow;
}

/** Flow items of an issue: the masthead, its blocks, the 报尾's place. */
const itemCount = (job: PrintJob) => job.issue.blocks.length + 2;

/** Measurements by what was measured (flow, stylesheet, fonts), for one print engine. */
export type MeasurementCache = Map<string, FlowMeasurement>;

const CACHE_LIMIT = 300;
const caches = new WeakMap<object, MeasurementCache>();

/**
 * The cache of one engine (its PdfRenderer): a PDF and then a DOCX of the same year — what the
 * command line does with --pdf and --docx, or the clerk with 导出 PDF then 导出 Word — measure once.
 * The key is the measured document itself, so an edited issue or layout is measured again.
 */
export function measurementCache(engine: object): MeasurementCache {
  let cache = caches.get(engine);
  if (!cache) caches.set(engine, (cache = new Map()));
  return cache;
}

function remember(cache: MeasurementCache, key: string, measurement: FlowMeasurement): void {
  cache.set(key, measurement);
  // Oldest first out: a Map iterates in insertion order.
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

/**
 * The issues' measurements, from the cache or measured on the surface `open` gives (opened only when
 * something is not cached). Keys leave the font URL out: it is fixed for an engine, whose cache this is.
 */
export async function measureIssues(
  open: () => Promise<OpenedSurface>,
  jobs: readonly PrintJob[],
  cache: MeasurementCache = new Map(),
): Promise<MeasuredIssue[]> {
  const first = jobs[0];
  if (!first) return [];
  const keyCss = printCss(first.layout, 'print', '');
  const flows = jobs.map((job) => ({ job, key: createHash('sha256').update(keyCss).update('\0').update(flowOf(job, '')).digest('hex') }));
  const unknown = flows.filter(({ key }) => !cache.has(key));
  if (unknown.length > 0) {
    const offsets: number[] = [];
    let next = 0;
    const { surface, fontBaseUrl } = await open();
    const shown = unknown.map(({ job }) => {
      const flow = flowOf(job, fontBaseUrl);
      const offset = next;
      offsets.push(offset);
      next += itemCount(job);
      return flow.replace(FLOW_ITEM, (_, i: string) => ` data-flow="${offset + Number(i)}"`);
    });
    await surface.show(printDocument('排版测量', printCss(first.layout, 'print', fontBaseUrl), 'print', shown.join('\n')));
    const measured = flowMeasurementSchema.safeParse(await surface.evaluate(MEASURE_SCRIPT));
    if (!measured.success) throw measureFailed();
    const all = measured.data.items;
    unknown.forEach(({ job, key }, k) => {
      const items = Array.from({ length: itemCount(job) }, (_, i) => all[offsets[k]! + i] ?? { lines: 0, lineStarts: null });
      remember(cache, key, { items });
    });
  }
  return flows.map(({ job, key }) => {
    const measurement = cache.get(key)!;
    return { measurement, pagination: paginateIssue(job.issue, job.layout, measurement) };
  });
}
