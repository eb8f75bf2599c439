import { describe, expect, it } from 'vitest';
import { keepWithNextBlocks } from '../../../shared/layout/keepWithNext';
import type { PrintBlock } from '../../../shared/layout/issueView';

const heading = (label: string, text: string): PrintBlock => ({ kind: 'heading', level: 1, label, runs: [{ text, bold: false }] });
const paragraph = (text: string): PrintBlock => ({ kind: 'paragraph', level: null, label: null, runs: [{ text, bold: false }] });
const table: PrintBlock = { kind: 'table', level: null, label: null, runs: [], table: { rows: [['a']], headerRows: 1, columnWidths: [1] } };

describe('keepWithNextBlocks', () => {
  it('keeps every heading followed by something, and a one-line introduction with its table', () => {
    const blocks = [heading('一、', '概况'), paragraph('本周业务量统计如下：'), table, paragraph('正文。'), heading('二、', '结尾')];
    expect([...keepWithNextBlocks(blocks, 28)]).toEqual([0, 1]);
  });

  it('does not keep a long paragraph or one that does not introduce', () => {
    const long = paragraph(`${'长'.repeat(40)}如下：`);
    expect([...keepWithNextBlocks([long, table], 28)]).toEqual([]);
    expect([...keepWithNextBlocks([paragraph('本周情况。'), table], 28)]).toEqual([]);
  });
});
