import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/services/export/docx/buildDocx';
import { table } from '../../../shared/document/table';
import { paragraph } from '../../../shared/document/types';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { DEFAULT_LAYOUT, textBlockTwips } from '../../../shared/layout/spec';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';
import { doc } from '../../fixtures/issues/build';
import { attr, elements, first, paragraphs, part, runs, text, unzipDocx } from './docxXml';

/** The sample's header and body around a statistics table of `rows` rows (header included). */
function issueWithTable(rows: string[][]) {
  const fixture = {
    ...weekly2022n28,
    document: doc(paragraph('本周窗口业务量统计如下。'), table(rows, 1, [0.4, 0.2, 0.2, 0.2]), paragraph('以上数据截至本周五。')),
  };
  return toPrintableIssue(fixture.series, fixtureIssue(fixture), fixture.closing);
}

const ROWS = [
  ['单位', '咨询人次', '受理件数', '办结件数'],
  ['民政厅', '2230', '700', '3949'],
  // 16 characters: 12 fit on a line of the 40 % column (168.9 pt at 13.79 pt a character), so two lines.
  ['自然资源厅及下属单位联合服务窗口', '37596', '12', '5461'],
];

describe('buildDocx: a table', () => {
  let doc: string;
  let tbl: string;

  beforeAll(async () => {
    const parts = await unzipDocx(await buildDocx(issueWithTable(ROWS), DEFAULT_LAYOUT));
    doc = part(parts, 'word/document.xml');
    // The closing block is a table too (floating, last): the statistics table is the first.
    tbl = first(doc, 'tbl')!;
  });

  it('is as wide as the text block, fixed layout, columns sharing the width', () => {
    const width = textBlockTwips(DEFAULT_LAYOUT).width;
    expect(attr(tbl, 'tblW', 'w')).toBe(String(width));
    expect(attr(tbl, 'tblW', 'type')).toBe('dxa');
    expect(attr(tbl, 'tblLayout', 'type')).toBe('fixed');
    const cols = elements(tbl, 'gridCol').map((c) => Number(attr(c, 'gridCol', 'w')));
    expect(cols).toHaveLength(4);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(width);
  });

  it('marks only the first row as the repeated header, and no row may split', () => {
    const rows = elements(tbl, 'tr');
    expect(rows).toHaveLength(3);
    expect(elements(rows[0]!, 'tblHeader')).toHaveLength(1);
    expect(elements(rows[1]!, 'tblHeader')).toHaveLength(0);
    expect(elements(rows[2]!, 'tblHeader')).toHaveLength(0);
    for (const row of rows) expect(elements(row, 'cantSplit')).toHaveLength(1);
  });

  it('gives every row an exact height of whole grid lines: one line, and two for the long cell', () => {
    const heights = elements(tbl, 'tr').map((row) => [attr(row, 'trHeight', 'val'), attr(row, 'trHeight', 'hRule')]);
    expect(heights).toEqual([
      // The header gives back the room LibreOffice takes for the table's top and bottom rules (2 × 0.5 pt).
      ['559', 'exact'],
      ['579', 'exact'],
      ['1158', 'exact'],
    ]);
  });

  it('sets cell text at 14 pt in 仿宋_GB2312 with Times New Roman for digits, header bold, no theme fonts', () => {
    const cellRuns = runs(tbl).filter((r) => text(r) !== '');
    expect(cellRuns.length).toBe(12);
    for (const run of cellRuns) {
      expect(attr(run, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
      expect(attr(run, 'rFonts', 'ascii')).toBe('Times New Roman');
      expect(attr(run, 'rFonts', 'hint')).toBe('eastAsia');
      expect(attr(run, 'lang', 'eastAsia')).toBe('zh-CN');
      expect(attr(run, 'sz', 'val')).toBe('28');
      expect(run).not.toMatch(/Theme/);
    }
    const [header, ...body] = elements(tbl, 'tr');
    for (const run of runs(header!)) expect(run).toMatch(/<w:b\/>|<w:b /);
    for (const row of body) for (const run of runs(row)) expect(run).not.toMatch(/<w:b\/>|<w:b /);
  });

  it('cell paragraphs: exact grid line, no first-line indent, widow control off, centred', () => {
    const cellParagraphs = paragraphs(tbl);
    expect(cellParagraphs).toHaveLength(12);
    for (const p of cellParagraphs) {
      expect(attr(p, 'spacing', 'line')).toBe('579');
      expect(attr(p, 'spacing', 'lineRule')).toBe('exact');
      expect(attr(p, 'ind', 'firstLine')).toBe('0');
      expect(attr(p, 'widowControl', 'val')).toMatch(/^(0|false)$/);
      expect(attr(p, 'jc', 'val')).toBe('center');
    }
  });

  it('draws 0.5 pt black single borders all round and inside', () => {
    const borders = first(tbl, 'tblBorders')!;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(attr(borders, side, 'val')).toBe('single');
      expect(attr(borders, side, 'sz')).toBe('4');
      expect(attr(borders, side, 'color')).toBe('000000');
    }
  });

  it('keeps the text around it in order: paragraph, table, paragraph', () => {
    const body = doc.slice(doc.indexOf('本周窗口业务量'));
    expect(body.indexOf('<w:tbl>')).toBeGreaterThan(0);
    expect(body.indexOf('以上数据截至本周五')).toBeGreaterThan(body.indexOf('<w:tbl>'));
  });
});
