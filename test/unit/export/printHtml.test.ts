import { describe, expect, it } from 'vitest';
import { blockItem, buildPrintHtml, closingItem, MASTHEAD_ITEM } from '../../../electron/services/export/print/buildPrintHtml';
import { HANG_ROOM_MM } from '../../../electron/services/export/print/css';
import { blockText } from '../../../electron/services/export/print/markup';
import type { FlowMeasurement } from '../../../shared/layout/measureFlow';
import { toPrintableIssue, type PrintableIssue } from '../../../shared/layout/issueView';
import { resolveLayout } from '../../../shared/layout/overrides';
import { DEFAULT_LAYOUT, type LayoutSpec } from '../../../shared/layout/spec';
import { fixtureIssue, weekly2022n28 } from '../../fixtures/issues';

const FONTS = 'file:///opt/briefdesk/resources/fonts/fandol/';

function printable(): PrintableIssue {
  return toPrintableIssue(weekly2022n28.series, fixtureIssue(weekly2022n28), weekly2022n28.closing);
}

/** Element text as printed, without markup or the serializer's hang and autospace spaces. */
function plain(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/ /g, '');
}

/** The plain text of every `<p>` with the given class list. */
function paragraphs(html: string, classes: string): string[] {
  return [...html.matchAll(new RegExp(`<p class="${classes}"[^>]*>(.*?)</p>`, 'g'))].map((m) => plain(m[1]!));
}

function styleOf(html: string): string {
  return /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
}

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(css: string, selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[}\\n])\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match) throw new Error(`no rule for ${selector}`);
  return match[1]!;
}

/** A measurement as a browser would give it: `lines` per item, line starts every 20 characters. */
function measured(issue: PrintableIssue, lines: { masthead: number; block: number; closing: number }): FlowMeasurement {
  const items = [{ lines: lines.masthead, lineStarts: null }];
  issue.blocks.forEach((block) => {
    const starts = Array.from({ length: lines.block }, (_, k) => Math.min(k * 20, blockText(block).length - 1));
    items.push({ lines: lines.block, lineStarts: starts } as never);
  });
  if (issue.closing) items.push({ lines: lines.closing, lineStarts: null });
  return { items };
}

describe('buildPrintHtml: the flow to measure', () => {
  const issue = printable();
  const html = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'print' });
  const css = styleOf(html);

  it('sets an A4 page with the standard margins and a text block 156 mm wide', () => {
    // The right margin leaves room for hanging punctuation; the text block keeps its width.
    expect(rule(css, '@page')).toContain(`size: 210mm 297mm; margin: 37mm ${26 - HANG_ROOM_MM}mm 35mm 28mm;`);
    expect(rule(css, '.flow, .page')).toMatch(/box-sizing: border-box; width: 442.25pt;/);
  });

  it('numbers odd pages bottom right and even pages bottom left, in 宋体 14 pt, 7 mm below the text, one character in', () => {
    const right = /@page :right \{ @bottom-right \{([^}]*)\}/.exec(css)![1]!;
    const left = /@page :left \{ @bottom-left \{([^}]*)\}/.exec(css)![1]!;
    for (const box of [right, left]) {
      expect(box).toContain('content: "— " counter(page) " —"');
      expect(box).toContain('font-family: "宋体"');
      expect(box).toContain('font-size: 14pt');
      expect(box).toContain('padding-top: 7mm');
    }
    expect(right).toContain(`text-align: right; padding-right: ${16 + Math.round((HANG_ROOM_MM / 25.4) * 72 * 10_000) / 10_000}pt`);
    expect(left).toContain('text-align: left; padding-left: 16pt');
    expect(css).toMatch(/@page unnumbered \{ @bottom-left \{ content: none; \} @bottom-right \{ content: none; \} \}/);
  });

  it('puts body text in 仿宋_GB2312 16 pt on the exact line pitch, first lines indented two cells', () => {
    const body = rule(css, '.flow, .page, .sheet');
    expect(body).toContain('font-family: "Times New Roman", "仿宋_GB2312";');
    expect(body).toContain('font-size: 16pt; line-height: 28.95pt;');
    expect(rule(css, '.b')).toContain('text-indent: 31.55pt');
  });

  it('sets each heading level in its face, levels 3–4 bold', () => {
    expect(rule(css, '.h1')).toMatch(/"黑体";.*font-weight: normal/);
    expect(rule(css, '.h2')).toMatch(/"楷体_GB2312";.*font-weight: normal/);
    expect(rule(css, '.h3')).toMatch(/"仿宋_GB2312";.*font-weight: bold/);
    expect(rule(css, '.h4')).toMatch(/"仿宋_GB2312";.*font-weight: bold/);
  });

  it('prints headings with their labels in their level class, and numbered whole paragraphs in the body face', () => {
    expect(paragraphs(html, 'b h1').slice(0, 2)).toEqual(['一、省级政务服务事项受理办理情况', '二、窗口工作动态']);
    expect(paragraphs(html, 'b h2')[0]).toBe('（一）优化营商环境工作开展情况');
    expect(paragraphs(html, 'b body').find((t) => t.startsWith('（1）'))).toMatch(/^（1）近日，应急厅窗口/);
    expect(html).toMatch(/<p class="b h1" data-flow="1" data-split>/);
  });

  it('prints the masthead: red title in 方正小标宋简体, 期号, issuer and date over a red rule, part title and period', () => {
    expect(rule(css, '.masthead .title')).toMatch(/"方正小标宋简体";\s*font-size: 26pt;\s*color: #FF0000/);
    expect(html).toContain('<div class="line title">窗口工作周报</div>');
    expect(html).toContain('<span>四川省政府政务服务和公共资源交易服务中心</span>');
    // Issuer and date are too wide for one line at 16 pt: the line is set at 四号 (mastheadFit.ts).
    expect(html).toMatch(/<div class="line issuer" style="font-size: 14pt">.*stroke="#FF0000" stroke-width="1pt"/);
    expect(html).toContain('<div class="line part">政务服务工作</div>');
    expect(html).toContain('（<span class="l">8</span><span class="as"> </span>月');
  });

  it('declares the official faces with local() first and the bundled Fandol file last', () => {
    expect(css).toContain(
      `@font-face { font-family: "仿宋_GB2312"; font-weight: normal; src: local("仿宋_GB2312"), local("FangSong_GB2312"), local("仿宋"), local("FangSong"), local("STFangsong"), url("${FONTS}FandolFang-Regular.otf") format("opentype"); }`,
    );
    expect(css).toMatch(/font-family: "方正小标宋简体";[^}]*url\("[^"]*FandolSong-Bold\.otf"\)/);
    expect(css).toMatch(/font-family: "黑体"; font-weight: bold;[^}]*url\("[^"]*FandolHei-Bold\.otf"\)/);
    expect(css).toMatch(
      /@font-face \{ font-family: "Times New Roman"; font-weight: normal; src: local\("Times New Roman"\), [^}]*local\("Liberation Serif"\)[^}]*; unicode-range: U\+0020-007E, U\+00A0-00B6, U\+00B8-024F; \}/,
    );
  });

  it('references nothing remote and runs no script', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('marks every flow item for the measuring script, in order: masthead, blocks, 报尾', () => {
    const flows = [...html.matchAll(/data-flow="(\d+)"/g)].map((m) => Number(m[1]));
    expect(flows).toEqual(Array.from({ length: issue.blocks.length + 2 }, (_, i) => i));
    expect(closingItem(issue)).toBe(issue.blocks.length + 1);
    expect(html).toMatch(/<main class="flow" data-line-pitch-px="38.6">/);
  });

  it('follows a series layout: margins, masthead size and colour', () => {
    const layout: LayoutSpec = resolveLayout({ margins: { topMm: 35 }, masthead: { titleSizePt: 28, titleColor: 'C00000' } });
    const other = styleOf(buildPrintHtml(issue, layout, { fontBaseUrl: FONTS, mode: 'print' }));
    expect(rule(other, '@page')).toContain(`margin: 35mm ${26 - HANG_ROOM_MM}mm 35mm 28mm;`);
    expect(rule(other, '.masthead .title')).toMatch(/font-size: 28pt;\s*color: #C00000/);
  });
});

describe('buildPrintHtml: the pages', () => {
  const issue = printable();
  const measurement = measured(issue, { masthead: 7, block: 2, closing: 4 });
  const html = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'print', measurement });
  const sheets = html.split('<div class="sheet').slice(1);

  it('draws one sheet per page of 22 lines, odd and even, each with its number', () => {
    // 7 masthead lines + 2 per block, 报尾 4 lines at the end.
    const lines = 7 + 2 * issue.blocks.length;
    expect(sheets).toHaveLength(Math.ceil(lines / 22) + (lines % 22 > 18 ? 1 : 0));
    sheets.forEach((sheet, i) => {
      expect(sheet.startsWith(` ${(i + 1) % 2 === 1 ? 'odd' : 'even'}" data-page="${i + 1}"`)).toBe(true);
      expect(sheet).toContain(`<div class="folio">— ${i + 1} —</div>`);
    });
    expect(html).not.toContain('data-flow');
  });

  it('starts with the masthead and ends with the 报尾, once', () => {
    expect(sheets[0]).toContain('<header class="masthead">');
    expect(html.match(/class="closing"/g)).toHaveLength(1);
    expect(sheets.at(-1)).toContain('<div class="closing">');
    expect(plain(sheets.at(-1)!)).toContain(
      '报：中心领导。送：各相关省级部门（单位），中心各处（室）、直属单位。发：各部门窗口。（共印80份）',
    );
  });

  it('cuts a block split across pages at its measured line start: no indent after the cut, a justified last line before it', () => {
    // Page 1: masthead 7 + 7 blocks (14) = 21 lines, then block 8's first line.
    const split = issue.blocks[7]!;
    const text = blockText(split);
    const first = sheets[0]!.match(/<p class="b [a-z0-9]+ split">(.*?)<\/p>/)![1]!;
    const rest = sheets[1]!.match(/<p class="b [a-z0-9]+ cont">(.*?)<\/p>/)![1]!;
    const markupless = (s: string) => s.replace(/<[^>]+>/g, '');
    expect(markupless(first)).toBe(text.slice(0, 20));
    expect(markupless(rest)).toBe(text.slice(20));
    expect(MASTHEAD_ITEM).toBe(0);
    expect(blockItem(7, issue)).toBe(8);
  });

  it('adds an unnumbered blank page and an unnumbered 报尾 page when the 报尾 would fall alone on an odd page', () => {
    const layout = resolveLayout({ closing: { onEvenPage: true } });
    // Text of 42 lines ends on page 2 with 2 lines free: the 4-line 报尾 would fall alone on page 3.
    const masthead = 42 - issue.blocks.length;
    expect(masthead).toBeGreaterThan(0);
    const paged = buildPrintHtml(issue, layout, {
      fontBaseUrl: FONTS,
      mode: 'print',
      measurement: measured(issue, { masthead, block: 1, closing: 4 }),
    });
    const pages = paged.split('<div class="sheet').slice(1);
    expect(pages.map((p) => /^ ([a-z ]+)"/.exec(p)![1])).toEqual(['odd', 'even', 'odd unnumbered', 'even unnumbered']);
    expect(pages[2]).toContain('<section class="page"></section></div>');
    expect(pages[3]).toContain('<div class="closing">');
    expect(pages[3]).not.toContain('folio');
    expect(rule(styleOf(paged), '.sheet.unnumbered')).toContain('page: unnumbered;');
  });

  it('in preview mode draws the same pages as A4 sheets on screen, page numbers where print puts them', () => {
    const preview = buildPrintHtml(issue, DEFAULT_LAYOUT, { fontBaseUrl: FONTS, mode: 'preview', measurement });
    const css = styleOf(preview);
    expect(preview.replace(/<style>[\s\S]*<\/style>/, '').replace('class="preview"', '')).toBe(
      html.replace(/<style>[\s\S]*<\/style>/, '').replace('class="print"', ''),
    );
    expect(css).toMatch(/@media screen \{[\s\S]*\.sheet \{[^}]*width: 210mm; height: 297mm;\s*padding: 37mm 26mm 35mm 28mm;/);
    expect(css).toMatch(/\.folio \{ display: block; position: absolute; top: 269mm;/);
    expect(css).toContain('.sheet.odd .folio { right: calc(26mm + 16pt); }');
    expect(css).toContain('.sheet.even .folio { left: calc(28mm + 16pt); }');
  });
});
