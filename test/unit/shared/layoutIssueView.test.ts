import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../shared/document/schema';
import { DOCUMENT_SCHEMA_VERSION, numbered, paragraph } from '../../../shared/document/types';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { normalizePrintText } from '../../../shared/layout/printText';
import { fixtureIssue, SAMPLE_ISSUES, weekly2022n28, weekly2024n10, weekly2024n22 } from '../../fixtures/issues';

function printable(fixture = weekly2022n28) {
  return toPrintableIssue(fixture.series, fixtureIssue(fixture), fixture.closing);
}

describe('toPrintableIssue', () => {
  it('formats the masthead lines', () => {
    const issue = printable();
    expect(issue.seriesTitle).toBe('窗口工作周报');
    expect(issue.numberLine).toBe('2022年第28期（总第403期）');
    expect(issue.issuer).toBe('四川省政府政务服务和公共资源交易服务中心');
    expect(issue.dateLine).toBe('2022年9月27日');
    expect(issue.partTitle).toBe('政务服务工作');
    expect(issue.periodLine).toBe('（8月22日—8月26日）');
  });

  it('writes `第N期` for a series without a running total, and no part title or period when absent', () => {
    const series = { title: '政务窗口月报', issuer: '某中心', hasTotal: false };
    const issue = toPrintableIssue(
      series,
      { ...fixtureIssue(weekly2024n10), number: 2, totalNumber: null, partTitle: '  ', periodStart: null, periodEnd: null },
      null,
    );
    expect(issue.numberLine).toBe('第2期');
    expect(issue.partTitle).toBeNull();
    expect(issue.periodLine).toBeNull();
    expect(issue.closing).toBeNull();
  });

  it('labels numbered blocks with generated numbers, headings and whole paragraphs alike', () => {
    const blocks = printable().blocks;
    const labelled = blocks.filter((b) => b.label !== null).map((b) => `${b.kind}:${b.level}:${b.label}`);
    expect(labelled.slice(0, 5)).toEqual(['heading:1:一、', 'heading:1:二、', 'heading:2:（一）', 'heading:2:（二）', 'paragraph:4:（1）']);
    // The printed sample repeats （二）; generated numbers cannot.
    const ting = blocks.find((b) => b.runs[0]?.text === '厅（局）长进大厅');
    expect(ting?.label).toBe('（三）');
    expect(blocks.filter((b) => b.level === 2 && b.kind === 'paragraph').map((b) => b.label)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
    ]);
    const plain = blocks[1]!;
    expect(plain).toMatchObject({ kind: 'paragraph', level: null, label: null });
  });

  it('keeps bold runs', () => {
    const item = printable(weekly2024n10).blocks[2]!;
    expect(item.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['住房城乡建设厅', '经济和信息化厅窗口', '省林草局']);
  });

  it('normalises text for print and leaves out blocks that print nothing', () => {
    const issue = toPrintableIssue(
      weekly2022n28.series,
      {
        ...fixtureIssue(weekly2022n28),
        document: {
          schemaVersion: DOCUMENT_SCHEMA_VERSION,
          blocks: [paragraph('本周 , 受理 700 件(含线上)'), paragraph('   '), paragraph(''), numbered(1, '')],
        },
      },
      {
        lines: [
          { label: '发', text: ' 各部门窗口。' },
          { label: '报', text: '中心领导。' },
          { label: '送', text: ' ' },
        ],
        copies: 0,
      },
    );
    expect(issue.blocks).toEqual([
      { kind: 'paragraph', level: null, label: null, runs: [{ text: '本周，受理700件（含线上）', bold: false }] },
      { kind: 'heading', level: 1, label: '一、', runs: [] },
    ]);
    // 报/送/发 order whatever the input order; empty lines and a zero print run dropped.
    expect(issue.closing).toEqual({
      lines: [
        { label: '报', text: '中心领导。' },
        { label: '发', text: '各部门窗口。' },
      ],
      copies: null,
    });
  });

  it('passes the closing through in 报/送/发 order', () => {
    expect(printable().closing).toEqual({
      lines: [
        { label: '报', text: '中心领导。' },
        { label: '送', text: '各相关省级部门（单位），中心各处（室）、直属单位。' },
        { label: '发', text: '各部门窗口。' },
      ],
      copies: 80,
    });
  });
});

describe('sample issue fixtures', () => {
  it.each(SAMPLE_ISSUES.map((f) => [f.source, f] as const))('%s is a valid, clean document', (_name, fixture) => {
    expect(documentSchema.safeParse(fixture.document).success).toBe(true);
    for (const block of fixture.document.blocks) {
      for (const leaf of block.children) {
        // Cleaned by hand: the print normaliser finds nothing left to fix.
        expect(normalizePrintText(leaf.text)).toBe(leaf.text);
        expect(leaf.text).not.toMatch(/\*\*|[()]|^\s*[-—]\s*\d+\s*[-—]\s*$/);
        expect(leaf.text).not.toMatch(/^（[一二三四五六七八九十]+）|^[一二三四五六七八九十]+、|^（\d+）|^\d+\./);
      }
    }
    for (const line of fixture.closing.lines) expect(normalizePrintText(line.text)).toBe(line.text);
  });

  it('keeps the structure of the samples', () => {
    const level1 = (f: typeof weekly2022n28) => f.document.blocks.filter((b) => b.type === 'numbered' && b.level === 1).length;
    expect([weekly2022n28, weekly2024n10, weekly2024n22].map(level1)).toEqual([3, 5, 6]);
    expect(weekly2024n22.document.blocks.at(-1)?.children[0]?.text).toMatch(/^因公外出：民政厅游文慧/);
    expect(SAMPLE_ISSUES.map((f) => f.closing.copies)).toEqual([80, 103, 100]);
    expect(printable(weekly2024n22).seriesTitle).toBe('窗口工作周报');
  });
});
