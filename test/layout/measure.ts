/**
 * Layout measurements on the text of a PDF (see pdfText.ts): page count, body lines per page, characters
 * per line, where the page numbers sit, first lines and how many lines two renderings share.
 * Raster measurements (red masthead, rules) are in raster.ts, fonts in pdfFonts.ts.
 * Functions named …Of take parsed pages (pure, tested on synthetic pages); the others take a PDF's path.
 */
import { readPages, type TextLine, type TextPage } from './pdfText';

export { readPages, parseBboxLayout, ptToMm, mmToPt, type TextLine, type TextPage } from './pdfText';

/** `— 5 —` (em dashes, or the look-alikes a font may map them to), spaces optional. */
const PAGE_NUMBER = /^[—–-]{1,2}\s*(\d+)\s*[—–-]{1,2}$/;

/**
 * The page-number line: `— N —` in the bottom fifth of the page (below the text block, whose bottom
 * margin is 35 mm of 297). Undefined when the page has none (e.g. a blank page before the 报尾).
 */
export function pageNumberLine(page: TextPage): (TextLine & { value: number }) | undefined {
  for (let i = page.lines.length - 1; i >= 0; i--) {
    const line = page.lines[i]!;
    const match = PAGE_NUMBER.exec(line.text.trim());
    if (match && line.yMin > page.height * 0.8) return { ...line, value: Number(match[1]) };
  }
  return undefined;
}

/** Lines of the text block: everything except the page-number line. */
export function bodyLines(page: TextPage): TextLine[] {
  const number = pageNumberLine(page);
  return page.lines.filter((l) => !(number && l.yMin === number.yMin && l.text === number.text));
}

export function pageCount(pages: readonly TextPage[]): number {
  return pages.length;
}

/** Body lines on each page (index 0 = page 1). */
export function linesPerPage(pages: readonly TextPage[]): number[] {
  return pages.map((p) => bodyLines(p).length);
}

/** Characters on a line, not counting the spaces pdftotext puts between words. */
export function charsPerLine(text: string): number {
  return [...text.replace(/\s+/g, '')].length;
}

const HAN = /^\p{Script=Han}+$/u;

/** Only Chinese characters (no punctuation, Latin or digits): the lines on which the 28-character grid is exact. */
export function isPureChinese(text: string): boolean {
  return HAN.test(text.replace(/\s+/g, ''));
}

/**
 * Character counts of the full pure-Chinese body lines: lines that reach the right edge of the text block
 * (within 2 % of the widest body line's right edge on the page) and start at its left edge, i.e. neither a
 * paragraph's indented first line nor its short last line. On a correct grid every one of them is 28.
 */
export function fullLineCharCounts(pages: readonly TextPage[]): number[] {
  const counts: number[] = [];
  for (const page of pages) {
    const lines = bodyLines(page);
    if (lines.length === 0) continue;
    const left = Math.min(...lines.map((l) => l.xMin));
    const right = Math.max(...lines.map((l) => l.xMax));
    const slack = (right - left) * 0.02;
    for (const line of lines) {
      if (line.xMin <= left + slack && line.xMax >= right - slack && isPureChinese(line.text)) {
        counts.push(charsPerLine(line.text));
      }
    }
  }
  return counts;
}

export interface PageNumberPosition {
  side: 'left' | 'right';
  /** The page number's left and right edges, in pt from the page's left edge. */
  xMin: number;
  xMax: number;
  /** Its top, in pt from the page's top edge. */
  yMin: number;
  value: number;
}

/** Which side the page number is on (by its centre against the page's centre), or undefined if none. */
export function pageNumberPosition(page: TextPage): PageNumberPosition | undefined {
  const line = pageNumberLine(page);
  if (!line) return undefined;
  const side = (line.xMin + line.xMax) / 2 < page.width / 2 ? 'left' : 'right';
  return { side, xMin: line.xMin, xMax: line.xMax, yMin: line.yMin, value: line.value };
}

const normalise = (text: string): string => text.replace(/\s+/g, '');

/** The first body line of every page, spaces removed ('' for a page without text). */
export function firstLinesOf(pages: readonly TextPage[]): string[] {
  return pages.map((p) => normalise(bodyLines(p)[0]?.text ?? ''));
}

/** The body lines of the whole document in order, spaces removed. */
export function allBodyLines(pages: readonly TextPage[]): string[] {
  return pages.flatMap((p) => bodyLines(p).map((l) => normalise(l.text)));
}

/** Length of the longest common subsequence of two line sequences (two rows of the usual table). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * Share of identical body lines between two renderings of the same document: lines that appear in both,
 * in the same order (longest common subsequence), over the line count of the longer one. 1 = every line
 * breaks at the same character in both; page-number lines are left out.
 */
export function identicalLineRatioOf(a: readonly TextPage[], b: readonly TextPage[]): number {
  const linesA = allBodyLines(a);
  const linesB = allBodyLines(b);
  const longest = Math.max(linesA.length, linesB.length);
  return longest === 0 ? 1 : lcsLength(linesA, linesB) / longest;
}

/** identicalLineRatioOf for two PDF files. */
export async function identicalLineRatio(pdfA: string, pdfB: string): Promise<number> {
  const [a, b] = await Promise.all([readPages(pdfA), readPages(pdfB)]);
  return identicalLineRatioOf(a, b);
}

/** firstLinesOf for a PDF file. */
export async function firstLines(pdf: string): Promise<string[]> {
  return firstLinesOf(await readPages(pdf));
}

export interface TextMeasurements {
  pages: TextPage[];
  pageCount: number;
  linesPerPage: number[];
  fullLineCharCounts: number[];
  /** Per page (index 0 = page 1); undefined where a page has no page number. */
  pageNumbers: (PageNumberPosition | undefined)[];
  firstLines: string[];
}

/** Everything above for one PDF, from one pdftotext run. */
export async function measureText(pdf: string): Promise<TextMeasurements> {
  const pages = await readPages(pdf);
  return {
    pages,
    pageCount: pageCount(pages),
    linesPerPage: linesPerPage(pages),
    fullLineCharCounts: fullLineCharCounts(pages),
    pageNumbers: pages.map(pageNumberPosition),
    firstLines: firstLinesOf(pages),
  };
}

/**
 * Text drawn where it must not be, on one page of a PDF: pairs of text lines that overlap sideways by
 * more than a point while their middles are less than half a line pitch apart — one drawn over the
 * other, as the overprint at a page break was — and lines that leave the sheet. (The boxes of two
 * neighbouring lines may touch: a PDF's glyph boxes are the font's ascent and descent, not the ink.)
 */
export function overprintedLines(page: TextPage, pitchPt: number): string[] {
  const found: string[] = [];
  const lines = page.lines;
  const middle = (l: TextLine) => (l.yMin + l.yMax) / 2;
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    if (a.xMin < 0 || a.yMin < 0 || a.xMax > page.width || a.yMax > page.height) found.push(`off the sheet: ${a.text}`);
    for (let j = i + 1; j < lines.length; j++) {
      const b = lines[j]!;
      const sideways = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      if (sideways > 1 && Math.abs(middle(a) - middle(b)) < pitchPt / 2) found.push(`${a.text} / ${b.text}`);
    }
  }
  return found;
}
