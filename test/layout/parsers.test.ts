/**
 * The measuring logic on synthetic inputs, where the right answer is known exactly: pdftotext XHTML,
 * pdffonts' table, a PPM raster with rules and red, and line comparison.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  bodyLines,
  charsPerLine,
  firstLinesOf,
  fullLineCharCounts,
  identicalLineRatioOf,
  isPureChinese,
  linesPerPage,
  overprintedLines,
  pageNumberPosition,
  parseBboxLayout,
  type TextPage,
} from './measure';
import { fontDescriptorNames, parsePdffonts } from './pdfFonts';
import { countRed, findRules, parsePpm, type Raster } from './raster';

const word = (x0: number, y0: number, x1: number, y1: number, text: string): string =>
  `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${text}</word>`;
const line = (x0: number, y0: number, x1: number, y1: number, words: string[]): string =>
  `<line xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${words.join('')}</line>`;
const block = (lines: string[]): string => `<block xMin="0" yMin="0" xMax="0" yMax="0">${lines.join('')}</block>`;

/** The shape pdftotext -bbox-layout writes (XHTML doctype, namespace, entities). */
function bboxXhtml(pages: string[][]): string {
  return (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" ' +
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">\n' +
    '<head>\n<title></title>\n</head>\n<body>\n<doc>\n' +
    pages.map((blocks) => `<page width="595.3" height="841.9"><flow>${blocks.join('')}</flow></page>`).join('\n') +
    '\n</doc>\n</body>\n</html>\n'
  );
}

const FULL = '政务服务中心窗口工作人员按照要求认真办理群众业务提高效率优化流程';

describe('parseBboxLayout', () => {
  const xhtml = bboxXhtml([
    [
      block([line(115, 100, 522, 120, [word(115, 100, 522, 120, FULL.slice(0, 26))])]),
      block([line(83, 129, 522, 149, [word(83, 129, 522, 149, FULL.slice(0, 28))])]),
      // One visual line split over two blocks (unit left, date right) and two words with an entity.
      block([line(83, 158, 200, 178, [word(83, 158, 200, 178, 'A&amp;B')])]),
      block([line(400, 159, 522, 177, [word(400, 159, 460, 177, '2024年'), word(465, 159, 522, 177, '7月4日')])]),
      block([line(83, 187, 300, 207, [word(83, 187, 300, 207, FULL.slice(0, 27))])]),
      block([line(466, 761, 508, 775, [word(466, 761, 475, 775, '—'), word(480, 761, 488, 775, '1'), word(495, 761, 508, 775, '—')])]),
    ],
    [
      block([line(83, 100, 522, 120, [word(83, 100, 522, 120, FULL.slice(0, 28))])]),
      block([line(93, 761, 135, 775, [word(93, 761, 135, 775, '—&#160;2&#160;—')])]),
    ],
  ]);
  const pages = parseBboxLayout(xhtml);

  it('reads pages, merges a visual line split over blocks and decodes entities', () => {
    expect(pages.map((p) => [p.number, p.width, p.height])).toEqual([
      [1, 595.3, 841.9],
      [2, 595.3, 841.9],
    ]);
    expect(pages[0]!.lines.map((l) => l.text)).toEqual([
      FULL.slice(0, 26),
      FULL.slice(0, 28),
      'A&B 2024年 7月4日',
      FULL.slice(0, 27),
      '— 1 —',
    ]);
    expect(pages[0]!.lines[2]).toMatchObject({ xMin: 83, xMax: 522, yMin: 158, yMax: 178 });
  });

  it('leaves the page number out of the body lines and finds its side', () => {
    expect(linesPerPage(pages)).toEqual([4, 1]);
    expect(bodyLines(pages[0]!).at(-1)!.text).toBe(FULL.slice(0, 27));
    expect(pageNumberPosition(pages[0]!)).toMatchObject({ side: 'right', value: 1, xMin: 466, xMax: 508 });
    expect(pageNumberPosition(pages[1]!)).toMatchObject({ side: 'left', value: 2, xMin: 93 });
  });

  it('counts characters only on full pure-Chinese lines (not the indented or the short one)', () => {
    expect(fullLineCharCounts(pages)).toEqual([28, 28]);
    expect(charsPerLine('— 1 —')).toBe(3);
    expect(isPureChinese(FULL)).toBe(true);
    expect(isPureChinese('办理，群众')).toBe(false);
    expect(isPureChinese('2024年')).toBe(false);
  });

  it('does not take a dash line high on the page for a page number', () => {
    const [page] = parseBboxLayout(bboxXhtml([[block([line(83, 100, 200, 120, [word(83, 100, 200, 120, '—1—')])])]]));
    expect(pageNumberPosition(page!)).toBeUndefined();
    expect(linesPerPage([page!])).toEqual([1]);
  });
});

describe('line comparison', () => {
  const page = (texts: string[]): TextPage => ({
    number: 1,
    width: 595,
    height: 842,
    lines: texts.map((text, i) => ({ text, xMin: 83, xMax: 522, yMin: 100 + 29 * i, yMax: 120 + 29 * i })),
  });

  it('takes the first body line of every page', () => {
    expect(firstLinesOf([page(['甲 乙', '丙']), page([]), page(['丁'])])).toEqual(['甲乙', '', '丁']);
  });

  it('counts lines in common, in order, over the longer document', () => {
    const a = [page(['一', '二', '三', '四'])];
    expect(identicalLineRatioOf(a, a)).toBe(1);
    expect(identicalLineRatioOf(a, [page(['一', '二二', '三', '四'])])).toBe(3 / 4);
    // Same lines, but one moved: only the longest ordered run counts.
    expect(identicalLineRatioOf(a, [page(['四', '一', '二', '三'])])).toBe(3 / 4);
    expect(identicalLineRatioOf(a, [page(['一', '二'])])).toBe(2 / 4);
  });
});

describe('parsePdffonts', () => {
  it('reads names, types with spaces and embedding flags by column', () => {
    const output = [
      'name                                 type              encoding         emb sub uni object ID',
      '------------------------------------ ----------------- ---------------- --- --- --- ---------',
      'BAAAAA+LiberationSerif               CID TrueType      Identity-H       yes yes yes      4  0',
      '[none]                               Type 3            Custom           yes no  yes      5  0',
      'Helvetica                            Type 1            WinAnsi          no  no  no      12  0',
      '',
    ].join('\n');
    expect(parsePdffonts(output)).toEqual([
      { name: 'BAAAAA+LiberationSerif', baseName: 'LiberationSerif', type: 'CID TrueType', embedded: true, subset: true },
      { name: '[none]', baseName: '[none]', type: 'Type 3', embedded: true, subset: false },
      { name: 'Helvetica', baseName: 'Helvetica', type: 'Type 1', embedded: false, subset: false },
    ]);
  });

  it('finds font names in plain and in Flate-compressed objects', () => {
    const compressed = deflateSync(Buffer.from('<< /Type /FontDescriptor /FontName /CAAAAA+FandolHei-Bold >>'));
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n1 0 obj << /Type /FontDescriptor /FontName /BAAAAA+FandolFang-Regular >> endobj\n'),
      Buffer.from('2 0 obj << /Length ' + compressed.length + ' /Filter /FlateDecode >>\nstream\n'),
      compressed,
      Buffer.from('\nendstream endobj\n%%EOF\n'),
    ]);
    expect(fontDescriptorNames(pdf)).toEqual(['FandolFang-Regular', 'FandolHei-Bold']);
  });
});

describe('raster', () => {
  /** A white page at 254 dpi (10 px per mm) with rectangles painted in. */
  function page(widthMm: number, heightMm: number, paint: [number, number, number, number, RGB][]): Raster {
    const width = widthMm * 10;
    const height = heightMm * 10;
    const header = Buffer.from(`P6\n# pdftoppm\n${width} ${height}\n255\n`);
    const rgb = Buffer.alloc(width * height * 3, 255);
    for (const [x0, y0, x1, y1, colour] of paint) {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) rgb.set(colour, (y * width + x) * 3);
    }
    return parsePpm(Buffer.concat([header, rgb]), 254);
  }
  type RGB = [number, number, number];
  const BLACK: RGB = [0, 0, 0];
  const RED: RGB = [0xc0, 0, 0];
  const PINK: RGB = [255, 150, 150];

  it('reads the PPM header (with a comment) and counts strongly red pixels only', () => {
    const raster = page(20, 30, [
      [0, 0, 10, 10, RED],
      [20, 0, 30, 10, PINK],
      [0, 200, 10, 210, RED],
    ]);
    expect([raster.width, raster.height]).toEqual([200, 300]);
    expect(countRed(raster)).toBe(200);
    expect(countRed(raster, 0, 100)).toBe(100);
  });

  it('finds long horizontal rules with their position and thickness, not text-like marks', () => {
    const raster = page(200, 100, [
      [100, 300, 1700, 304, RED], // 160 mm long, 0.4 mm thick, 30.0–30.4 mm from the top
      [100, 700, 1700, 702, BLACK], // 0.2 mm thick at 70.0–70.2 mm
      [100, 500, 900, 503, BLACK], // only 80 mm long: not a rule
      [100, 600, 150, 610, BLACK], // a character-sized blot
    ]);
    const rules = findRules(raster);
    expect(rules).toHaveLength(2);
    expect(rules[0]!.red).toBe(true);
    expect(rules[0]!.xStartMm).toBeCloseTo(10, 5);
    expect(rules[0]!.xEndMm).toBeCloseTo(170, 5);
    expect(rules[0]!.topMm).toBeCloseTo(30, 5);
    expect(rules[0]!.bottomMm).toBeCloseTo(30.4, 5);
    expect(rules[1]).toMatchObject({ red: false });
    expect(rules[1]!.yMm).toBeCloseTo(70.1, 5);
    expect(rules[1]!.thicknessMm).toBeCloseTo(0.2, 5);
  });
});

describe('overprintedLines', () => {
  const line = (text: string, x: number, y: number, width = 440) => ({ text, xMin: x, xMax: x + width, yMin: y, yMax: y + 31 });
  const page = (lines: ReturnType<typeof line>[]): TextPage => ({ number: 1, width: 595, height: 842, lines });

  it('passes neighbouring lines one pitch apart, even where their font boxes touch', () => {
    expect(overprintedLines(page([line('甲', 83, 100), line('乙', 83, 128.95), line('丙', 83, 157.9)]), 28.95)).toEqual([]);
  });

  it('finds characters drawn over a line (the 证， of a page break) and a line off the sheet', () => {
    const found = overprintedLines(page([line('第一行', 83, 100), line('证，', 490, 103, 32), line('页外', 83, 830)]), 28.95);
    expect(found).toEqual(['第一行 / 证，', 'off the sheet: 页外']);
  });

  it('passes two pieces of one baseline side by side (a table row)', () => {
    expect(overprintedLines(page([line('指标', 83, 100, 100), line('本周', 200, 100, 100)]), 28.95)).toEqual([]);
  });
});
