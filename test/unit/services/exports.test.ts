/** The official-layout exports through dispatch: DOCX, print HTML and PDF, from a stored issue and its series. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { systemChineseFamilies } from '../../../electron/services/export/fontCheck';
import { defaultFontDir } from '../../../electron/services/export/print/pdf';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { exportFileName, safeFileStem } from '../../../electron/services/export/fileName';
import type { PdfRenderer } from '../../../electron/services/export/pdfRenderer';
import type { PrintJob } from '../../../electron/services/export/printJob';
import { weekly2022n28, weekly2024n10 } from '../../fixtures/issues';
import { attr, first, part, text, unzipDocx } from '../export/docxXml';
import { DEFAULT_SERIES_ID, harness, type Harness } from './helpers';
import type { HostInfo } from '../../../electron/services/handlers';

/**
 * The text of markup: tags and whitespace dropped (how the serializer spaces its markup for the
 * browser is its own business; these samples have no meaningful spaces), entities undone.
 */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The text of every `<tag class="… cls …">…</tag>` (no nesting of the same tag inside). */
function textsOf(html: string, tag: string, cls: string): string[] {
  const re = new RegExp(`<${tag} class="(?:[^"]* )?${cls}(?: [^"]*)?"[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(re)].map((m) => textOf(m[1]!));
}

/** The 2022 第28期 sample stored through the channels, as the clerk would have entered it. */
async function storedSample(info: Partial<HostInfo> = {}, fixture = weekly2022n28): Promise<{ h: Harness; id: number }> {
  const h = harness(info);
  const issue = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: fixture.meta });
  await h.value('issues.saveDocument', { id: issue.id, document: fixture.document });
  return { h, id: issue.id };
}

async function docxText(base64: string): Promise<{ body: string; sectPr: string; xml: string }> {
  const parts = await unzipDocx(new Uint8Array(Buffer.from(base64, 'base64')));
  const xml = part(parts, 'word/document.xml');
  return { body: text(xml), sectPr: first(xml, 'sectPr')!, xml };
}

describe('export.docx', () => {
  it('answers a DOCX of the issue with its series 报尾, named after the issue', async () => {
    const { h, id } = await storedSample();
    const answer = await h.value('export.docx', { id });
    expect(answer.fileName).toBe('窗口工作周报2022年第28期.docx');
    const bytes = Buffer.from(answer.base64, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { body } = await docxText(answer.base64);
    expect(body).toContain('窗口工作周报');
    expect(body).toContain('2022年第28期（总第403期）');
    expect(body).toContain('一、省级政务服务事项受理办理情况');
    expect(body).toContain('省本级行政许可事项受理588929件');
    // The series' default 报尾 (migration 002), since the issue has none of its own.
    expect(body).toContain('报：中心领导。');
    expect(body).toContain('送：各相关省级部门（单位），中心各处（室）、直属单位。');
    expect(body).toContain('发：各部门窗口。');
    expect(body).toContain('（共印80份）');
  });

  it("prints the issue's own 报尾 when it has one, and the series' again after null", async () => {
    const { h, id } = await storedSample();
    const own = { lines: [{ label: '报' as const, text: '省政府办公厅。' }], copies: 103 };
    const updated = await h.value('issues.updateClosing', { id, closing: own });
    expect(updated).toEqual({ issueId: id, override: own, effective: own });
    let { body } = await docxText((await h.value('export.docx', { id })).base64);
    expect(body).toContain('报：省政府办公厅。');
    expect(body).toContain('（共印103份）');
    expect(body).not.toContain('中心领导');

    await h.value('issues.updateClosing', { id, closing: null });
    ({ body } = await docxText((await h.value('export.docx', { id })).base64));
    expect(body).toContain('报：中心领导。');
    expect(body).toContain('（共印80份）');
  });

  it("follows the series' layout: margins and masthead colour from its overrides", async () => {
    const { h, id } = await storedSample();
    await h.value('series.updateLayout', { id: DEFAULT_SERIES_ID, layout: { margins: { topMm: 35 }, masthead: { titleColor: 'C00000' } } });
    const { sectPr, xml } = await docxText((await h.value('export.docx', { id })).base64);
    expect(attr(sectPr, 'pgMar', 'top')).toBe('1984'); // 35 mm
    expect(xml).toContain('w:color w:val="C00000"');
    await h.value('series.updateLayout', { id: DEFAULT_SERIES_ID, layout: null });
    const standard = await docxText((await h.value('export.docx', { id })).base64);
    expect(attr(standard.sectPr, 'pgMar', 'top')).toBe('2098'); // 37 mm
    expect(standard.xml).not.toContain('C00000');
  });

  it('prints no 报尾 when neither the series nor the issue has one', async () => {
    const { h, id } = await storedSample();
    await h.value('series.updateClosing', { id: DEFAULT_SERIES_ID, closing: null });
    const { body } = await docxText((await h.value('export.docx', { id })).base64);
    expect(body).not.toContain('共印');
    expect(body).not.toContain('报：');
  });

  it('answers NOT_FOUND in Chinese for an unknown issue', async () => {
    const h = harness();
    expect(await h.call('export.docx', { id: 404 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有找到编号为 404 的简报，它可能已被彻底删除。' },
    });
  });
});

describe('export.printHtml', () => {
  it('answers the flow document with the masthead, the labelled body and the 报尾, fonts under the host base', async () => {
    const { h, id } = await storedSample({ fontBaseUrl: 'app://briefdesk/fonts/' });
    const { html } = await h.value('export.printHtml', { id, mode: 'print' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(textsOf(html, 'div', 'title')).toEqual(['窗口工作周报']);
    expect(textsOf(html, 'div', 'number')).toEqual(['2022年第28期（总第403期）']);
    expect(textsOf(html, 'div', 'issuer')).toEqual(['四川省政府政务服务和公共资源交易服务中心2022年9月27日']);
    expect(textsOf(html, 'div', 'part')).toEqual(['政务服务工作']);
    expect(textsOf(html, 'div', 'period')).toEqual(['（8月22日—8月26日）']);
    const paragraphs = textsOf(html, 'p', 'b');
    // The generated numbers are printed with their headings and whole-paragraph items.
    expect(paragraphs.slice(0, 4)).toEqual([
      '一、省级政务服务事项受理办理情况',
      expect.stringContaining('省本级行政许可事项受理588929件'),
      '二、窗口工作动态',
      '（一）优化营商环境工作开展情况',
    ]);
    expect(paragraphs).toContain('（二）窗口服务效能提升工作情况');
    expect(paragraphs.some((p) => p.startsWith('（1）近日，应急厅窗口'))).toBe(true);
    const closing = textOf(html.slice(html.indexOf('class="closing"')));
    expect(closing).toContain('报：中心领导。');
    expect(closing).toContain('（共印80份）');
    expect(html).toContain('url("app://briefdesk/fonts/FandolFang-Regular.otf")');
    expect(html).toContain('<body class="print">');
  });

  it('uses /fonts/ by default (browser mode) and honours the preview mode', async () => {
    const { h, id } = await storedSample();
    const { html } = await h.value('export.printHtml', { id, mode: 'preview' });
    expect(html).toContain('url("/fonts/FandolFang-Regular.otf")');
    expect(html).toContain('<body class="preview">');
  });

  it('answers A4 pages when given a measurement of the flow', async () => {
    const { h, id } = await storedSample();
    const { html: flow } = await h.value('export.printHtml', { id, mode: 'preview' });
    const itemCount = (flow.match(/data-flow="/g) ?? []).length;
    // Pretend every item takes 5 grid lines: the pages follow from the line counts alone.
    const measurement = { items: Array.from({ length: itemCount }, () => ({ lines: 5, lineStarts: null })) };
    const { html } = await h.value('export.printHtml', { id, mode: 'preview', measurement });
    const pages = html.match(/data-page="\d+"/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(html).toContain('data-page="1"');
    expect(html).not.toContain('data-flow=');
  });

  describe('a measurement is checked against the document (issue 13 item 4)', () => {
    async function flowItems(): Promise<{ h: Harness; id: number; count: number }> {
      const { h, id } = await storedSample();
      const { html: flow } = await h.value('export.printHtml', { id, mode: 'preview' });
      return { h, id, count: (flow.match(/data-flow="/g) ?? []).length };
    }

    it('refuses a measurement of 1,000,000 lines for one block, at once, with the contract error', async () => {
      const { h, id, count } = await flowItems();
      const items = Array.from({ length: count }, () => ({ lines: 2, lineStarts: null }));
      items[1] = { lines: 1_000_000, lineStarts: null };
      const started = performance.now();
      const result = await h.raw('export.printHtml', { id, mode: 'preview', measurement: { items } });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(result.ok ? null : result.error).toEqual({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^排版测量数据与当前文档不符.*第2项测得1000000行/),
      });
    });

    it('refuses more or fewer items than the document has flow items', async () => {
      const { h, id, count } = await flowItems();
      for (const length of [count - 1, count + 1, 100_000]) {
        const items = Array.from({ length }, () => ({ lines: 1, lineStarts: null }));
        const result = await h.raw('export.printHtml', { id, mode: 'preview', measurement: { items } });
        expect(result.ok ? null : result.error.message).toContain(`文档有${count}项，测量数据有${length}项`);
      }
    });

    it('refuses line starts beyond the text, out of order or more than the lines', async () => {
      const { h, id, count } = await flowItems();
      const base = () => Array.from({ length: count }, () => ({ lines: 2, lineStarts: null as number[] | null }));
      for (const lineStarts of [
        [0, 9_000_000],
        [0, 5, 3],
        [0, 1, 2],
      ]) {
        const items = base();
        items[1] = { lines: 2, lineStarts };
        const result = await h.raw('export.printHtml', { id, mode: 'preview', measurement: { items } });
        expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
      }
    });
  });

  it('refuses a mode it does not know, in Chinese', async () => {
    const { h, id } = await storedSample();
    const result = await h.raw('export.printHtml', { id, mode: 'screen' });
    expect(result.ok ? null : result.error).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('显示方式应为 print 或 preview'),
    });
  });
});

describe("export.fontCheck (the preview's notice)", () => {
  it('names the faces that can draw no Chinese here, and says nothing with the bundled faces or without a font folder', async () => {
    const saved = process.env.FONTCONFIG_FILE;
    const dir = mkdtempSync(path.join(tmpdir(), 'briefdesk-fonts-'));
    // A fontconfig with no fonts at all: no Chinese system face to fall back to.
    const conf = path.join(dir, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?><fontconfig><dir>${dir}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
    process.env.FONTCONFIG_FILE = conf;
    try {
      const empty = await storedSample({ fontsDir: dir });
      const missing = await empty.h.value('export.fontCheck', { id: empty.id });
      if (systemChineseFamilies() !== null) {
        expect(missing.missingFaces).toContain('仿宋_GB2312');
        expect(missing.message).toMatch(/^没有生成 PDF：本机没有能显示中文的字体/);
      }
      const bundled = await storedSample({ fontsDir: defaultFontDir() });
      expect(await bundled.h.value('export.fontCheck', { id: bundled.id })).toEqual({ missingFaces: [], message: null });
      const unchecked = await storedSample();
      expect(await unchecked.h.value('export.fontCheck', { id: unchecked.id })).toEqual({ missingFaces: [], message: null });
    } finally {
      if (saved === undefined) delete process.env.FONTCONFIG_FILE;
      else process.env.FONTCONFIG_FILE = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('export.pdf', () => {
  it('answers a clear Chinese error when the host has no PDF renderer', async () => {
    const { h, id } = await storedSample();
    const result = await h.call('export.pdf', { id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('无法生成 PDF');
    expect(result.error.message).toContain('导出 DOCX');
  });

  it("hands the host's renderer the same print job the DOCX is built from", async () => {
    const jobs: PrintJob[] = [];
    const pdf: PdfRenderer = {
      renderPdf: async (job) => {
        jobs.push(job);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    };
    const { h, id } = await storedSample({ pdf }, weekly2024n10);
    const answer = await h.value('export.pdf', { id });
    expect(answer.fileName).toBe(`窗口工作周报${weekly2024n10.meta.year}年第${weekly2024n10.meta.number}期.pdf`);
    expect(Buffer.from(answer.base64, 'base64').toString('latin1')).toBe('%PDF-1.7 fake');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.layout).toEqual(DEFAULT_LAYOUT);
    expect(jobs[0]!.issue.numberLine).toBe(
      `${weekly2024n10.meta.year}年第${weekly2024n10.meta.number}期（总第${weekly2024n10.meta.totalNumber}期）`,
    );
    expect(jobs[0]!.issue.closing?.copies).toBe(80);
  });

  it('turns a renderer failure into a Chinese error without the technical detail', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const pdf: PdfRenderer = { renderPdf: () => Promise.reject(new Error('browser crashed at 0xdeadbeef')) };
    const { h, id } = await storedSample({ pdf });
    const result = await h.call('export.pdf', { id });
    expect(result.ok ? null : result.error.code).toBe('INTERNAL');
    expect(result.ok ? '' : result.error.message).toContain('生成 PDF 时出错');
    expect(result.ok ? '' : result.error.message).not.toContain('0xdeadbeef');
    // The detail goes to the log, for the maintainer.
    expect(String(logged.mock.calls[0]?.[1])).toContain('0xdeadbeef');
    logged.mockRestore();
  });
});

describe('export file names', () => {
  it('names the file after the series and the issue', () => {
    expect(exportFileName({ title: '政务窗口月报' }, { year: 2024, number: 2 }, 'docx')).toBe('政务窗口月报2024年第2期.docx');
  });

  it('takes out what Windows refuses in file names', () => {
    expect(exportFileName({ title: '周报<测试>:"/\\|?*' }, { year: 2024, number: 1 }, 'pdf')).toBe('周报测试2024年第1期.pdf');
    expect(safeFileStem('简报. . ')).toBe('简报');
    expect(safeFileStem('CON')).toBe('简报CON');
    expect(safeFileStem('a\u0001b\nc')).toBe('abc');
  });
});
