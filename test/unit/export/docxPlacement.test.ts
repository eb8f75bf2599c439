import { describe, expect, it } from 'vitest';
import { buildDocx, closingPlacement } from '../../../electron/services/export/docx/buildDocx';
import { toPrintableIssue, type PrintableIssue } from '../../../shared/layout/issueView';
import { resolveLayout } from '../../../shared/layout/overrides';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { fixtureIssue, weekly2024n22 } from '../../fixtures/issues';
import { attr, elements, first, paragraphs, part, text, unzipDocx } from './docxXml';

const EVEN = resolveLayout({ closing: { onEvenPage: true } });

/** 26 + 28 characters: exactly two lines on the 28-character grid with the two-character indent. */
const TWO_LINES = '一'.repeat(54);

/**
 * An issue of `count` two-line paragraphs. The masthead (title 2 lines, 期号, issuer/date, a blank
 * line, the period line) takes 6 of page 1's 22 lines, so page 1 holds 8 paragraphs and later pages 11.
 * Its 报尾 is four lines: it needs five free lines on a page.
 */
function issueOf(count: number): PrintableIssue {
  return {
    seriesTitle: '窗口工作周报',
    numberLine: '2024年第1期（总第1期）',
    issuer: '某中心',
    dateLine: '2024年1月8日',
    partTitle: null,
    periodLine: '（1月1日—1月5日）',
    blocks: Array.from({ length: count }, () => ({
      kind: 'paragraph' as const,
      level: null,
      label: null,
      runs: [{ text: TWO_LINES, bold: false }],
    })),
    closing: {
      lines: [
        { label: '报', text: '中心领导。' },
        { label: '送', text: '各处室。' },
        { label: '发', text: '各部门窗口。' },
      ],
      copies: 50,
    },
  };
}

describe('closingPlacement (estimated with docx/layout)', () => {
  it('does nothing unless the series asks for an even page', () => {
    expect(closingPlacement(issueOf(2), DEFAULT_LAYOUT)).toBe('asLaidOut');
    expect(closingPlacement({ ...issueOf(2), closing: null }, EVEN)).toBe('asLaidOut');
  });

  it('finds where the text ends and whether the 报尾 fits under it', () => {
    expect(closingPlacement(issueOf(2), EVEN)).toBe('nextPage'); // page 1 has room
    expect(closingPlacement(issueOf(16), EVEN)).toBe('asLaidOut'); // page 2 has 6 free lines
    expect(closingPlacement(issueOf(18), EVEN)).toBe('afterBlankPage'); // page 2 has 2 free lines
    expect(closingPlacement(issueOf(19), EVEN)).toBe('afterBlankPage'); // page 2 is full
  });

  it('puts the 2024-07-04 sample’s 报尾 after a blank page: its text ends low on page 4', () => {
    const issue = toPrintableIssue(weekly2024n22.series, fixtureIssue(weekly2024n22), weekly2024n22.closing);
    expect(closingPlacement(issue, EVEN)).toBe('afterBlankPage');
  });
});

describe('buildDocx with the 报尾 on an even page', () => {
  async function documentXml(issue: PrintableIssue, layout = EVEN) {
    const parts = await unzipDocx(await buildDocx(issue, layout));
    return { parts, doc: part(parts, 'word/document.xml') };
  }

  function beforeTable(doc: string): string {
    return paragraphs(doc.slice(0, doc.indexOf('<w:tbl>'))).at(-1)!;
  }

  it('writes no page break when nothing needs moving', async () => {
    const { doc } = await documentXml(issueOf(16));
    expect(doc).not.toMatch(/pageBreakBefore/);
    expect(elements(doc, 'sectPr')).toHaveLength(1);
  });

  it('starts a new page before the table when the 报尾 must leave an odd page', async () => {
    const { doc } = await documentXml(issueOf(2));
    expect(beforeTable(doc)).toMatch(/<w:pageBreakBefore\/>/);
    expect(text(beforeTable(doc))).toBe('');
    expect(elements(doc, 'sectPr')).toHaveLength(1);
  });

  it('adds a blank page and an unnumbered 报尾 page as a section without page numbers', async () => {
    const { parts, doc } = await documentXml(issueOf(19));
    const [textSection, closingSection] = elements(doc, 'sectPr');
    expect(closingSection).toBeDefined();
    expect(attr(closingSection, 'type', 'val')).toBe('nextPage');
    // The text section ends before the blank page; the table follows a page break in the new section.
    expect(doc.indexOf(textSection!)).toBeLessThan(doc.indexOf('<w:tbl>'));
    expect(beforeTable(doc)).toMatch(/<w:pageBreakBefore\/>/);
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const footerOf = (sectPr: string, type: string) => {
      const ref = elements(sectPr, 'footerReference').find((r) => attr(r, 'footerReference', 'type') === type)!;
      const id = ref.match(/r:id="([^"]+)"/)![1];
      const target =
        rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`))![1];
      return part(parts, `word/${target}`);
    };
    for (const type of ['default', 'even']) {
      expect(footerOf(textSection!, type)).toMatch(/PAGE/);
      // Both footers given explicitly: a section without them would inherit the numbered ones.
      expect(footerOf(closingSection!, type)).not.toMatch(/PAGE/);
      expect(text(footerOf(closingSection!, type))).toBe('');
    }
    expect(attr(first(closingSection!, 'docGrid'), 'docGrid', 'linePitch')).toBe('579');
  });
});
