/**
 * `npm run bench -- proofread`: 校对 over a 30-page issue (a full pass, and the pass after one
 * keystroke with the proofreader's memory), and a 10-page paste from Word HTML — in the real editor
 * in Chromium (browser mode: parse, clean, insert and render, measured in the page), and the walk of
 * shared/document/pasteHtml.ts alone under Node (parsed by jsdom, shown apart).
 *
 * The text is the samples' own paragraphs, every copy with its own figures (bench/proofreadFixtures.ts):
 * a proofreader that remembers texts gets nothing from repetition.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { htmlToBlocks, type HtmlNode } from '../shared/document/pasteHtml';
import { createProofreader, proofread, type ProofreadContext } from '../shared/proofread';
import { percentile } from './fixtures';
import { browserPaste } from './pasteInBrowser';
import { documentChars, samplePages, wordClipboardHtml } from './proofreadFixtures';

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const line = (label: string, samples: readonly number[], aim: string) =>
  `  ${label}p50 ${fmt(percentile(samples, 50))}  p95 ${fmt(percentile(samples, 95))}  max ${fmt(Math.max(...samples))}  (${samples.length} 次, 目标 ${aim})`;

function context(): ProofreadContext {
  const departments = Array.from({ length: 60 }, (_, i) => ({ name: `第${i}号测试厅`, fullName: `四川省第${i}号测试厅` }));
  departments.push({ name: '省市场监管局', fullName: '四川省市场监督管理局' }, { name: '住房城乡建设厅', fullName: '' });
  const people = Array.from({ length: 300 }, (_, i) => ({
    name: `测试${String.fromCharCode(0x4e00 + i)}`,
    title: '副厅长',
    department: `第${i % 60}号测试厅`,
  }));
  return {
    period: { start: '2024-03-18', end: '2024-03-22' },
    issueDate: '2024-03-29',
    departments,
    people,
    closingLines: ['省政务管理办公室。'],
  };
}

/** jsdom's parse and the walk, apart: in the app the browser's DOMParser parses. */
function nodePaste(html: string): { parse: number[]; walk: number[]; blocks: number } {
  const require = createRequire(import.meta.url);
  const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => { window: { document: { body: unknown } } } };
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
  return { parse, walk, blocks };
}

export async function runProofreadBench(): Promise<void> {
  const doc = samplePages(30);
  const ctx = context();

  for (let i = 0; i < 5; i++) proofread(doc, ctx); // warm-up (JIT)
  const full: number[] = [];
  let count = 0;
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    count = proofread(doc, ctx).length;
    full.push(performance.now() - t);
  }

  // One keystroke at a time in a block spread over the issue, as the editor hands the proofreader
  // its blocks after each change (a new array, unchanged blocks the same objects).
  const reader = createProofreader(ctx);
  reader.run(doc);
  const incremental: number[] = [];
  let blocks = doc.blocks;
  for (let i = 0; i < 300; i++) {
    const index = (i * 7) % blocks.length;
    const block = blocks[index]!;
    const children = block.children.map((leaf, k) =>
      k === block.children.length - 1 ? { ...leaf, text: leaf.text + (i % 2 === 0 ? ',' : '字') } : leaf,
    );
    blocks = blocks.map((b, k) => (k === index ? ({ ...b, children } as typeof b) : b));
    const t = performance.now();
    reader.run({ ...doc, blocks });
    incremental.push(performance.now() - t);
  }

  const html = wordClipboardHtml(10);
  const node = nodePaste(html);
  const browser = await browserPaste(html);

  console.log(
    `\n校对 (30页简报: ${doc.blocks.length} 段, ${documentChars(doc)} 字, 样例原文各段数字逐份不同, 名册 ${ctx.departments?.length} 个部门 ${ctx.people?.length} 人; ${count} 条意见)`,
  );
  console.log(line('全文校对        ', full, '≤ 30 ms'));
  console.log(line('按键后增量校对  ', incremental, '≤ 5 ms'));
  console.log(`粘贴 (Word HTML 10页: ${(html.length / 1024).toFixed(0)} KB → ${node.blocks} 段)`);
  console.log(line('Chromium 编辑器中: 粘贴→文档已更新 ', browser.handler, '≤ 100 ms'));
  console.log(line('Chromium 编辑器中: 粘贴→已渲染     ', browser.rendered, '≤ 100 ms'));
  console.log(line('Node: 清理与转换(不含解析) ', node.walk, '≤ 100 ms'));
  console.log(`  (Node 的 jsdom 解析 p50 ${fmt(percentile(node.parse, 50))}; 应用中由浏览器 DOMParser 解析, 已含在上面 Chromium 的数字里)`);
}
