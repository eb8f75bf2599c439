/**
 * `npm run bench -- proofread`: 校对 over a 30-page issue (a full pass, and the pass after one
 * keystroke with the proofreader's memory), and a 10-page paste from Word HTML (the walk of
 * shared/document/pasteHtml.ts; parsing is the browser's DOMParser in the app, jsdom here, shown apart).
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { htmlToBlocks, type HtmlNode } from '../shared/document/pasteHtml';
import type { BriefDocument } from '../shared/document/types';
import { createProofreader, proofread, type ProofreadContext } from '../shared/proofread';
import { benchDocument, percentile } from './fixtures';

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/** The bench issue with the samples' noise in every fifth paragraph (half-width commas, stray spaces). */
function noisyDocument(): BriefDocument {
  const doc = benchDocument();
  doc.blocks.forEach((block, i) => {
    if (i % 5 !== 0 || block.type !== 'paragraph') return;
    const leaf = block.children[0]!;
    leaf.text = leaf.text.replace('，', ',').replace('省中心', '省 中心') + '2024 年';
  });
  return doc;
}

function context(): ProofreadContext {
  const departments = Array.from({ length: 60 }, (_, i) => ({ name: `第${i}号测试厅`, fullName: `四川省第${i}号测试厅` }));
  departments.push({ name: '省市场监管局', fullName: '四川省市场监督管理局' }, { name: '住房城乡建设厅', fullName: '' });
  const people = Array.from({ length: 300 }, (_, i) => ({ name: `测试${String.fromCharCode(0x4e00 + i)}`, title: '副厅长', department: `第${i % 60}号测试厅` }));
  return { period: { start: '2024-03-18', end: '2024-03-22' }, issueDate: '2024-03-29', departments, people, closingLines: ['省政务管理办公室。'] };
}

function wordHtml(paragraphs: number): string {
  const parts = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment-->'];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 20 === 0) parts.push(`<p class=MsoNormal><b><span style='font-family:黑体'>${'一二三四五六七八九十'[(i / 20) % 10]}、政务工作动态</span></b><o:p></o:p></p>`);
    else if (i % 30 === 7) parts.push(`<table class=MsoTableGrid border=1>${'<tr><td><p class=MsoNormal>省本级</p></td><td><p>705</p></td><td><p>5233</p></td></tr>'.repeat(8)}</table>`);
    else parts.push(`<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>(${'一二三'[i % 3]})</span><b><span>住房城乡建设厅</span></b><span style='font-family:仿宋_GB2312;color:black'>召开全省住房城乡建设系统安全生产治本攻坚三年行动动员部署会议,要求各地明确责任分工和目标任务,重点抓好提升城镇 燃气安全管理水平。</span><o:p></o:p></p>`);
  }
  parts.push('<!--EndFragment--></body></html>');
  return parts.join('\n');
}

export async function runProofreadBench(): Promise<void> {
  const doc = noisyDocument();
  const ctx = context();
  const chars = doc.blocks.reduce((n, b) => n + b.children.reduce((m, c) => m + c.text.length, 0), 0);

  for (let i = 0; i < 5; i++) proofread(doc, ctx); // warm-up (JIT)
  const full: number[] = [];
  let count = 0;
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    count = proofread(doc, ctx).length;
    full.push(performance.now() - t);
  }

  const reader = createProofreader(ctx);
  reader.run(doc);
  const incremental: number[] = [];
  for (let i = 0; i < 300; i++) {
    const block = doc.blocks[(i * 7) % doc.blocks.length]!;
    block.children[0]!.text += i % 2 === 0 ? ',' : '字';
    const t = performance.now();
    reader.run({ ...doc, blocks: [...doc.blocks] });
    incremental.push(performance.now() - t);
  }

  const require = createRequire(import.meta.url);
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: { document: { body: unknown } } } };
  const html = wordHtml(200); // ≈10 pages of 22 lines × 28 characters
  const parse: number[] = [];
  const walk: number[] = [];
  let blocks = 0;
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const body = new JSDOM(html).window.document.body as HtmlNode;
    const t1 = performance.now();
    const result = htmlToBlocks(body);
    const t2 = performance.now();
    if (result.ok) blocks = result.blocks.length;
    if (i >= 2) {
      parse.push(t1 - t0);
      walk.push(t2 - t1);
    }
  }

  console.log(`\n校对 (30页简报: ${doc.blocks.length} 段, ${chars} 字, 名册 ${ctx.departments?.length} 个部门 ${ctx.people?.length} 人; ${count} 条意见)`);
  console.log(`  全文校对        p50 ${fmt(percentile(full, 50))}  p95 ${fmt(percentile(full, 95))}  (${full.length} 次, 目标 ≤ 30 ms)`);
  console.log(`  按键后增量校对  p50 ${fmt(percentile(incremental, 50))}  p95 ${fmt(percentile(incremental, 95))}  (${incremental.length} 次, 目标 ≤ 5 ms)`);
  console.log(`粘贴 (Word HTML 10页: ${(html.length / 1024).toFixed(0)} KB → ${blocks} 段)`);
  console.log(`  清理与转换      p50 ${fmt(percentile(walk, 50))}  p95 ${fmt(percentile(walk, 95))}  (${walk.length} 次, 目标 ≤ 100 ms)`);
  console.log(`  (解析 HTML: jsdom p50 ${fmt(percentile(parse, 50))}; 应用中由浏览器 DOMParser 解析)`);
}
