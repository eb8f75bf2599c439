import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/services/export/docx/buildDocx';
import { toPrintableIssue, type PrintableIssue } from '../../../shared/layout/issueView';
import { resolveLayout } from '../../../shared/layout/overrides';
import { DEFAULT_LAYOUT } from '../../../shared/layout/spec';
import { mmToTwips, ptToMm } from '../../../shared/layout/units';
import { fixtureIssue, weekly2022n28, weekly2024n10 } from '../../fixtures/issues';
import {
  attr,
  eastAsiaFaces,
  effectiveAttr,
  elements,
  first,
  paragraphs,
  paragraphStarting,
  part,
  runFontAttr,
  runIsBold,
  runs,
  styleChain,
  text,
  unzipDocx,
} from './docxXml';

function printable(fixture = weekly2022n28): PrintableIssue {
  return toPrintableIssue(fixture.series, fixtureIssue(fixture), fixture.closing);
}

/** Footer parts by the sectPr's reference type (default = odd pages, even). */
function footersByType(parts: Map<string, string>, sectPr: string): { default: string; even: string } {
  const rels = part(parts, 'word/_rels/document.xml.rels');
  const target = (type: string) => {
    const id = elements(sectPr, 'footerReference').find((r) => attr(r, 'footerReference', 'type') === type);
    const rid = id?.match(/r:id="([^"]+)"/)?.[1];
    const file =
      rels.match(new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`))?.[1];
    return part(parts, `word/${file}`);
  };
  return { default: target('default'), even: target('even') };
}

describe('buildDocx: the standard layout', () => {
  let parts: Map<string, string>;
  let doc: string;
  let sectPr: string;

  beforeAll(async () => {
    parts = await unzipDocx(await buildDocx(printable(), DEFAULT_LAYOUT));
    doc = part(parts, 'word/document.xml');
    sectPr = first(doc, 'sectPr')!;
  });

  it('is A4 with the 37/35/28/26 mm margins, in twips', () => {
    expect(attr(sectPr, 'pgSz', 'w')).toBe('11906');
    expect(attr(sectPr, 'pgSz', 'h')).toBe('16838');
    const margins = ['top', 'bottom', 'left', 'right'].map((side) => attr(sectPr, 'pgMar', side));
    expect(margins).toEqual(['2098', '1984', '1587', '1474']);
  });

  it('puts the footer line 7 mm below the text block', () => {
    // footer distance = bottom margin − 7 mm − the footer line's own height (14 pt).
    expect(attr(sectPr, 'pgMar', 'footer')).toBe(String(mmToTwips(35 - 7 - ptToMm(14))));
  });

  it('has the 22 × 28 docGrid', () => {
    expect(attr(sectPr, 'docGrid', 'type')).toBe('linesAndChars');
    expect(attr(sectPr, 'docGrid', 'linePitch')).toBe('579');
    expect(attr(sectPr, 'docGrid', 'charSpace')).toBe('-842');
  });

  it('has a Normal style at 16 pt and explicit fonts in the document defaults', () => {
    const styles = part(parts, 'word/styles.xml');
    const defaults = first(styles, 'docDefaults')!;
    expect(attr(defaults, 'rFonts', 'ascii')).toBe('Times New Roman');
    expect(attr(defaults, 'rFonts', 'hAnsi')).toBe('Times New Roman');
    expect(attr(defaults, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(defaults, 'sz', 'val')).toBe('32');
    expect(attr(defaults, 'lang', 'eastAsia')).toBe('zh-CN');
    const normal = elements(styles, 'style').find((s) => attr(s, 'style', 'styleId') === 'Normal')!;
    expect(attr(normal, 'sz', 'val')).toBe('32');
    expect(attr(normal, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
  });

  it('references no theme fonts anywhere', () => {
    const checked = [...parts.entries()].filter(([name]) => /^word\/(styles|document|footer\d+|settings|numbering)\.xml$/.test(name));
    expect(checked.length).toBeGreaterThanOrEqual(5);
    for (const [name, xml] of checked) {
      expect(xml, name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
      expect(xml, name).not.toMatch(/(major|minor)(HAnsi|EastAsia|Bidi|Ascii)/);
    }
  });

  it('names Times New Roman for Latin, the face for Chinese, hint eastAsia and zh-CN for every run', () => {
    // Each run names them itself or takes them from its paragraph's style (body text and headings).
    const styles = part(parts, 'word/styles.xml');
    const checked = paragraphs(doc).flatMap((p) => runs(p).map((run) => [p, run] as const));
    expect(checked.length).toBeGreaterThan(50);
    for (const [p, run] of checked) {
      expect(runFontAttr(styles, p, run, 'ascii')).toBe('Times New Roman');
      expect(runFontAttr(styles, p, run, 'hAnsi')).toBe('Times New Roman');
      expect(runFontAttr(styles, p, run, 'cs')).toBe('Times New Roman');
      expect(runFontAttr(styles, p, run, 'eastAsia')).toBeTruthy();
      expect(runFontAttr(styles, p, run, 'hint')).toBe('eastAsia');
      const lang =
        attr(run, 'lang', 'eastAsia') ??
        styleChain(styles, p)
          .map((st) => attr(first(st, 'rPr'), 'lang', 'eastAsia'))
          .find(Boolean);
      expect(lang).toBe('zh-CN');
    }
  });

  it('gives body text and headings their own styles, and their runs only text and bold', () => {
    const styles = part(parts, 'word/styles.xml');
    const ids = elements(styles, 'style').map((st) => attr(st, 'style', 'styleId'));
    expect(ids).toEqual(
      expect.arrayContaining(['Normal', 'BriefBody', 'BriefHeading1', 'BriefHeading2', 'BriefHeading3', 'BriefHeading4']),
    );
    const body = paragraphStarting(doc, '据四川一体化政务服务平台');
    expect(attr(body, 'pStyle', 'val')).toBe('BriefBody');
    expect(runs(body).every((r) => !/<w:rFonts/.test(r))).toBe(true);
    expect(attr(paragraphStarting(doc, '一、省级政务服务事项受理办理情况'), 'pStyle', 'val')).toBe('BriefHeading1');
  });

  it('sets the masthead: large red title, 期号 line, issuer ⇥ date over a red rule', () => {
    const title = paragraphStarting(doc, '窗口工作周报');
    expect(eastAsiaFaces(title)).toEqual(['方正小标宋简体']);
    expect(attr(title, 'color', 'val')).toBe('FF0000');
    expect(attr(title, 'sz', 'val')).toBe('52');
    expect(attr(title, 'jc', 'val')).toBe('center');
    expect(attr(title, 'spacing', 'line')).toBe(String(2 * 579));

    const numberLine = paragraphStarting(doc, '2022年第28期（总第403期）');
    expect(eastAsiaFaces(numberLine)).toEqual(['仿宋_GB2312']);
    expect(attr(numberLine, 'jc', 'val')).toBe('center');

    const issuer = paragraphStarting(doc, '四川省政府政务服务和公共资源交易服务中心');
    expect(text(issuer)).toBe('四川省政府政务服务和公共资源交易服务中心2022年9月27日');
    expect(issuer).toMatch(/<w:tab\/>/);
    expect(attr(issuer, 'tab', 'val')).toBe('right');
    expect(attr(issuer, 'tab', 'pos')).toBe('8845');
    // The rule: a bottom border the width of the text block, 1 pt red; line + rule = one grid line.
    const rule = first(issuer, 'pBdr')!;
    expect(attr(rule, 'bottom', 'val')).toBe('single');
    expect(attr(rule, 'bottom', 'sz')).toBe('8');
    expect(attr(rule, 'bottom', 'color')).toBe('FF0000');
    expect(Number(attr(issuer, 'spacing', 'line')) + (8 / 8) * 20).toBe(579);

    expect(eastAsiaFaces(paragraphStarting(doc, '政务服务工作'))).toEqual(['方正小标宋简体']);
    const period = paragraphStarting(doc, '（8月22日—8月26日）');
    expect(eastAsiaFaces(period)).toEqual(['楷体_GB2312']);
    expect(attr(period, 'jc', 'val')).toBe('center');
  });

  it('sets headings in their faces with their numbers, items in the body face', () => {
    const styles = part(parts, 'word/styles.xml');
    const h1 = paragraphStarting(doc, '一、省级政务服务事项受理办理情况');
    expect(eastAsiaFaces(h1, styles)).toEqual(['黑体']);
    expect(runs(h1).some((r) => runIsBold(styles, h1, r))).toBe(false);
    const h2 = paragraphStarting(doc, '（一）优化营商环境工作开展情况');
    expect(eastAsiaFaces(h2, styles)).toEqual(['楷体_GB2312']);
    const item = paragraphStarting(doc, '（1）近日，应急厅窗口');
    expect(eastAsiaFaces(item, styles)).toEqual(['仿宋_GB2312']);
    expect(runs(item).some((r) => runIsBold(styles, item, r))).toBe(false);
    expect(eastAsiaFaces(paragraphStarting(doc, '据四川一体化政务服务平台'), styles)).toEqual(['仿宋_GB2312']);
    expect(paragraphStarting(doc, '（三）厅（局）长进大厅')).toBeTruthy();
  });

  it('keeps headings with their text (w:keepNext), and only them among these paragraphs', () => {
    expect(paragraphStarting(doc, '一、省级政务服务事项受理办理情况')).toMatch(/<w:keepNext\/>/);
    expect(paragraphStarting(doc, '（一）优化营商环境工作开展情况')).toMatch(/<w:keepNext\/>/);
    expect(paragraphStarting(doc, '（1）近日，应急厅窗口')).not.toMatch(/<w:keepNext/);
    expect(paragraphStarting(doc, '据四川一体化政务服务平台')).not.toMatch(/<w:keepNext/);
  });

  it('indents the first line two characters, in grid characters and in twips', () => {
    const styles = part(parts, 'word/styles.xml');
    for (const start of ['据四川一体化', '一、省级政务', '（1）近日']) {
      const p = paragraphStarting(doc, start);
      expect(effectiveAttr(styles, p, 'ind', 'firstLineChars')).toBe('200');
      // Two grid cells of 15.79 pt, floored: LibreOffice keeps 26 characters on the first line.
      expect(effectiveAttr(styles, p, 'ind', 'firstLine')).toBe('631');
      expect(effectiveAttr(styles, p, 'spacing', 'line')).toBe('579');
      expect(effectiveAttr(styles, p, 'spacing', 'lineRule')).toBe('exact');
      expect(effectiveAttr(styles, p, 'spacing', 'before')).toBe('0');
      expect(effectiveAttr(styles, p, 'spacing', 'after')).toBe('0');
      expect(effectiveAttr(styles, p, 'jc', 'val')).toBe('both');
    }
  });

  it('turns widow control off on every paragraph, footers included', () => {
    const all = [doc, ...[...parts.entries()].filter(([n]) => /footer\d+\.xml$/.test(n)).map(([, x]) => x)];
    const ps = all.flatMap(paragraphs);
    expect(ps.length).toBeGreaterThan(30);
    for (const p of ps) expect(attr(p, 'widowControl', 'val')).toBe('false');
  });

  it('numbers odd pages at the right and even pages at the left, `— N —` in 4号宋体', () => {
    expect(part(parts, 'word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>/);
    const footers = footersByType(parts, sectPr);
    const cases = [
      { xml: footers.default, jc: 'right', side: 'right' },
      { xml: footers.even, jc: 'left', side: 'left' },
    ];
    for (const { xml, jc, side } of cases) {
      const [p, ...others] = paragraphs(xml);
      expect(others).toEqual([]);
      expect(attr(p, 'jc', 'val')).toBe(jc);
      expect(attr(p, 'ind', side)).toBe('320'); // one 16 pt character in
      expect(attr(p, 'spacing', 'line')).toBe('280'); // its own small exact line
      expect(attr(p, 'spacing', 'lineRule')).toBe('exact');
      // '— ' PAGE ' —', in that order.
      const pieces = runs(p!).map((r) => text(r) || (r.match(/<w:instrText[^>]*>([^<]*)</)?.[1]?.trim() ?? '') || '·');
      expect(pieces.filter((x) => x !== '·')).toEqual(['— ', 'PAGE', ' —']);
      for (const r of runs(p!)) {
        expect(attr(r, 'rFonts', 'eastAsia')).toBe('宋体');
        expect(attr(r, 'rFonts', 'ascii')).toBe('宋体');
        expect(attr(r, 'sz', 'val')).toBe('28');
      }
    }
  });

  it('floats the 报尾 as a table anchored to the bottom of the margin, ruled 0.35/0.25/0.35 mm', () => {
    const tables = elements(doc, 'tbl');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(attr(table, 'tblpPr', 'vertAnchor')).toBe('margin');
    expect(attr(table, 'tblpPr', 'tblpYSpec')).toBe('bottom');
    expect(attr(table, 'tblpPr', 'horzAnchor')).toBe('margin');
    expect(attr(table, 'tblpPr', 'tblpX')).toBe('0');
    expect(attr(table, 'tblW', 'w')).toBe('8845');
    const borders = first(table, 'tblBorders')!;
    // 0.35 mm = 0.99 pt → 8 eighth-points; 0.25 mm = 0.71 pt → 6.
    expect(attr(borders, 'top', 'sz')).toBe('8');
    expect(attr(borders, 'bottom', 'sz')).toBe('8');
    expect(attr(borders, 'insideH', 'sz')).toBe('6');
    expect(attr(borders, 'left', 'val')).toBe('none');
    expect(attr(borders, 'right', 'val')).toBe('none');
    expect(attr(borders, 'insideV', 'val')).toBe('none');

    const rows = elements(table, 'tr').map((row) => paragraphs(row).map(text));
    expect(rows).toEqual([
      ['报：中心领导。'],
      ['送：各相关省级部门（单位），中心各处（室）、直属单位。'],
      ['发：各部门窗口。', '（共印80份）'],
    ]);
    const line = paragraphStarting(table, '送：');
    expect(eastAsiaFaces(line)).toEqual(['仿宋_GB2312']);
    expect(attr(line, 'sz', 'val')).toBe('28');
    // One 14 pt character in on both sides, hanging after the two-character label.
    expect(attr(line, 'ind', 'left')).toBe('840');
    expect(attr(line, 'ind', 'hanging')).toBe('560');
    expect(attr(line, 'ind', 'right')).toBe('280');
    const copies = paragraphStarting(table, '（共印80份）');
    expect(attr(copies, 'jc', 'val')).toBe('right');
    // The table is the last thing in the body but its anchor paragraph.
    expect(doc.indexOf('</w:tbl>')).toBeGreaterThan(doc.lastIndexOf('属单位'));
    const after = doc.slice(doc.indexOf('</w:tbl>'));
    expect(paragraphs(after).map(text)).toEqual(['']);
  });

  it('keeps bold runs bold', async () => {
    const xml = part(await unzipDocx(await buildDocx(printable(weekly2024n10), DEFAULT_LAYOUT)), 'word/document.xml');
    const bold = runs(xml)
      .filter((r) => /<w:b\/>/.test(r))
      .map(text);
    expect(bold).toEqual(['住房城乡建设厅', '经济和信息化厅窗口', '省林草局', '商务厅', '水利厅', '民政厅', '公安厅']);
  });
});

describe('buildDocx: series settings and edge cases', () => {
  it('follows the masthead size and colours and the fonts of a series', async () => {
    const layout = resolveLayout({
      masthead: { titleSizePt: 22, titleColor: 'C00000', ruleColor: 'E00000' },
      fonts: { body: '仿宋', heading1: '方正黑体_GBK' },
      margins: { leftMm: 27 },
    });
    const parts = await unzipDocx(await buildDocx(printable(), layout));
    const doc = part(parts, 'word/document.xml');
    const title = paragraphStarting(doc, '窗口工作周报');
    expect(attr(title, 'sz', 'val')).toBe('44');
    expect(attr(title, 'color', 'val')).toBe('C00000');
    expect(attr(paragraphStarting(doc, '四川省政府'), 'bottom', 'color')).toBe('E00000');
    const styles = part(parts, 'word/styles.xml');
    expect(eastAsiaFaces(paragraphStarting(doc, '据四川一体化'), styles)).toEqual(['仿宋']);
    expect(eastAsiaFaces(paragraphStarting(doc, '一、省级'), styles)).toEqual(['方正黑体_GBK']);
    expect(attr(first(doc, 'sectPr'), 'pgMar', 'left')).toBe(String(mmToTwips(27)));
    expect(attr(first(doc, 'sectPr'), 'docGrid', 'charSpace')).toBe(String(layout.grid.charSpace));
    expect(attr(first(part(parts, 'word/styles.xml'), 'docDefaults'), 'rFonts', 'eastAsia')).toBe('仿宋');
  });

  it('sets heading levels 3 and 4 in bold 仿宋 and bold runs of a paragraph in bold', async () => {
    const issue: PrintableIssue = {
      ...printable(),
      partTitle: null,
      periodLine: null,
      closing: null,
      blocks: [
        { kind: 'heading', level: 3, label: '1.', runs: [{ text: '第三级标题', bold: false }] },
        { kind: 'heading', level: 4, label: '（1）', runs: [{ text: '第四级标题', bold: false }] },
        {
          kind: 'paragraph',
          level: null,
          label: null,
          runs: [
            { text: '普通', bold: false },
            { text: '加粗', bold: true },
          ],
        },
      ],
    };
    const parts = await unzipDocx(await buildDocx(issue, DEFAULT_LAYOUT));
    const doc = part(parts, 'word/document.xml');
    const styles = part(parts, 'word/styles.xml');
    for (const start of ['1.第三级标题', '（1）第四级标题']) {
      const p = paragraphStarting(doc, start);
      expect(eastAsiaFaces(p, styles)).toEqual(['仿宋_GB2312']);
      expect(runs(p).every((r) => runIsBold(styles, p, r))).toBe(true);
    }
    const mixedParagraph = paragraphStarting(doc, '普通加粗');
    expect(runs(mixedParagraph).map((r) => runIsBold(styles, mixedParagraph, r))).toEqual([false, true]);
    // No 报尾: no table, and nothing after the body.
    expect(elements(doc, 'tbl')).toEqual([]);
    expect(text(paragraphs(doc).at(-1)!)).toBe('普通加粗');
  });

  it('writes a 报尾 that has only its print run', async () => {
    const doc = part(
      await unzipDocx(await buildDocx({ ...printable(), closing: { lines: [], copies: 12 } }, DEFAULT_LAYOUT)),
      'word/document.xml',
    );
    expect(elements(first(doc, 'tbl')!, 'tr').map((r) => paragraphs(r).map(text))).toEqual([['（共印12份）']]);
  });
});

describe('buildDocx speed (printed, not asserted)', () => {
  it('builds and packs a ≈30-page issue', async () => {
    const base = printable();
    const issue: PrintableIssue = { ...base, blocks: Array.from({ length: 7 }, () => base.blocks).flat() };
    await buildDocx(issue, DEFAULT_LAYOUT); // warm-up
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      size = (await buildDocx(issue, DEFAULT_LAYOUT)).byteLength;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const { layoutDocument } = await import('docx/layout');
    const { createDocxDocument } = await import('../../../electron/services/export/docx/buildDocx');
    const pages = layoutDocument(createDocxDocument({ ...issue, closing: null }, DEFAULT_LAYOUT), { guess: true }).pages.length;
    console.log(
      `[bench] DOCX build+pack, ${issue.blocks.length} blocks ≈ ${pages} pages (docx/layout estimate), ${size} bytes: ` +
        `median ${times[2]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times[4]!.toFixed(1)} ms`,
    );
    expect(size).toBeGreaterThan(0);
    // Six builds and a docx/layout estimate: seconds on a loaded shared machine (timings are printed, not asserted).
  }, 30_000);
});
