import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/services/export/docx/buildDocx';
import {
  blockItem,
  buildPrintHtml,
  closingItem,
  contentsGapItem,
  contentsItem,
} from '../../../electron/services/export/print/buildPrintHtml';
import { checkMeasurement } from '../../../electron/services/export/print/checkMeasurement';
import { contentsRowLines } from '../../../shared/layout/contents';
import { toPrintableIssue, type PrintableIssue } from '../../../shared/layout/issueView';
import type { FlowMeasurement } from '../../../shared/layout/measureFlow';
import { resolveLayout } from '../../../shared/layout/overrides';
import { DEFAULT_LAYOUT, textBlockTwips } from '../../../shared/layout/spec';
import { doc, fixtureIssue, h, p } from '../../fixtures/issues/build';
import { weekly2022n28 } from '../../fixtures/issues';
import { attr, elements, first, paragraphs, part, text, unzipDocx } from '../export/docxXml';

const FONTS = 'file:///opt/briefdesk/resources/fonts/fandol/';

const document = doc(h(1, '政务工作动态'), p('本周，中心召开……'), h(2, '窗口服务'), p('窗口……'), h(1, '考勤情况'), p('请假……'));

function printable(enabled: boolean, level2 = true): PrintableIssue {
  const issue = { ...fixtureIssue(weekly2022n28), document };
  return toPrintableIssue(weekly2022n28.series, issue, weekly2022n28.closing, { enabled, level2 });
}

async function documentXml(issue: PrintableIssue, layout = DEFAULT_LAYOUT): Promise<string> {
  return part(await unzipDocx(await buildDocx(issue, layout)), 'word/document.xml');
}

/** The box's table: the first table of the body (the 报尾 table floats last). */
function boxOf(xml: string): string | undefined {
  const table = first(xml, 'tbl');
  return table !== undefined && text(table).startsWith('本期要目') ? table : undefined;
}

describe('本期要目 in the DOCX', () => {
  let on: string;
  let off: string;

  beforeAll(async () => {
    on = await documentXml(printable(true));
    off = await documentXml(printable(false));
  });

  it('writes the box between the masthead and the body, with its title and one row per heading', () => {
    const box = boxOf(on)!;
    expect(box).toBeDefined();
    const rows = elements(box, 'tr').map((row) => text(row));
    expect(rows).toEqual(['本期要目', '一、政务工作动态', '（一）窗口服务', '二、考勤情况']);
    // The body's heading (label and text are runs of their own) comes after the box.
    const body = on.indexOf('政务工作动态', on.indexOf('</w:tbl>'));
    expect(on.indexOf('2022年9月27日')).toBeLessThan(on.indexOf('本期要目'));
    expect(on.indexOf('</w:tbl>')).toBeLessThan(body);
  });

  it('draws single 0.5 pt rules round the box and none between its rows', () => {
    const box = boxOf(on)!;
    const borders = first(box, 'tblBorders')!;
    for (const side of ['top', 'left', 'bottom', 'right']) {
      expect(attr(borders, side, 'val')).toBe('single');
      expect(attr(borders, side, 'sz')).toBe('4');
    }
    expect(attr(borders, 'insideH', 'val')).toBe('none');
    expect(attr(box, 'tblW', 'w')).toBe(String(textBlockTwips(DEFAULT_LAYOUT).width));
  });

  it('gives every row whole grid lines (the title row less the rule LibreOffice adds), the title a repeated header in 黑体', () => {
    const box = boxOf(on)!;
    const rows = elements(box, 'tr');
    expect(rows.map((row) => [attr(row, 'trHeight', 'val'), attr(row, 'trHeight', 'hRule')])).toEqual([
      ['569', 'exact'],
      ['579', 'exact'],
      ['579', 'exact'],
      ['579', 'exact'],
    ]);
    expect(elements(rows[0]!, 'tblHeader')).toHaveLength(1);
    expect(attr(first(rows[0]!, 'r'), 'rFonts', 'eastAsia')).toBe('黑体');
    expect(attr(first(rows[0]!, 'p'), 'jc', 'val')).toBe('center');
    expect(attr(first(rows[1]!, 'r'), 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(first(rows[1]!, 'r'), 'sz', 'val')).toBe('32');
    // The level-2 line starts one character further in.
    expect(Number(attr(first(rows[2]!, 'p'), 'ind', 'left'))).toBeGreaterThan(Number(attr(first(rows[1]!, 'p'), 'ind', 'left')));
  });

  it('leaves one empty grid line between the box and the body', () => {
    const after = on.slice(on.indexOf('</w:tbl>') + '</w:tbl>'.length);
    const next = paragraphs(after)[0]!;
    expect(text(next)).toBe('');
    expect(attr(next, 'spacing', 'line')).toBe('579');
  });

  it('a series can set the title on the left', async () => {
    const left = await documentXml(printable(true), resolveLayout({ contents: { titleAlign: 'left' } }));
    expect(attr(first(elements(boxOf(left)!, 'tr')[0]!, 'p'), 'jc', 'val')).toBe('left');
  });

  it('writes no box when off', () => {
    expect(boxOf(off)).toBeUndefined();
    expect(off).not.toContain('本期要目');
  });
});

/** A measurement as a browser would give it: masthead 7 lines, the box its rows, every block one line. */
function measured(issue: PrintableIssue): FlowMeasurement {
  const items: FlowMeasurement['items'] = [{ lines: 7, lineStarts: null }];
  const box = contentsItem(issue);
  if (issue.contents && box !== null) {
    items[box] = { lines: contentsRowLines(issue.contents, DEFAULT_LAYOUT).reduce((a, b) => a + b, 0), lineStarts: null };
    items[contentsGapItem(issue)!] = { lines: 1, lineStarts: null };
  }
  issue.blocks.forEach((_, i) => {
    items[blockItem(i, issue)] = { lines: 1, lineStarts: [0] };
  });
  const closing = closingItem(issue);
  if (closing !== null) items[closing] = { lines: 4, lineStarts: null };
  return { items };
}

describe('本期要目 in the print HTML', () => {
  it('puts the box after the masthead in the flow, as flow items 1 and 2, the blocks after them', () => {
    const issue = printable(true);
    const html = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'print' });
    const box = /<div class="contents" data-flow="1">(.*?)<\/div>\n<div class="contents-gap" data-flow="2"/.exec(html);
    expect(box).not.toBeNull();
    const rows = [...box![1]!.matchAll(/<div class="cr [^"]*"[^>]*>(.*?)<\/div>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '').replace(/ /g, ''),
    );
    expect(rows).toEqual(['本期要目', '一、政务工作动态', '（一）窗口服务', '二、考勤情况']);
    expect(html.indexOf('class="masthead"')).toBeLessThan(html.indexOf('class="contents"'));
    expect(html).toContain(`data-flow="${blockItem(0, issue)}"`);
    expect(blockItem(0, issue)).toBe(3);
    expect(html).toMatch(/\.contents \{[^}]*outline: 0\.5pt solid #000/);
    expect(html).toMatch(/\.contents \.ct \{[^}]*text-align: center/);
  });

  it('paginates with the box on page 1: its rows and gap line counted before the body', () => {
    const issue = printable(true);
    const measurement = measured(issue);
    expect(() => checkMeasurement(issue, DEFAULT_LAYOUT, measurement)).not.toThrow();
    const html = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'print', measurement });
    const sheets = html.split('<div class="sheet').slice(1);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toContain('<div class="contents">');
    expect(sheets[0]).toContain('<div class="contents-gap" style="height: calc(1 * var(--pitch))">');
  });

  it('refuses a measurement that leaves the box out', () => {
    const issue = printable(true);
    const measurement = measured(printable(false));
    expect(() => checkMeasurement(issue, DEFAULT_LAYOUT, measurement)).toThrow(/测量数据/);
  });

  it('prints no box when off, and the blocks keep their flow numbers', () => {
    const issue = printable(false);
    const html = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'print' });
    expect(html).not.toContain('class="contents"');
    expect(html).not.toContain('本期要目');
    expect(blockItem(0, issue)).toBe(1);
  });

  it('a box longer than the rest of page 1 continues on page 2 after its title again', () => {
    const many = doc(...Array.from({ length: 20 }, (_, i) => h(1, `第${i + 1}个标题`)));
    const issue = toPrintableIssue(weekly2022n28.series, { ...fixtureIssue(weekly2022n28), document: many }, null, {
      enabled: true,
      level2: false,
    });
    const html = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'print', measurement: measured(issue) });
    const sheets = html.split('<div class="sheet').slice(1);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    expect(sheets[1]).toMatch(/<div class="contents"><div class="cr ct"/);
    // Page 1: masthead 7 lines + title + 14 rows = 22.
    expect((sheets[0]!.match(/class="cr c1"/g) ?? []).length).toBe(14);
  });
});
