/**
 * A generated archive for benchmarks: `issues` issues of 100 blocks each (realistic Chinese phrases,
 * ≈10 M characters at 1,000 issues) written straight into series 1 of an opened database, not yet
 * indexed. Deterministic, so figures compare across runs; one issue in 100 carries a rare marker.
 */
import type { Db } from '../electron/services/db/connection';
import { DOCUMENT_SCHEMA_VERSION, numbered, paragraph, type BlockElement } from '../shared/document/types';

const BLOCKS = 100;

const PHRASES = [
  '综窗改革攻坚行动',
  '高效办成一件事',
  '政务服务大厅',
  '窗口工作人员',
  '群众办事满意度',
  '营商环境持续优化',
  '本周共计咨询',
  '受理办件',
  '颁发证照',
  '流转件次',
  '大厅巡查情况',
  '总体情况良好',
  '因公外出',
  '病假',
  '事假',
  '厅（局）长进大厅',
  '调研值守',
  '省级部门',
  '进驻事项',
  '一网通办',
  '帮办代办',
  '跨省通办',
  '数据共享',
  '电子证照',
  '考勤情况',
  '服务标准化',
  '投诉处理',
  '好差评',
  '公共资源交易',
  '工程建设项目',
];

function issueBlocks(seed: number): BlockElement[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
  const blocks: BlockElement[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    if (b % 20 === 0) {
      blocks.push(numbered(1, PHRASES[next() % PHRASES.length]!));
      continue;
    }
    let text = '';
    while (text.length < 100) text += `${PHRASES[next() % PHRASES.length]}，`;
    // A rare marker in one issue out of 100, so "rare" queries have a handful of hits.
    if (seed % 100 === 7 && b === 50) text += '青羊区试点';
    blocks.push(paragraph(text));
  }
  return blocks;
}

/** Writes the issues (years from 2005, 50 a year); returns how many characters their bodies hold. */
export function fillArchive(db: Db, issues: number): number {
  let chars = 0;
  const insert = db.prepare(
    `INSERT INTO issues (series_id, year, number, total_number, issue_date, document, revision, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < issues; i++) {
      const year = 2005 + Math.floor(i / 50);
      const number = (i % 50) + 1;
      const blocks = issueBlocks(i);
      chars += blocks.reduce(
        (n, block) => n + ('children' in block ? block.children.reduce((m, c) => m + ('text' in c ? c.text.length : 0), 0) : 0),
        0,
      );
      const date = `${year}-${String(1 + Math.floor((number - 1) / 5)).padStart(2, '0')}-${String(1 + ((number - 1) % 5) * 5).padStart(2, '0')}`;
      const now = `${date}T08:00:00.000Z`;
      insert.run(year, number, i + 1, date, JSON.stringify({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks }), now, now);
    }
  }).immediate();
  return chars;
}
