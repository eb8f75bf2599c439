/**
 * A realistic 30-page issue for benchmarks: ≈600 blocks, ≈25,000 characters, sections with items and
 * body paragraphs in the proportions of the samples. Deterministic, so figures compare across runs.
 */
import { DOCUMENT_SCHEMA_VERSION, type BlockElement, type BriefDocument } from '../shared/document/types';

const PHRASES = [
  '省中心召开窗口首席事务代表工作例会',
  '会议传达学习了全国两会精神',
  '要求窗口全体同志以发展新质生产力为重要着力点',
  '积极打造优质营商环境和工业应用生态',
  '持续推进新版事项管理系统上线准备工作',
  '与省直部门梳理政务服务事项关联关系',
  '办事指南映射率提升到百分之七十六',
  '会同交通运输厅开展一件事试点推广及落地情况调研',
];

function sentence(i: number, length: number): string {
  let text = '';
  let k = i;
  while (text.length < length) text += `${PHRASES[k++ % PHRASES.length]}，`;
  return `${text.slice(0, length - 1)}。`;
}

export function benchDocument(blockCount = 600, targetChars = 25_000): BriefDocument {
  const blocks: BlockElement[] = [];
  const bodyLength = Math.round(targetChars / blockCount);
  for (let i = 0; blocks.length < blockCount; i++) {
    if (i % 60 === 0) blocks.push({ type: 'numbered', level: 1, display: 'heading', children: [{ text: `工作动态${i / 60 + 1}` }] });
    else if (i % 12 === 0) blocks.push({ type: 'numbered', level: 2, display: 'heading', children: [{ text: '综窗办件情况' }] });
    else if (i % 4 === 0) blocks.push({ type: 'numbered', level: 2, display: 'paragraph', children: [{ text: sentence(i, bodyLength) }] });
    else blocks.push({ type: 'paragraph', children: [{ text: sentence(i, bodyLength) }] });
  }
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}
