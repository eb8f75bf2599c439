/**
 * Layout figures for an issue with 10 photos (issue 14: "DOCX export with 10 photos, aim ≤ 300 ms"):
 * camera-like JPEGs at what intake keeps (300 dpi at the text width: about 1800 px wide), with
 * captions, between the paragraphs of a ≈10-page issue. DOCX build + pack, the PDF through Chromium
 * (warm), and the size of the print pages the preview loads.
 */
import jpeg from 'jpeg-js';
import { createHash } from 'node:crypto';
import { buildDocx } from '../electron/services/export/docx/index';
import { buildPrintHtml } from '../electron/services/export/print/buildPrintHtml';
import { launchChromium, renderPdf } from '../electron/services/export/print/pdf';
import { mapPictureSource, type PictureBytes } from '../electron/services/export/pictureSource';
import { picture, type BlockElement } from '../shared/document/types';
import { toPrintableIssue } from '../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../shared/layout/spec';
import { weekly2022n28 } from '../test/fixtures/issues/index';
import { fixtureIssue } from '../test/fixtures/issues/build';
import { benchDocument, percentile } from './fixtures';

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

/** A photo-like JPEG: a gradient with grain, so it compresses about as a photo does (hundreds of KB). */
function photo(width: number, height: number, seed: number): PictureBytes & { id: string } {
  const data = Buffer.alloc(width * height * 4);
  let state = seed * 2_654_435_761;
  for (let i = 0; i < width * height; i++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    const grain = (state >>> 24) % 48;
    const x = i % width;
    const y = Math.floor(i / width);
    data[i * 4] = Math.min(255, (x * 200) / width + grain);
    data[i * 4 + 1] = Math.min(255, (y * 200) / height + grain);
    data[i * 4 + 2] = Math.min(255, 90 + ((seed * 37) % 100) + grain);
    data[i * 4 + 3] = 255;
  }
  const bytes = Buffer.from(jpeg.encode({ data, width, height }, 85).data);
  return { id: createHash('sha256').update(bytes).digest('hex'), mime: 'image/jpeg', bytes, pixelWidth: width, pixelHeight: height };
}

export async function runPictureBench(): Promise<void> {
  const photos = Array.from({ length: 10 }, (_, i) => (i % 3 === 2 ? photo(1350, 1800, i + 1) : photo(1800, 1350, i + 1)));
  const pictures = mapPictureSource(photos);
  const text = benchDocument(120, 5_000).blocks;
  const blocks: BlockElement[] = [];
  text.forEach((block, i) => {
    blocks.push(block);
    const p = photos[Math.floor(i / 12)];
    if (i % 12 === 11 && p)
      blocks.push(picture(p.id, p.pixelWidth, p.pixelHeight, `图为第${Math.floor(i / 12) + 1}张现场照片`, i % 24 === 11 ? 100 : 75));
  });
  const issue = toPrintableIssue(
    weekly2022n28.series,
    { ...fixtureIssue(weekly2022n28), document: { ...benchDocument(0, 0), blocks } },
    weekly2022n28.closing,
  );
  const layout = DEFAULT_LAYOUT;
  const photoBytes = photos.reduce((n, p) => n + p.bytes.byteLength, 0);

  const docx: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    bytes = (await buildDocx(issue, layout, pictures)).byteLength;
    docx.push(performance.now() - t0);
  }

  const browser = await launchChromium();
  try {
    const warm: number[] = [];
    const measure: number[] = [];
    const print: number[] = [];
    let pages = 0;
    for (let i = 0; i < 4; i++) {
      const result = await renderPdf(issue, layout, { browser, pictures });
      pages = result.pages;
      if (i === 0) continue;
      warm.push(result.timings.total);
      measure.push(result.timings.measure);
      print.push(result.timings.pdf);
    }
    // The same issue without its pictures' bytes (图片缺失 boxes): what the images themselves cost.
    const boxes: number[] = [];
    for (let i = 0; i < 3; i++) boxes.push((await renderPdf(issue, layout, { browser })).timings.total);
    const items = Array.from({ length: issue.blocks.length + 2 }, (_, i) => ({ lines: i === 0 ? 7 : 2, lineStarts: i === 0 ? null : [0] }));
    const preview = buildPrintHtml(issue, layout, { fontBaseUrl: '/fonts/', mode: 'preview', measurement: { items }, pictures }).length;
    const flow = buildPrintHtml(issue, layout, { fontBaseUrl: '/fonts/', mode: 'preview' }).length;

    console.log(`\n版式：10 张照片 (${pages} 页简报, 照片共 ${(photoBytes / 1024 / 1024).toFixed(1)} MB)`);
    console.log(
      `  DOCX 生成+打包   p50 ${fmt(percentile(docx, 50))}  max ${fmt(Math.max(...docx))}  (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
    );
    console.log(
      `  PDF (Chromium)   热 p50 ${fmt(percentile(warm, 50))} (测量+显示 ${fmt(percentile(measure, 50))}, 打印 ${fmt(percentile(print, 50))}); 无图片字节 p50 ${fmt(percentile(boxes, 50))}`,
    );
    console.log(
      `  预览文档大小     测量用 ${(flow / 1024).toFixed(0)} KB, 分页后 ${(preview / 1024 / 1024).toFixed(1)} MB (含图片 data: URL)`,
    );
  } finally {
    await browser.close();
  }
}
