/**
 * The 合订本 service with a browser-free print surface (volumeFixture.ts): which issues it binds and in
 * what order, what it refuses before anything is laid out, the DOCX's sections (oddPage, page-number
 * restarts, the contents' numbers from the plan), the print document's sheets, and cancelling.
 */
import { describe, expect, it } from 'vitest';
import { compileVolume, type CompileRequest } from '../../../electron/services/compile/compileVolume';
import { volumeLayout } from '../../../electron/services/compile/selection';
import { AppError } from '../../../shared/contract/result';
import { SAMPLE_ISSUES, weekly2024n10 } from '../../fixtures/issues';
import { elements, paragraphs, part, text, unzipDocx } from '../export/docxXml';
import { DEFAULT_SERIES, DEFAULT_SERIES_ID, harness } from '../services/helpers';
import { fakeEngine, sampleMeta, storeSample, storeThreeSamples } from './volumeFixture';

const request = (extra: Partial<CompileRequest> = {}): CompileRequest => ({
  seriesId: DEFAULT_SERIES_ID,
  year: 2024,
  all: false,
  perIssuePages: false,
  format: 'docx',
  ...extra,
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The 期号 lines of the mastheads in a print document, in order. */
function numberLines(html: string): string[] {
  return [...html.matchAll(/<div class="line number">([\s\S]*?)<\/div>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, '').replace(/\s+/g, ''));
}

async function docxXml(bytes: Uint8Array): Promise<string> {
  return part(await unzipDocx(bytes), 'word/document.xml');
}

describe('which issues a 合订本 binds', () => {
  it('takes the finalized regular issues of the year in number order; drafts only with all', async () => {
    const h = harness();
    const [a, b, c] = SAMPLE_ISSUES;
    await storeSample(h, a!, sampleMeta(a!, 2024, 3));
    await storeSample(h, b!, sampleMeta(b!, 2024, 1));
    await storeSample(h, c!, sampleMeta(c!, 2024, 2), true); // a draft
    await storeSample(h, c!, sampleMeta(c!, 2023, 5)); // another year
    await storeSample(h, a!, sampleMeta(a!, 2024, 1, { supplement: true })); // 增刊
    const deleted = await storeSample(h, b!, sampleMeta(b!, 2024, 4, { periodStart: null, periodEnd: null }), true); // in the recycle bin
    await h.value('issues.delete', { id: deleted });

    const engine = fakeEngine();
    const finals = await compileVolume({ db: h.db, info: engine.info }, request({ format: 'pdf' }));
    const html = new TextDecoder().decode(finals.bytes);
    expect(numberLines(html)).toEqual(['2024年第1期', '2024年第3期']);
    expect(finals.fileName).toBe('窗口工作周报2024年合订本.pdf');

    const all = await compileVolume({ db: h.db, info: fakeEngine().info }, request({ format: 'pdf', all: true }));
    expect(numberLines(new TextDecoder().decode(all.bytes))).toEqual(['2024年第1期', '2024年第2期', '2024年第3期']);
  });

  it('refuses a year with nothing to bind, in Chinese, before any page is laid out', async () => {
    const h = harness();
    await storeSample(h, weekly2024n10, sampleMeta(weekly2024n10, 2024, 1), true);
    const engine = fakeEngine();
    const error = await refusal(compileVolume({ db: h.db, info: engine.info }, request({ year: 2025 })));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('2025年没有已定稿的期次');
    const drafts = await refusal(compileVolume({ db: h.db, info: engine.info }, request()));
    expect(drafts.message).toContain('2024年没有已定稿的期次');
    expect(engine.opened).toBe(0);
  });

  it('refuses a layout whose overrides cannot hold the grid', () => {
    const error = (() => {
      try {
        volumeLayout({ ...DEFAULT_SERIES, layout: { margins: { leftMm: 60, rightMm: 60 } } });
        return null;
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error?.code).toBe('INVALID_INPUT');
    expect(error?.message).toMatch(/排不下版心网格.*没有生成合订本/);
  });
});

describe('the DOCX', () => {
  it('gives each issue sections starting on an odd page, numbered on from 1, the contents numbered by the plan', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const volume = await compileVolume({ db: h.db, info: fakeEngine().info }, request());
    const xml = await docxXml(volume.bytes);
    const sections = elements(xml, 'sectPr');
    // cover, contents, then the three issues (one section each: the default layout puts the 报尾 as laid out)
    expect(sections).toHaveLength(5);
    expect(sections.map((s) => /<w:type w:val="oddPage"\/>/.test(s))).toEqual([false, true, true, true, true]);
    // A sectPr describes the section it ends: the first issue's is the third; only it restarts numbering.
    expect(sections.map((s) => s.match(/<w:pgNumType w:start="(\d+)"/)?.[1] ?? null)).toEqual([null, null, '1', null, null]);
    const starts = volume.plan.issues.map((i) => i.start);
    expect(starts[0]).toBe(1);
    expect(volume.plan.issues.every((i) => i.firstPhysical % 2 === 1)).toBe(true);
    const contentsLines = paragraphs(xml)
      .map(text)
      .filter((t) => /^第\d+期/.test(t));
    expect(contentsLines).toHaveLength(3);
    contentsLines.forEach((line, i) => expect(line.endsWith(String(starts[i]))).toBe(true));
    expect(text(xml)).toContain('2024年合订本');
  });

  it('restarts the page numbers at 1 with every issue when asked', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const volume = await compileVolume({ db: h.db, info: fakeEngine().info }, request({ perIssuePages: true }));
    const sections = elements(await docxXml(volume.bytes), 'sectPr');
    expect(sections.map((s) => s.match(/<w:pgNumType w:start="(\d+)"/)?.[1] ?? null)).toEqual([null, null, '1', '1', '1']);
  });
});

describe('the print document', () => {
  it('has one sheet per planned page, each issue on an odd sheet, fixed folios, blank pads unnumbered', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const volume = await compileVolume({ db: h.db, info: fakeEngine(7).info }, request({ format: 'pdf' }));
    const html = new TextDecoder().decode(volume.bytes);
    const sheets = [...html.matchAll(/<div class="sheet ([^"]*)" data-page="(\d+)"/g)].map((m) => ({ classes: m[1]!, page: Number(m[2]) }));
    expect(sheets.map((s) => s.page)).toEqual(Array.from({ length: volume.plan.totalPages }, (_, i) => i + 1));
    for (const placed of volume.plan.issues) {
      const first = sheets[placed.firstPhysical - 1]!;
      expect(first.classes).toContain(`f${placed.start}`);
      expect(first.classes.startsWith('odd')).toBe(true);
      for (let pad = 0; pad < placed.padAfter; pad++) {
        expect(sheets[placed.firstPhysical - 1 + placed.folios.length + pad]!.classes).toContain('unnumbered');
      }
    }
    expect(html).toContain(`@page f${volume.plan.issues[1]!.start} {`);
    expect(html).not.toContain('counter(page)');
  });
});

describe('measuring', () => {
  it('measures a year once per engine: a DOCX after the PDF measures only what changed', async () => {
    const h = harness();
    const ids = await storeThreeSamples(h);
    const engine = fakeEngine();
    const flows = () => engine.shown.filter((html) => html.includes('data-flow=')).length;
    const pdf = await compileVolume({ db: h.db, info: engine.info }, request({ format: 'pdf' }));
    expect(flows()).toBe(1); // the three issues in one flow document
    expect(engine.opened).toBe(1);
    const docx = await compileVolume({ db: h.db, info: engine.info }, request());
    expect(flows()).toBe(1);
    expect(engine.opened).toBe(1); // all measured already: no browser needed for the DOCX
    expect(docx.plan).toEqual(pdf.plan);

    await h.value('issues.reopen', { id: ids[1]!, note: '' });
    await h.value('issues.saveDocument', {
      id: ids[1]!,
      document: { ...SAMPLE_ISSUES[1]!.document, blocks: SAMPLE_ISSUES[1]!.document.blocks.slice(0, 3) },
    });
    await compileVolume({ db: h.db, info: engine.info }, request({ all: true }));
    expect(flows()).toBe(2);
    const last = engine.shown.filter((html) => html.includes('data-flow=')).pop()!;
    expect([...last.matchAll(/class="masthead"/g)]).toHaveLength(1); // only the edited issue
  });
});

describe('cancelling', () => {
  it('stops before printing when cancelled while the issues are measured, and closes the surface', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const engine = fakeEngine();
    const controller = new AbortController();
    const error = await refusal(
      compileVolume({ db: h.db, info: engine.info }, request({ format: 'pdf' }), {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(engine.shown.some((html) => html.includes('toc-title'))).toBe(false); // the volume was never shown to print
    expect(engine.closed).toBe(1);
  });

  it('stops the DOCX task between issues', async () => {
    const h = harness();
    await storeThreeSamples(h);
    const controller = new AbortController();
    const labels: string[] = [];
    const error = await refusal(
      compileVolume({ db: h.db, info: fakeEngine().info }, request(), {
        signal: controller.signal,
        onProgress: (p) => {
          labels.push(p.label ?? '');
          if (p.label === '2024年第2期') controller.abort();
        },
      }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(labels).toContain('2024年第2期');
    expect(labels).not.toContain('2024年第3期');
    expect(labels).not.toContain('正在写入 Word 文件');
  });
});
