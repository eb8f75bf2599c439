/** Pictures in the DOCX and the print HTML (issue 14): size on the grid, caption, placeholder, pages. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/services/export/docx/buildDocx';
import { blockItem, buildPrintHtml, paginateIssue } from '../../../electron/services/export/print/buildPrintHtml';
import { checkMeasurement } from '../../../electron/services/export/print/checkMeasurement';
import { mapPictureSource, NO_PICTURES, type PictureSource } from '../../../electron/services/export/pictureSource';
import { insertPicture } from '../../../electron/services/db/picturesTable';
import { WEB_CONTENT_SECURITY_POLICY } from '../../../electron/web/headers';
import type { BlockElement } from '../../../shared/document/types';
import { paragraph, picture } from '../../../shared/document/types';
import { toPrintableIssue, type PrintableIssue } from '../../../shared/layout/issueView';
import type { FlowMeasurement } from '../../../shared/layout/measureFlow';
import { pictureSize } from '../../../shared/layout/picture';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';
import { doc } from '../../fixtures/issues/build';
import { makeJpeg, makePng, type PictureFixture } from '../../fixtures/pictures';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';
import { attr, elements, first, paragraphs, part, text, unzipDocx } from './docxXml';

const layout = DEFAULT_LAYOUT;
const PHOTO = makeJpeg(400, 300);
const CHART = makePng(300, 400);
const CAPTION = '图为省中心主任在大厅检查工作';

const source = (...fixtures: PictureFixture[]): PictureSource =>
  mapPictureSource(fixtures.map((p) => ({ id: p.id, mime: p.mime, bytes: p.bytes, pixelWidth: p.width, pixelHeight: p.height })));

function issueOf(...blocks: BlockElement[]): PrintableIssue {
  return toPrintableIssue(weekly2022n28.series, fixtureIssue({ ...weekly2022n28, document: doc(...blocks) }), null);
}

const twoPictures = issueOf(
  paragraph('前文。'),
  picture(PHOTO.id, 400, 300, CAPTION, 100),
  picture(CHART.id, 300, 400, '', 50),
  paragraph('后文。'),
);

/** A measurement as a browser would give it: every item one line, the pictures their box and caption. */
function measurementOf(issue: PrintableIssue, linesOf: (i: number) => number = () => 1): FlowMeasurement {
  const count = blockItem(issue.blocks.length, issue) + (issue.closing ? 1 : 0);
  return {
    items: Array.from({ length: count }, (_, i) => {
      const block = issue.blocks[i - blockItem(0, issue)];
      if (block?.picture) return { lines: pictureSize(layout, block.picture).lines + (block.picture.caption ? 1 : 0), lineStarts: null };
      return { lines: i === 0 ? 7 : linesOf(i), lineStarts: i === 0 ? null : [0] };
    }),
  };
}

describe('DOCX: a picture', () => {
  it('is an inline image at its grid size in a centred paragraph of its whole lines, kept with its caption', async () => {
    const bytes = await buildDocx(twoPictures, layout, source(PHOTO, CHART));
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    // The pictures' own bytes, stored as they are (docx/media.ts swaps them in after packing).
    const stored = await Promise.all(media.map((name) => zip.file(name)!.async('nodebuffer')));
    expect(stored.map((b) => b.equals(PHOTO.bytes) || b.equals(CHART.bytes))).toEqual([true, true]);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    for (const name of media) expect(rels).toContain(name.replace('word/', ''));
    const doc = part(await unzipDocx(bytes), 'word/document.xml');
    const withImage = paragraphs(doc).filter((p) => p.includes('<w:drawing>'));
    expect(withImage).toHaveLength(2);
    const size = pictureSize(layout, twoPictures.blocks[1]!.picture!);
    const [photo] = withImage;
    expect(attr(photo, 'jc', 'val')).toBe('center');
    expect(attr(photo, 'spacing', 'lineRule')).toBe('exact');
    expect(Number(attr(photo, 'spacing', 'line'))).toBe(size.lines * Math.round(layout.grid.linePitchPt * 20));
    expect(first(photo!, 'keepNext')).toBeDefined();
    // wp:extent in EMU (12 700 to the point), within a pixel's rounding.
    const extent = photo!.match(/<wp:extent cx="(\d+)" cy="(\d+)"/);
    expect(Number(extent?.[1]) / 12_700).toBeCloseTo(size.widthPt, 0);
    expect(Number(extent?.[2]) / 12_700).toBeCloseTo(size.heightPt, 0);
    // The caption follows, centred, in the caption face, its lines kept together.
    const all = paragraphs(doc);
    const caption = all[all.indexOf(photo!) + 1]!;
    expect(text(caption)).toBe(CAPTION);
    expect(attr(caption, 'jc', 'val')).toBe('center');
    expect(first(caption, 'keepLines')).toBeDefined();
    expect(attr(caption, 'rFonts', 'eastAsia')).toBe(layout.fonts.caption);
    // The uncaptioned chart keeps with nothing.
    expect(first(withImage[1]!, 'keepNext')).toBeUndefined();
  });

  it('is laid out for the 报尾 on an even page too (the placement estimate sees the picture)', async () => {
    const even = { ...layout, closing: { ...layout.closing, onEvenPage: true } };
    const issue = { ...twoPictures, closing: { lines: [{ label: '报' as const, text: '中心领导。' }], copies: 80 } };
    const bytes = await buildDocx(issue, even, source(PHOTO, CHART));
    const doc = part(await unzipDocx(bytes), 'word/document.xml');
    expect(paragraphs(doc).filter((p) => p.includes('<w:drawing>'))).toHaveLength(2);
    expect(text(doc)).toContain('中心领导。');
  });

  it('prints a 图片缺失 box of the same lines when the bytes are missing, and no media', async () => {
    const bytes = await buildDocx(twoPictures, layout, NO_PICTURES);
    const files = Object.keys((await JSZip.loadAsync(bytes)).files);
    expect(files.filter((name) => name.startsWith('word/media/'))).toEqual([]);
    const doc = part(await unzipDocx(bytes), 'word/document.xml');
    const boxes = elements(doc, 'tbl').filter((t) => text(t) === '图片缺失');
    expect(boxes).toHaveLength(2);
    const lines = pictureSize(layout, twoPictures.blocks[1]!.picture!).lines;
    const pitch = Math.round(layout.grid.linePitchPt * 20);
    expect(Number(attr(boxes[0], 'trHeight', 'val'))).toBe(lines * pitch - 20);
    expect(text(doc)).toContain(CAPTION);
  });
});

describe('print HTML: a picture', () => {
  it('is an <img> with a data: URL at the same size, its box whole lines, its caption under it', () => {
    const html = buildPrintHtml(twoPictures, layout, {
      fontBaseUrl: '/fonts/',
      mode: 'print',
      measurement: measurementOf(twoPictures),
      pictures: source(PHOTO, CHART),
    });
    const images = html.match(/<img [^>]*>/g) ?? [];
    expect(images).toHaveLength(2);
    expect(images[0]).toContain(`src="data:image/jpeg;base64,${PHOTO.bytes.toString('base64')}"`);
    expect(images[1]).toContain('src="data:image/png;base64,');
    const size = pictureSize(layout, twoPictures.blocks[1]!.picture!);
    expect(images[0]).toContain(`width: ${size.widthPt}pt; height: ${size.heightPt}pt`);
    expect(html).toContain(`<div class="pic-box" style="height: ${size.boxHeightPt}pt">`);
    expect(html).toContain(`<p class="cap">`);
    expect(html).toMatch(/\.pic \.cap \{[^}]*text-align: center/);
  });

  it('keeps the bytes out of the measuring flow: the box alone has the height', () => {
    const flow = buildPrintHtml(twoPictures, layout, { fontBaseUrl: '/fonts/', mode: 'print', pictures: source(PHOTO, CHART) });
    expect(flow).not.toContain('<img');
    expect(flow.match(/class="pic" data-flow="\d+"/g)).toHaveLength(2);
    expect(flow).toContain('class="pic-space"');
  });

  it('prints a 图片缺失 box of the same size when the bytes are missing', () => {
    const html = buildPrintHtml(twoPictures, layout, { fontBaseUrl: '/fonts/', mode: 'print', measurement: measurementOf(twoPictures) });
    expect(html).not.toContain('<img');
    expect(html.match(/<div class="pic-missing"[^>]*>图片缺失<\/div>/g)).toHaveLength(2);
  });

  it('moves a picture whole, with its caption, to the next page when it does not fit under the text', () => {
    // Page 1: masthead 7 lines, then a paragraph of 12 lines leaves 3; the photo takes more.
    const issue = issueOf(paragraph('正文'.repeat(200)), picture(PHOTO.id, 400, 300, CAPTION, 100), paragraph('后文。'));
    const measurement = measurementOf(issue, (i) => (i === blockItem(0, issue) ? 12 : 1));
    checkMeasurement(issue, layout, measurement);
    const pagination = paginateIssue(issue, layout, measurement);
    const pictureItem = blockItem(1, issue);
    const pages = pagination.pages.map((p) => p.fragments.map((f) => f.item));
    expect(pages[0]).not.toContain(pictureItem);
    expect(pagination.pages[1]!.fragments[0]).toEqual({ item: pictureItem, fromLine: 0, toLine: measurement.items[pictureItem]!.lines });
    expect(pagination.linesOnPage[0]).toBe(19);
  });

  it('keeps a heading with the whole picture after it', () => {
    const issue = issueOf(
      paragraph('正文'.repeat(200)),
      { type: 'numbered', level: 1, display: 'heading', children: [{ text: '图片新闻' }] },
      picture(PHOTO.id, 400, 300, CAPTION, 100),
    );
    const measurement = measurementOf(issue, (i) => (i === blockItem(0, issue) ? 3 : 1));
    const pagination = paginateIssue(issue, layout, measurement);
    const heading = blockItem(1, issue);
    // 7 + 3 leave 12 lines: the heading would fit, the picture (11 lines and its caption) under it not.
    const page = pagination.pages.findIndex((p) => p.fragments.some((f) => f.item === heading));
    expect(page).toBe(1);
    expect(pagination.pages[page]!.fragments.map((f) => f.item)).toContain(blockItem(2, issue));
  });
});

describe('the export answers for missing pictures', () => {
  it('export.docx and the print HTML use the stored bytes and say when a picture is missing', async () => {
    const h = harness();
    insertPicture(
      h.db,
      {
        id: PHOTO.id,
        mime: PHOTO.mime,
        pixelWidth: PHOTO.width,
        pixelHeight: PHOTO.height,
        byteSize: PHOTO.bytes.length,
        bytes: PHOTO.bytes,
      },
      '2026-01-01T00:00:00Z',
    );
    const { id } = await h.value('issues.create', { seriesId: DEFAULT_SERIES_ID, meta: weekly2022n28.meta });
    await h.value('issues.saveDocument', { id, document: doc(paragraph('前文。'), picture(PHOTO.id, 400, 300, CAPTION)) });
    const stored = await h.value('export.docx', { id });
    expect(stored.warning).toBeUndefined();
    const files = Object.keys((await JSZip.loadAsync(Buffer.from(stored.base64, 'base64'))).files);
    expect(files.some((name) => name.startsWith('word/media/'))).toBe(true);

    await h.value('issues.saveDocument', {
      id,
      document: doc(paragraph('前文。'), picture(PHOTO.id, 400, 300, CAPTION), picture(CHART.id, 300, 400)),
    });
    const missing = await h.value('export.docx', { id });
    expect(missing.warning).toContain('1 张图片');
    expect(text(part(await unzipDocx(new Uint8Array(Buffer.from(missing.base64, 'base64'))), 'word/document.xml'))).toContain('图片缺失');

    const flow = (await h.value('export.printHtml', { id, mode: 'preview' })).html;
    expect(flow).not.toContain('<img');
    // A measurement of that flow: one line per item (a picture may measure fewer lines than its box).
    const count = flow.match(/ data-flow="/g)?.length ?? 0;
    const measurement = { items: Array.from({ length: count }, () => ({ lines: 1, lineStarts: null })) };
    const pages = (await h.value('export.printHtml', { id, mode: 'preview', measurement })).html;
    expect(pages).toContain(`src="data:image/jpeg;base64,${PHOTO.bytes.toString('base64')}"`);
    expect(pages).toContain('图片缺失');
  });
});

describe('the content security policies', () => {
  it('let the preview, the print page and the web host show data: images', () => {
    // The web host and Electron's app:// protocol answer with this policy (the print page included);
    // the preview's srcdoc frame inherits the renderer page's own.
    expect(WEB_CONTENT_SECURITY_POLICY).toMatch(/(^|; )img-src [^;]*\bdata:/);
    const page = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    expect(page).toMatch(/img-src [^;"]*\bdata:/);
  });
});
