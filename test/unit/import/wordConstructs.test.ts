/**
 * Issue 10.3: real Word/WPS constructs import whole. Each fixture of test/fixtures/import/word is read
 * and detected; its structure (masthead, the body as stored — outline with levels, tables — 报尾,
 * warnings) must equal the expected JSON checked by hand once, and its export must print 一、 to 五、.
 * Set UPDATE_IMPORT_EXPECTED=1 to rewrite an expected file after a deliberate change (then check it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/services/export/docx/buildDocx';
import { readImportFile } from '../../../electron/services/import';
import { blockText, type BlockElement } from '../../../shared/document/types';
import { detectIncoming } from '../../../shared/import';
import type { DetectedIssue } from '../../../shared/import/types';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { WORD_CONSTRUCTS } from '../../fixtures/import/word/constructs';

const EXPECTED_DIR = join(__dirname, '../../fixtures/import/word/expected');

function outlineLine(block: BlockElement): string {
  switch (block.type) {
    case 'numbered':
      return `${block.display === 'heading' ? '标题' : '段落'}${block.level} ${blockText(block)}`;
    case 'table':
      return `表格 ${block.rows.map((row) => row.join('|')).join(' / ')}`;
    case 'statistics':
      return `统计 ${block.groupId} ${block.form}`;
    case 'paragraph':
      return `正文 ${block.children.map((leaf) => (leaf.bold ? `**${leaf.text}**` : leaf.text)).join('')}`;
    default:
      return block.type;
  }
}

function summary(issue: DetectedIssue): unknown {
  return {
    seriesTitle: issue.seriesTitle,
    numberLine: [issue.year, issue.number, issue.totalNumber],
    issuer: issue.issuer,
    issueDate: issue.issueDate,
    period: issue.period,
    body: issue.document.blocks.map(outlineLine),
    closing: issue.closing,
    warnings: issue.warnings,
  };
}

async function detect(build: () => Promise<Uint8Array>): Promise<DetectedIssue> {
  return detectIncoming(await readImportFile('往期.docx', await build()));
}

describe('Word and WPS constructs import whole', () => {
  it.each(WORD_CONSTRUCTS.map((c) => [c.name, c] as const))('%s', async (name, construct) => {
    const issue = await detect(construct.build);
    const file = join(EXPECTED_DIR, `${name}.json`);
    const actual = summary(issue);
    if (process.env.UPDATE_IMPORT_EXPECTED === '1' || !existsSync(file)) {
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it.each(WORD_CONSTRUCTS.map((c) => [c.name, c] as const))('%s exports 一、 to 五、 for its five sections', async (_name, construct) => {
    const issue = await detect(construct.build);
    const printable = toPrintableIssue(
      { title: issue.seriesTitle, issuer: issue.issuer ?? '', hasTotal: true },
      {
        year: issue.year!,
        number: issue.number!,
        totalNumber: issue.totalNumber,
        issueDate: issue.issueDate!,
        periodStart: issue.period?.[0] ?? null,
        periodEnd: issue.period?.[1] ?? null,
        partTitle: null,
        document: issue.document,
      },
      issue.closing,
    );
    const firstLevel = printable.blocks.filter((b) => b.level === 1).map((b) => b.label);
    expect(firstLevel).toEqual(['一、', '二、', '三、', '四、', '五、']);
    const xml = strFromU8(unzipSync(await buildDocx(printable, DEFAULT_LAYOUT))['word/document.xml']!);
    expect(xml).toContain('五、');
    expect(xml).not.toContain('六、');
  });
});
