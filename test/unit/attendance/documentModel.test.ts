import { createEditor, Editor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withBriefDocument } from '../../../shared/document/normalize';
import { blocksToPlainText } from '../../../shared/document/plainText';
import { documentSchema, storedDocumentSchema } from '../../../shared/document/schema';
import { DOCUMENT_SCHEMA_VERSION, generated, numbered, paragraph } from '../../../shared/document/types';
import { upgradeDocument } from '../../../shared/document/upgrade';
import { toPrintableIssue } from '../../../shared/layout/issueView';

function normalized(children: unknown[]): Descendant[] {
  const editor = withBriefDocument(withHistory(createEditor()));
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

const v1 = { schemaVersion: 1, blocks: [{ type: 'paragraph', children: [{ text: '本周情况。' }] }] };

describe('document schema version 2', () => {
  it('is version 2 and accepts a generated block', () => {
    expect(DOCUMENT_SCHEMA_VERSION).toBe(2);
    const doc = { schemaVersion: 2, blocks: [generated('attendance', ['本周无请假3天以上人员。'])] };
    expect(documentSchema.safeParse(doc).success).toBe(true);
  });

  it('upgrades a stored version-1 document on read, and only there', () => {
    expect(upgradeDocument(v1)).toEqual({ ...v1, schemaVersion: 2 });
    expect(storedDocumentSchema.parse(v1)).toEqual({ ...v1, schemaVersion: 2 });
    expect(documentSchema.safeParse(v1).success).toBe(false);
    expect(storedDocumentSchema.safeParse({ schemaVersion: 3, blocks: v1.blocks }).success).toBe(false);
  });

  it('refuses a generated block with text in it or an unknown kind', () => {
    const withText = { type: 'generated', kind: 'attendance', lines: [], children: [{ text: 'x' }] };
    const unknown = { type: 'generated', kind: 'weather', lines: [], children: [{ text: '' }] };
    expect(documentSchema.safeParse({ schemaVersion: 2, blocks: [withText] }).success).toBe(false);
    expect(documentSchema.safeParse({ schemaVersion: 2, blocks: [unknown] }).success).toBe(false);
  });
});

describe('generated block normalizer', () => {
  it('keeps a good generated block as it is', () => {
    const block = generated('leaderVisits', ['本周，…']);
    expect(normalized([block])).toEqual([block]);
  });

  it('empties text that got into it, drops extra children and foreign keys, repairs its lines', () => {
    const result = normalized([
      { type: 'generated', kind: 'attendance', level: 2, lines: 'x', children: [{ text: '字' }, { text: '多' }] },
    ]);
    expect(result).toEqual([{ type: 'generated', kind: 'attendance', lines: [], children: [{ text: '' }] }]);
    expect(documentSchema.safeParse({ schemaVersion: 2, blocks: result }).success).toBe(true);
  });

  it('turns a generated block of unknown kind into a paragraph, and strips generated keys from others', () => {
    expect(normalized([{ type: 'generated', kind: 'weather', lines: ['晴'], children: [{ text: '' }] }])).toEqual([paragraph()]);
    expect(normalized([{ type: 'paragraph', kind: 'attendance', lines: ['a'], children: [{ text: '正文' }] }])).toEqual([
      paragraph('正文'),
    ]);
  });

  it('makes the editor treat it as void', () => {
    const editor = withBriefDocument(createEditor());
    expect(editor.isVoid(generated('attendance'))).toBe(true);
    expect(editor.isVoid(paragraph('x'))).toBe(false);
  });
});

describe('generated blocks in text and print', () => {
  const blocks = [
    numbered(1, '考勤情况'),
    generated('attendance', ['本周累计请假3天以上的有：', '事假：民政厅甲。']),
    numbered(1, '下一节'),
  ];

  it('give their stored lines as ordinary lines of plain text, numbering untouched', () => {
    expect(blocksToPlainText(blocks)).toEqual(['一、考勤情况', '本周累计请假3天以上的有：', '事假：民政厅甲。', '二、下一节']);
  });

  it('print as ordinary body paragraphs', () => {
    const printable = toPrintableIssue(
      { title: '窗口工作周报', issuer: '省中心', hasTotal: false },
      {
        year: 2024,
        number: 1,
        totalNumber: null,
        issueDate: '2024-07-04',
        periodStart: null,
        periodEnd: null,
        partTitle: null,
        document: { schemaVersion: 2, blocks },
      },
      null,
    );
    expect(printable.blocks.map((b) => [b.kind, b.label, b.runs.map((r) => r.text).join('')])).toEqual([
      ['heading', '一、', '考勤情况'],
      ['paragraph', null, '本周累计请假3天以上的有：'],
      ['paragraph', null, '事假：民政厅甲。'],
      ['heading', '二、', '下一节'],
    ]);
  });
});
