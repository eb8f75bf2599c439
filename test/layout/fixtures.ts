/**
 * Documents with a known layout that prove the harness itself (harness.test.ts): the GB/T 9704 grid of
 * 22 lines × 28 characters on A4 with margins 37/35/28/26 mm, a red title on page 1, odd/even page numbers
 * `— N —` 7 mm below the text block, and (HTML only) rules at known heights on the last page.
 * One version as print HTML for Chromium, one as DOCX (docx package, GUIDE §2 numbers) for LibreOffice.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';

export const TITLE = '版式测试简报';
/** Millimetres from the top of the page to the bottom of the text block (37 mm + 225 mm). */
export const TEXT_BLOCK_BOTTOM_MM = 262;
/** Centre of the HTML fixture's second, thinner rule on the last page (mm from the page top). */
export const MIDDLE_RULE_MM = 37 + 100;

// Common GB 2312 characters, no punctuation: a pure-Chinese line then has exactly 28 characters when the
// grid is right (punctuation would bring in line-start/line-end rules that move characters between lines).
const POOL =
  '政务服务中心窗口工作人员按照要求认真办理群众业务提高效率优化流程推进改革落实责任加强管理完善制度' +
  '开展培训提升能力强化监督检查考核评价总结经验规范程序便民利民受理审批登记咨询投诉回访统计分析报告';

/** Deterministic pseudo-Chinese text (a small linear congruential generator, so every run is identical). */
export function chineseText(length: number, seed: number): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out += POOL[state % POOL.length];
  }
  return out;
}

/** Paragraph lengths chosen so that the body runs over three pages and ends mid-page 3. */
export function bodyParagraphs(): string[] {
  const lengths = [150, 230, 96, 310, 180, 255, 140, 200, 120];
  return lengths.map((n, i) => chineseText(n, i + 1));
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Print HTML with the grid done the way GUIDE §2 describes for Chromium: 16 pt 仿宋_GB2312 (resolved by the
 * test fontconfig), line-height 28.95 pt, letter-spacing −0.3 pt, page numbers in @page :left/:right margin
 * boxes. The last page carries a 0.25 mm rule 100 mm down the text block and a 0.35 mm rule whose bottom
 * edge is the text block's bottom edge; a 1 pt red rule sits under the title.
 */
export function gridHtml(): string {
  const paragraphs = bodyParagraphs()
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${TITLE}</title>
<style>
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  @page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt "宋体"; vertical-align: top;
    padding-top: 7mm; padding-right: 14pt; } }
  @page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "宋体"; vertical-align: top;
    padding-top: 7mm; padding-left: 14pt; } }
  html { font: 16pt/28.95pt "Times New Roman", "仿宋_GB2312"; letter-spacing: -0.3pt; }
  body { margin: 0; }
  p { margin: 0; text-indent: 2em; text-align: justify; orphans: 1; widows: 1; }
  h1 { position: relative; margin: 0; font: 22pt/28.95pt "方正小标宋简体"; color: #ff0000; text-align: center;
    letter-spacing: 0; }
  /* Rules are SVG lines: Chromium snaps CSS borders and box heights to whole CSS pixels (0.26 mm) in print. */
  svg.rule { position: absolute; left: 0; display: block; width: 156mm; height: 1mm; overflow: visible; }
  .last { break-before: page; height: 225mm; position: relative; }
</style></head>
<body>
<h1>${TITLE}<svg class="rule" style="bottom: -1mm"><line x1="0" x2="156mm" y1="0" y2="0"
  stroke="#ff0000" stroke-width="1pt"/></svg></h1>
${paragraphs}
<div class="last">
  <p>${esc(chineseText(40, 99))}</p>
  <svg class="rule" style="top: ${MIDDLE_RULE_MM - 37}mm"><line x1="0" x2="156mm" y1="0" y2="0" stroke="#000"
    stroke-width="0.25mm"/></svg>
  <svg class="rule" style="top: 224mm"><line x1="0" x2="156mm" y1="0.825mm" y2="0.825mm" stroke="#000"
    stroke-width="0.35mm"/></svg>
</div>
</body></html>
`;
}

// GUIDE §2 numbers for Word/LibreOffice (twips).
const LINE_PITCH = 579;
const CHAR_SPACE = -842;
const BODY_SIZE = 32; // half-points: 16 pt
const PAGE_NUMBER_SIZE = 28; // 14 pt
const ONE_PAGE_NUMBER_CHAR = 280; // 14 pt in twips

function fonts(eastAsia: string): IRunOptions['font'] {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia, hint: 'eastAsia' };
}

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  // 宋体 for the digits and dashes too (half-width 宋体 numerals): with Times New Roman as the ascii font,
  // LibreOffice sets "— 1 —" entirely in Liberation Serif.
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]): TextRun =>
    new TextRun({
      children,
      font: { ascii: '宋体', hAnsi: '宋体', cs: '宋体', eastAsia: '宋体', hint: 'eastAsia' },
      size: PAGE_NUMBER_SIZE,
    });
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: ONE_PAGE_NUMBER_CHAR } : { left: ONE_PAGE_NUMBER_CHAR },
        // Its own small exact height: inheriting 579 twips would make the footer eat the 22nd body line.
        spacing: { line: 320, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        widowControl: false,
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

/**
 * The same body as the HTML fixture as a DOCX with the GUIDE's docGrid (no rules: those need a table).
 * `brokenGrid` leaves the 16 pt out of the Normal style (docDefaults still say 16 pt): a control that the
 * harness notices a wrong grid.
 */
export async function gridDocx({ brokenGrid = false }: { brokenGrid?: boolean } = {}): Promise<Buffer> {
  const body = bodyParagraphs().map(
    (text) =>
      new Paragraph({
        indent: { firstLineChars: 200, firstLine: 640 },
        alignment: AlignmentType.JUSTIFIED,
        spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        widowControl: false,
        children: [new TextRun({ text, font: fonts('仿宋_GB2312'), size: BODY_SIZE })],
      }),
  );
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    widowControl: false,
    children: [new TextRun({ text: TITLE, font: fonts('方正小标宋简体'), size: 44, color: 'FF0000' })],
  });
  const doc = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts('仿宋_GB2312'), size: BODY_SIZE, language: { eastAsia: 'zh-CN' } },
        },
      },
      // LibreOffice takes the grid's base character size from the Normal style, not from docDefaults:
      // without 16 pt here it adds charSpace to 12 pt and sets 37 characters per line.
      paragraphStyles: brokenGrid ? [] : [{ id: 'Normal', name: 'Normal', run: { font: fonts('仿宋_GB2312'), size: BODY_SIZE } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            // 37/35/28/26 mm; footer: the page number's top 7 mm below the 35 mm bottom margin.
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1304 },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: [title, ...body],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
