/**
 * Test set-up for the 合订本: issues stored through the channels, and a print surface that "measures"
 * without a browser (every flow item a fixed number of lines), so selection, plan, DOCX and the
 * volume's print document can be checked in milliseconds. Real engines: test/layout/volume.test.ts.
 */
import type { HostInfo } from '../../../electron/services/handlers';
import type { OpenedSurface, PdfRenderer, PrintSurface } from '../../../electron/services/export/pdfRenderer';
import type { IssueMeta } from '../../../shared/issues/types';
import { SAMPLE_ISSUES, type IssueFixture } from '../../fixtures/issues';
import { DEFAULT_SERIES_ID, type Harness } from '../services/helpers';

/** A sample moved into `year` (its dates with it) under another number. */
export function sampleMeta(fixture: IssueFixture, year: number, number: number, extra: Partial<IssueMeta> = {}): IssueMeta {
  const from = String(fixture.meta.year);
  const move = (date: string | null) => (date === null ? null : date.replace(from, String(year)));
  return {
    ...fixture.meta,
    year,
    number,
    totalNumber: null,
    issueDate: move(fixture.meta.issueDate)!,
    periodStart: move(fixture.meta.periodStart),
    periodEnd: move(fixture.meta.periodEnd),
    ...extra,
  };
}

/** Stores a sample as an issue; finalized unless `draft`. */
export async function storeSample(h: Harness, fixture: IssueFixture, meta: IssueMeta, draft = false): Promise<number> {
  const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta });
  await h.value('issues.saveDocument', { id: issue.id, document: fixture.document });
  if (!draft) await h.value('issues.finalize', { id: issue.id });
  return issue.id;
}

/** The three samples as 2024年第1–3期, finalized. */
export async function storeThreeSamples(h: Harness, year = 2024): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, fixture] of SAMPLE_ISSUES.entries()) ids.push(await storeSample(h, fixture, sampleMeta(fixture, year, i + 1)));
  return ids;
}

export interface FakeEngine {
  info: Pick<HostInfo, 'pdf'>;
  /** Every document shown, in order. */
  shown: string[];
  opened: number;
  closed: number;
}

/**
 * A renderer whose surface measures every flow item as `linesPerItem` lines (the masthead as 6), and
 * whose "PDF" is the shown document's text: enough to place pages without a browser.
 */
export function fakeEngine(linesPerItem = 5): FakeEngine {
  const engine: FakeEngine = { info: {}, shown: [], opened: 0, closed: 0 };
  const surface: PrintSurface = {
    async show(html) {
      engine.shown.push(html);
    },
    async evaluate() {
      const html = engine.shown[engine.shown.length - 1] ?? '';
      const count = Math.max(0, ...[...html.matchAll(/data-flow="(\d+)"/g)].map((m) => Number(m[1]) + 1));
      return { items: Array.from({ length: count }, (_, i) => ({ lines: i === 0 ? 6 : linesPerItem, lineStarts: null })) };
    },
    async printToPdf() {
      return new TextEncoder().encode(engine.shown[engine.shown.length - 1] ?? '');
    },
    close() {
      engine.closed += 1;
    },
  };
  const pdf: PdfRenderer = {
    renderPdf: async () => new Uint8Array(),
    async openSurface(): Promise<OpenedSurface> {
      engine.opened += 1;
      return { surface, fontBaseUrl: '/fonts/' };
    },
  };
  engine.info = { pdf };
  return engine;
}
