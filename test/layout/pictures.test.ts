/**
 * The layout check for pictures (issue 14: "an issue with two pictures and captions renders with the
 * same pages and lines per page in both engines"): two camera-sized JPEGs (1600×1200 landscape,
 * 1200×1600 portrait) with captions between body paragraphs, rendered as DOCX through LibreOffice and
 * as print HTML through Chromium, measured on the PDFs — text with pdftotext, images with pdfimages.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/services/export/docx/buildDocx';
import { renderPdf } from '../../electron/services/export/print/pdf';
import { mapPictureSource, NO_PICTURES } from '../../electron/services/export/pictureSource';
import { paragraph, picture } from '../../shared/document/types';
import { toPrintableIssue } from '../../shared/layout/issueView';
import { pictureSize } from '../../shared/layout/picture';
import { DEFAULT_LAYOUT } from '../../shared/layout/spec';
import { weekly2022n28, fixtureIssue } from '../fixtures/issues';
import { doc, h } from '../fixtures/issues/build';
import { makeJpeg } from '../fixtures/pictures';
import { bodyLines, identicalLineRatioOf, measureText, overprintedLines, type TextMeasurements } from './measure';
import { closePrintBrowser, printBrowser } from './printPdf';
import { assertFontsPresent, closeRenderers, docxToPdf, FANDOL_DIR, runBinary } from './render';

const layout = DEFAULT_LAYOUT;
const pitch = layout.grid.linePitchPt;
const LANDSCAPE = makeJpeg(1600, 1200);
const PORTRAIT = makeJpeg(1200, 1600);
const CAPTION_1 = '图为省中心主任在综合受理窗口检查工作';
const CAPTION_2 = '图为工作人员为群众办理不动产登记业务';
const pictures = mapPictureSource(
  [LANDSCAPE, PORTRAIT].map((p) => ({ id: p.id, mime: p.mime, bytes: p.bytes, pixelWidth: p.width, pixelHeight: p.height })),
);

const TEXT =
  '本周，省政务服务中心各窗口单位共受理群众办件一万二千余件，按时办结率百分之百，群众满意率保持在较高水平。中心持续推进“一窗通办”改革，优化综合受理流程，减少群众等候时间。';
const AFTER_1 =
  '省中心主任一行先后来到综合受理区、不动产登记区和企业开办专区，详细了解窗口业务办理情况，并与窗口工作人员和办事群众亲切交流，听取意见建议。';
// Three lines, so the 报尾 (a little over four grid lines) does not just fill the last page: where
// that case goes is the 报尾's question, not the pictures'.
const AFTER_2 =
  '下一步，省中心将继续深化政务服务改革，推动更多事项网上办、掌上办、就近办，不断提升群众和企业的获得感和满意度，为全省经济社会发展提供优质高效的政务服务保障。';

const issue = toPrintableIssue(
  weekly2022n28.series,
  fixtureIssue({
    ...weekly2022n28,
    document: doc(
      h(1, '省中心主任检查窗口工作'),
      paragraph(TEXT),
      picture(LANDSCAPE.id, LANDSCAPE.width, LANDSCAPE.height, CAPTION_1, 100),
      paragraph(AFTER_1),
      paragraph(TEXT),
      picture(PORTRAIT.id, PORTRAIT.width, PORTRAIT.height, CAPTION_2, 75),
      paragraph(AFTER_2),
    ),
  }),
  weekly2022n28.closing,
);

interface ListedImage {
  page: number;
  width: number;
  height: number;
  /** Printed size in points, from the image's pixels and its ppi in the PDF. */
  widthPt: number;
  heightPt: number;
}

/** `pdfimages -list`: one row per image drawn (page, num, type, width, height, …, x-ppi, y-ppi, …). */
async function listImages(pdf: string): Promise<ListedImage[]> {
  const out = (await runBinary('pdfimages', ['-list', pdf])).toString('utf8');
  return out
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length >= 14 && cols[2] === 'image')
    .map((cols) => {
      const [page, width, height, xppi, yppi] = [cols[0], cols[3], cols[4], cols[12], cols[13]].map(Number) as [
        number,
        number,
        number,
        number,
        number,
      ];
      return { page, width, height, widthPt: (width / xppi) * 72, heightPt: (height / yppi) * 72 };
    });
}

let dir: string;
let docx: TextMeasurements;
let html: TextMeasurements;
let docxImages: ListedImage[];
let htmlImages: ListedImage[];
let media: string[];
let missingDocx: TextMeasurements;
let missingHtml: TextMeasurements;

beforeAll(async () => {
  assertFontsPresent();
  dir = await mkdtemp(path.join(tmpdir(), 'briefdesk-pictures-'));
  const docxPath = path.join(dir, 'pictures.docx');
  const bytes = await buildDocx(issue, layout, pictures);
  await writeFile(docxPath, bytes);
  media = Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) => name.startsWith('word/media/'));
  const docxPdf = await docxToPdf(docxPath, dir);
  const htmlPdf = path.join(dir, 'pictures-print.pdf');
  await writeFile(htmlPdf, (await renderPdf(issue, layout, { browser: await printBrowser(), fontDir: FANDOL_DIR, pictures })).pdf);
  [docx, html, docxImages, htmlImages] = await Promise.all([
    measureText(docxPdf),
    measureText(htmlPdf),
    listImages(docxPdf),
    listImages(htmlPdf),
  ]);
  // The same issue with its pictures' bytes missing: 图片缺失 boxes of the same size.
  const missingPath = path.join(dir, 'missing.docx');
  await writeFile(missingPath, await buildDocx(issue, layout, NO_PICTURES));
  const missingDocxPdf = await docxToPdf(missingPath, dir);
  const missingHtmlPdf = path.join(dir, 'missing-print.pdf');
  await writeFile(
    missingHtmlPdf,
    (await renderPdf(issue, layout, { browser: await printBrowser(), fontDir: FANDOL_DIR, pictures: NO_PICTURES })).pdf,
  );
  [missingDocx, missingHtml] = await Promise.all([measureText(missingDocxPdf), measureText(missingHtmlPdf)]);
  if (process.env.PICTURE_DUMP) {
    console.info(`picture PDFs in ${dir}`);
    for (const [name, m] of [
      ['docx', docx],
      ['html', html],
    ] as const)
      m.pages.forEach((p) =>
        bodyLines(p).forEach((l) => console.info(`${name} p${p.number} y=${l.yMin.toFixed(1)}-${l.yMax.toFixed(1)} ${l.text}`)),
      );
  }
});

afterAll(async () => {
  await Promise.all([closeRenderers(), closePrintBrowser()]);
  if (dir && !process.env.PICTURE_DUMP) await rm(dir, { recursive: true, force: true });
});

const clean = (text: string) => text.replace(/\s+/g, '');

const middle = (l: { yMin: number; yMax: number }) => (l.yMin + l.yMax) / 2;

/**
 * Page of the first line after the line holding `text`, and how far its middle is below the middle of
 * page 1's first body line (`本周…`), in grid lines: the engines' glyph boxes differ, their grid does not.
 */
function lineAfter(m: TextMeasurements, text: string): { page: number; lines: number } | null {
  const reference = bodyLines(m.pages[0]!).find((l) => clean(l.text).startsWith('本周'));
  for (const page of m.pages) {
    const lines = bodyLines(page);
    const i = lines.findIndex((l) => clean(l.text).includes(text));
    if (i >= 0 && lines[i + 1] && reference) return { page: page.number, lines: (middle(lines[i + 1]!) - middle(reference)) / pitch };
  }
  return null;
}

describe('an issue with two pictures and captions', () => {
  it('has the same pages and lines per page in both engines', () => {
    console.info(
      `pictures: DOCX ${docx.pageCount} pages (${docx.linesPerPage.join(',')} lines), print ${html.pageCount} pages (${html.linesPerPage.join(',')} lines)`,
    );
    expect(docx.pageCount).toBeGreaterThanOrEqual(2);
    expect(html.pageCount).toBe(docx.pageCount);
    expect(html.linesPerPage).toEqual(docx.linesPerPage);
    expect(html.firstLines).toEqual(docx.firstLines);
  });

  it('shares at least 98 % identical lines (figure printed)', () => {
    const ratio = identicalLineRatioOf(docx.pages, html.pages);
    console.info(`pictures: identical lines ${(ratio * 100).toFixed(1)} %`);
    expect(ratio).toBeGreaterThanOrEqual(0.98);
  });

  it('prints both captions, each under its picture', () => {
    for (const m of [docx, html]) {
      const all = m.pages.flatMap((p) => bodyLines(p).map((l) => clean(l.text)));
      expect(all).toContain(CAPTION_1);
      expect(all).toContain(CAPTION_2);
    }
  });

  it('keeps the text after each picture on the grid, at the same place in both', () => {
    for (const caption of [CAPTION_1, CAPTION_2]) {
      const a = lineAfter(docx, caption);
      const b = lineAfter(html, caption);
      expect(a, caption).not.toBeNull();
      expect(b?.page).toBe(a?.page);
      // On a grid line (a whole number of lines from the reference line), and the same one in both.
      for (const at of [a!, b!]) expect(Math.abs(at.lines - Math.round(at.lines)), caption).toBeLessThan(0.1);
      expect(Math.round(b!.lines)).toBe(Math.round(a!.lines));
    }
  });

  it('draws both images in both PDFs, at the same printed size', () => {
    console.info(
      `pictures: DOCX images ${docxImages.map((i) => `p${i.page} ${i.widthPt.toFixed(1)}×${i.heightPt.toFixed(1)} pt`).join(', ')}; print ${htmlImages
        .map((i) => `p${i.page} ${i.widthPt.toFixed(1)}×${i.heightPt.toFixed(1)} pt`)
        .join(', ')}`,
    );
    expect(docxImages).toHaveLength(2);
    expect(htmlImages).toHaveLength(2);
    expect(htmlImages.map((i) => i.page)).toEqual(docxImages.map((i) => i.page));
    const expected = [LANDSCAPE, PORTRAIT].map((p, i) =>
      pictureSize(layout, { pixelWidth: p.width, pixelHeight: p.height, widthShare: i === 0 ? 1 : 0.75, caption: 'x' }),
    );
    [docxImages, htmlImages].forEach((images) =>
      images.forEach((image, i) => {
        // pdfimages gives whole ppi: the printed size from it is good to about 0.5 %.
        expect(Math.abs(image.widthPt / expected[i]!.widthPt - 1)).toBeLessThan(0.01);
        expect(Math.abs(image.heightPt / expected[i]!.heightPt - 1)).toBeLessThan(0.01);
      }),
    );
  });

  it('puts the images in the DOCX package', () => {
    expect(media).toHaveLength(2);
  });

  it('draws no text over other text in either engine', () => {
    for (const [name, m] of Object.entries({ docx, html })) {
      for (const page of m.pages) expect(overprintedLines(page, pitch), `${name} page ${page.number}`).toEqual([]);
    }
  });
});

describe('the same issue with its pictures missing', () => {
  it("prints 图片缺失 boxes that take the pictures' lines, the same in both engines", () => {
    console.info(`missing pictures: DOCX ${missingDocx.linesPerPage.join(',')} lines, print ${missingHtml.linesPerPage.join(',')} lines`);
    for (const m of [missingDocx, missingHtml]) {
      const all = m.pages.flatMap((p) => bodyLines(p).map((l) => clean(l.text)));
      expect(all.filter((l) => l === '图片缺失')).toHaveLength(2);
    }
    // The boxes' text lines are the only ones more than with the pictures.
    expect(missingDocx.linesPerPage).toEqual(docx.linesPerPage.map((n, i) => n + (i === 1 || i === 2 ? 1 : 0)));
    expect(missingHtml.linesPerPage).toEqual(missingDocx.linesPerPage);
    expect(missingHtml.firstLines).toEqual(missingDocx.firstLines);
    for (const caption of [CAPTION_1, CAPTION_2])
      expect(Math.round(lineAfter(missingHtml, caption)!.lines)).toBe(Math.round(lineAfter(missingDocx, caption)!.lines));
  });
});
