/**
 * The proofreader's memory (the incremental pass of the editor): after any change its findings equal a
 * full pass over the same document, and a block the change did not touch is not read again — its
 * findings come back as the very same objects.
 */
import { describe, expect, it } from 'vitest';
import { numbered, paragraph, type BlockElement, type BriefDocument } from '../../../shared/document/types';
import { createProofreader, proofread, type ProofreadContext } from '../../../shared/proofread';

const CONTEXT: ProofreadContext = {
  period: { start: '2024-03-18', end: '2024-03-22' },
  departments: [{ name: '省市场监管局', fullName: '四川省市场监督管理局' }],
  people: [{ name: '梁勇', title: '副厅长', department: '商务厅' }],
  closingLines: ['省政务管理办公室 。'],
};

function doc(blocks: BlockElement[]): BriefDocument {
  return { schemaVersion: 2, blocks };
}

const start = () =>
  doc([
    numbered(1, '政务工作动态'),
    paragraph('3月19日,省中心召开例会,传达学习"直达快享"工作要点。'),
    paragraph('本周,商务厅厅长梁勇到省市监局窗口调研 。'),
    {
      type: 'table',
      rows: [
        ['单位', '受理(件)'],
        ['民政厅', '７０５'],
      ],
      headerRows: 1,
      children: [{ text: '' }],
    },
    paragraph('3月25日共受理 705 件...'),
  ]);

describe('createProofreader', () => {
  it('after each kind of change finds what a full pass finds', () => {
    const reader = createProofreader(CONTEXT);
    let d = start();
    expect(reader.run(d)).toEqual(proofread(d, CONTEXT));

    // A keystroke: one block replaced by a new object (as Slate does), the others the same objects.
    d = doc(d.blocks.map((b, i) => (i === 2 ? paragraph('本周,商务厅副厅长梁勇到省市场监管局窗口调研。') : b)));
    expect(reader.run(d)).toEqual(proofread(d, CONTEXT));

    // A block inserted above: every later finding moves to its new place.
    d = doc([paragraph('2024 年第10期'), ...d.blocks]);
    expect(reader.run(d)).toEqual(proofread(d, CONTEXT));

    // A block removed, and a heading made a whole-paragraph item (another role, another rule set).
    d = doc(d.blocks.filter((_, i) => i !== 2).map((b, i) => (i === 1 ? { ...b, display: 'paragraph' as const } : b)));
    expect(reader.run(d)).toEqual(proofread(d, CONTEXT));

    // A block changed in place (not the editor's way, but it must not leave stale findings).
    const last = d.blocks[d.blocks.length - 1]!;
    last.children[0]!.text = '3月25日共受理705件。';
    expect(reader.run(d)).toEqual(proofread(d, CONTEXT));
  });

  it('does not read an untouched block again: its findings are the same objects', () => {
    const reader = createProofreader(CONTEXT);
    const d = start();
    const first = reader.run(d);
    const changed = doc(d.blocks.map((b, i) => (i === 1 ? paragraph('3月19日，省中心召开例会。') : b)));
    const second = reader.run(changed);
    const ofBlock = (findings: typeof first, block: number) =>
      findings.filter((f) => f.place.kind !== 'closing' && f.place.block === block);
    for (const block of [2, 3, 4]) {
      expect(ofBlock(second, block).length).toBeGreaterThan(0);
      ofBlock(second, block).forEach((finding, k) => expect(finding).toBe(ofBlock(first, block)[k]));
    }
    expect(ofBlock(second, 1)).toEqual([]);
    expect(ofBlock(first, 1).length).toBeGreaterThan(0);
  });
});
