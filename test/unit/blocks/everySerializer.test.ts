/**
 * Every block type through every shared serializer: the fixtures are typed over the block union, so a
 * new type joins this table as soon as it compiles, and fails here if its module lacks a piece.
 * (The DOCX and print serializers have their own sibling test.)
 */
import { createEditor, Editor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { BLOCKS, BLOCK_TYPES as REGISTRY_TYPES, blockLines, isVoidBlock } from '../../../shared/document/blocks/registry';
import { withBriefDocument } from '../../../shared/document/normalize';
import { blocksToPlainText } from '../../../shared/document/plainText';
import { documentSchema, storedDocumentSchema } from '../../../shared/document/schema';
import { DOCUMENT_SCHEMA_VERSION, type BlockElement, type BriefDocument } from '../../../shared/document/types';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { segmentsOf } from '../../../shared/proofread/segments';
import { BLOCK_FIXTURES, BLOCK_TYPES, bodyAround } from './blockFixtures';

const doc = (blocks: BlockElement[]): BriefDocument => ({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks });

function normalized(blocks: readonly BlockElement[]): Descendant[] {
  const editor = withBriefDocument(withHistory(createEditor()));
  editor.children = structuredClone(blocks) as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

const SERIES = { title: '政务服务工作简报', issuer: '省政务服务中心', hasTotal: false };
const ISSUE = { year: 2026, number: 5, totalNumber: null, issueDate: '2026-03-20', periodStart: null, periodEnd: null, partTitle: null };

/** What each fixture prints as plain text: written out here, not derived from the code under test. */
const PLAIN: Record<(typeof BLOCK_TYPES)[number], string[]> = {
  paragraph: ['省中心召开窗口工作例会，部署下周工作'],
  numbered: ['一、大厅巡查情况'],
  generated: ['本周，各窗口工作人员出勤正常。', '请假：张三（事假1天）。'],
  table: ['窗口\t办件量', '综合受理\t1,024'],
  statistics: ['本周，共计咨询2046人次。'],
  picture: ['[图片：图为省中心主任在大厅检查工作]'],
};

describe('every block type through every shared serializer', () => {
  it('the registry and the fixtures cover the same types', () => {
    expect([...REGISTRY_TYPES].sort()).toEqual([...BLOCK_TYPES].sort());
    for (const type of REGISTRY_TYPES) expect(BLOCKS[type].type).toBe(type);
  });

  describe.each(BLOCK_TYPES)('%s', (type) => {
    const block = BLOCK_FIXTURES[type] as BlockElement;

    it('is accepted by the request and the stored schema, unchanged', () => {
      expect(documentSchema.parse(doc(bodyAround(block))).blocks[1]).toEqual(block);
      expect(storedDocumentSchema.parse(doc(bodyAround(block))).blocks[1]).toEqual(block);
    });

    it('is left unchanged by the editor normaliser', () => {
      expect(normalized(bodyAround(block))).toEqual(bodyAround(block));
    });

    it('gives its plain text', () => {
      expect(blocksToPlainText([block])).toEqual(PLAIN[type]);
      expect(blockLines(block).length).toBeGreaterThan(0);
    });

    it('prints at least one block', () => {
      const printable = toPrintableIssue(SERIES, { ...ISSUE, document: doc(bodyAround(block)) }, null);
      // The paragraphs around it print too: what lies between them is this block's.
      expect(printable.blocks.length).toBeGreaterThan(2);
      expect(printable.blocks[0]!.runs[0]!.text).toBe('前文。');
      expect(printable.blocks.at(-1)!.runs[0]!.text).toBe('后文。');
    });

    it('gives the proofreader what it prints', () => {
      // Every text of a block that prints text of its own reaches the rules.
      const texts = segmentsOf(doc([block])).map((s) => s.text);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.join('')).not.toBe('');
    });

    it('is void exactly when its content is edited outside Slate text', () => {
      expect(isVoidBlock(block)).toBe(type !== 'paragraph' && type !== 'numbered');
    });
  });
});
