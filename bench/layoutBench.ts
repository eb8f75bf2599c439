/**
 * Layout figures for a ≈30-page issue: DOCX build + pack, PDF through Chromium (warm and cold), and the
 * preview's repagination after an edit (measure the flow, paginate, show the pages), all with the same
 * serializers the app uses.
 */
import { buildDocx } from '../electron/services/export/docx/index';
import { layOutInPage, launchChromium, renderPdf, defaultFontDir } from '../electron/services/export/print/pdf';
import { toPrintableIssue, type PrintableIssue } from '../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../shared/layout/spec';
import { weekly2022n28 } from '../test/fixtures/issues/index';
import { fixtureIssue } from '../test/fixtures/issues/build';
import { pathToFileURL } from 'node:url';
import { benchDocument, percentile } from './fixtures';

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

function benchIssue(blocks = 640, chars = 14_500): PrintableIssue {
  const issue = { ...fixtureIssue(weekly2022n28), document: benchDocument(blocks, chars) };
  return toPrintableIssue(weekly2022n28.series, issue, weekly2022n28.closing);
}

export async function runLayoutBench(): Promise<void> {
  const issue = benchIssue();
  const layout = DEFAULT_LAYOUT;
  const chars = issue.blocks.reduce((n, b) => n + b.runs.reduce((m, r) => m + r.text.length, 0), 0);

  const docx: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    bytes = (await buildDocx(issue, layout)).byteLength;
    docx.push(performance.now() - t0);
  }

  const cold = await renderPdf(issue, layout);
  const browser = await launchChromium();
  try {
    const warm: number[] = [];
    for (let i = 0; i < 4; i++) warm.push((await renderPdf(issue, layout, { browser })).timings.total);

    // Repagination after an edit: the page is warm (fonts loaded), one paragraph grows, measure + pages.
    const page = await browser.newPage();
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const dir = await mkdtemp('/tmp/briefdesk-bench-');
    await writeFile(`${dir}/p.html`, '<!doctype html><meta charset="utf-8">');
    await page.goto(pathToFileURL(`${dir}/p.html`).href);
    const fontBaseUrl = pathToFileURL(defaultFontDir()).href;
    await layOutInPage(page, issue, layout, { fontBaseUrl, mode: 'preview' });
    const repaginations: number[] = [];
    for (let i = 0; i < 8; i++) {
      const edited = structuredClone(issue);
      const block = edited.blocks[200 + i]!;
      block.runs.push({ text: '本周新增一句话。'.repeat(i + 1), bold: false });
      const t0 = performance.now();
      await layOutInPage(page, edited, layout, { fontBaseUrl, mode: 'preview' });
      repaginations.push(performance.now() - t0);
    }

    console.log(`\n版式 (${cold.pages} 页简报: ${issue.blocks.length} 段, ${chars} 字)`);
    console.log(`  DOCX 生成+打包   p50 ${fmt(percentile(docx, 50))}  max ${fmt(Math.max(...docx))}  (${(bytes / 1024).toFixed(0)} KB)`);
    console.log(
      `  PDF (Chromium)   冷启动 ${fmt(cold.timings.total)} (其中启动浏览器 ${fmt(cold.timings.launch)})  热 p50 ${fmt(percentile(warm, 50))}`,
    );
    console.log(
      `  预览重新分页     p50 ${fmt(percentile(repaginations, 50))}  max ${fmt(Math.max(...repaginations))}  (测量+分页+显示, 改动一段后)`,
    );
  } finally {
    await browser.close();
  }
}
