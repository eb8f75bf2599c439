/**
 * The print rendering in two steps, as the services make it: the flow document, measured here in the
 * browser, then the paginated pages for that measurement. Used by the preview ('preview' mode: A4
 * sheets on screen) and by printing ('print' mode: the @page document).
 */
import type { BriefDeskApi } from '../../../shared/contract/api';
import type { PrintMode } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import type { FlowMeasurement } from './environment';

export interface PagedDocument {
  html: string;
  pages: number;
}

export interface RenderPagesOptions {
  api: BriefDeskApi;
  issueId: number;
  mode: PrintMode;
  measure: (flowHtml: string) => Promise<FlowMeasurement>;
  /** False once a newer rendering has started: the remaining steps are skipped (answer null). */
  isCurrent?: () => boolean;
}

function failure(message: string): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

/** Pages of a paginated print document: one `.sheet` each (blank even pages included). */
export function countPages(pagedHtml: string): number {
  const doc = new DOMParser().parseFromString(pagedHtml, 'text/html');
  return doc.querySelectorAll('.sheet').length;
}

/**
 * The issue may change between the two steps (an autosave lands): the services then refuse the
 * measurement as not matching the document (INVALID_INPUT), and the rendering starts over once.
 */
export async function renderPages(options: RenderPagesOptions): Promise<Result<PagedDocument> | null> {
  const first = await renderOnce(options);
  if (first && !first.ok && first.error.code === 'INVALID_INPUT') return renderOnce(options);
  return first;
}

async function renderOnce({
  api,
  issueId,
  mode,
  measure,
  isCurrent = () => true,
}: RenderPagesOptions): Promise<Result<PagedDocument> | null> {
  const flow = await api['export.printHtml']({ id: issueId, mode });
  if (!flow.ok) return flow;
  if (!isCurrent()) return null;
  let measurement: FlowMeasurement;
  try {
    measurement = await measure(flow.value.html);
  } catch (error) {
    console.error('[briefdesk] measuring the print flow failed:', error);
    return failure('排版测量失败，无法分页。请稍后重试；如果反复出现，请联系维护人员。');
  }
  if (!isCurrent()) return null;
  const paged = await api['export.printHtml']({ id: issueId, mode, measurement });
  if (!paged.ok) return paged;
  return { ok: true, value: { html: paged.value.html, pages: countPages(paged.value.html) } };
}
