/**
 * Measurements that need the picture of a page, not its text: red on the masthead page and the horizontal
 * rules (the masthead's red rule, the 报尾's rules), which pdftotext does not report.
 * Pages are rendered with `pdftoppm -ppm` and the PPM (P6) is read directly: the format is a short text
 * header and raw RGB bytes, so no image library is needed.
 */
import { run, runBinary } from './render';

export interface Raster {
  width: number;
  height: number;
  /** Dots per inch the page was rendered at. */
  dpi: number;
  /** RGB, 3 bytes per pixel, rows top to bottom. */
  rgb: Uint8Array;
}

/** Parses a binary PPM (P6) with maxval 255, as pdftoppm writes it. */
export function parsePpm(data: Uint8Array, dpi: number): Raster {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < data.length && /\s/.test(String.fromCharCode(data[pos]!))) pos++;
      if (data[pos] !== 0x23 /* # */) break;
      while (pos < data.length && data[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < data.length && !/\s/.test(String.fromCharCode(data[pos]!))) pos++;
    return String.fromCharCode(...data.subarray(start, pos));
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  pos++; // exactly one whitespace byte separates the header from the pixels
  if (magic !== 'P6' || maxval !== 255 || !(width > 0 && height > 0)) {
    throw new Error(`not a P6 PPM with maxval 255 (${magic} ${width}×${height} ${maxval})`);
  }
  const rgb = data.subarray(pos, pos + width * height * 3);
  if (rgb.length !== width * height * 3) throw new Error('truncated PPM');
  return { width, height, dpi, rgb };
}

/** Renders one page (1-based) of a PDF. */
export async function renderPage(pdfPath: string, page: number, dpi = 200): Promise<Raster> {
  const ppm = await runBinary('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), pdfPath]);
  return parsePpm(ppm, dpi);
}

export const pxToMm = (px: number, dpi: number): number => (px / dpi) * 25.4;
export const mmToPx = (mm: number, dpi: number): number => (mm / 25.4) * dpi;

/**
 * Strongly red: the masthead reds in use (FF0000, E00000, C00000) pass; pink anti-aliasing edges, black and
 * grey do not.
 */
export function isStrongRed(r: number, g: number, b: number): boolean {
  return r >= 150 && g <= 90 && b <= 90 && r - Math.max(g, b) >= 100;
}

/** Strongly red pixels in the rows [fromY, toY) of a raster. */
export function countRed(raster: Raster, fromY = 0, toY = raster.height): number {
  let count = 0;
  for (let y = Math.max(0, fromY); y < Math.min(toY, raster.height); y++) {
    for (let x = 0; x < raster.width; x++) {
      const i = (y * raster.width + x) * 3;
      if (isStrongRed(raster.rgb[i]!, raster.rgb[i + 1]!, raster.rgb[i + 2]!)) count++;
    }
  }
  return count;
}

/** Strongly red pixels in the top third of a page (the masthead's place), rendered at 72 dpi. */
export async function redInTopThird(pdfPath: string, page: number): Promise<number> {
  const raster = await renderPage(pdfPath, page, 72);
  return countRed(raster, 0, Math.floor(raster.height / 3));
}

/** Strongly red pixels in the top third of page 1: > 0 when the masthead is red. */
export function redOnFirstPage(pdfPath: string): Promise<number> {
  return redInTopThird(pdfPath, 1);
}

export interface Rule {
  /** Vertical centre, top and bottom edge, in mm from the top of the page (sub-pixel, from coverage). */
  yMm: number;
  topMm: number;
  bottomMm: number;
  thicknessMm: number;
  /** Horizontal extent in mm from the left edge of the page. */
  xStartMm: number;
  xEndMm: number;
  /** Whether the rule is strongly red. */
  red: boolean;
}

const luminance = (r: number, g: number, b: number): number => 0.299 * r + 0.587 * g + 0.114 * b;

/** The longest run of dark pixels in a row: [start, end) in pixels. */
function longestDarkRun(raster: Raster, y: number): [number, number] {
  let best: [number, number] = [0, 0];
  let start = -1;
  for (let x = 0; x <= raster.width; x++) {
    const i = (y * raster.width + x) * 3;
    const dark = x < raster.width && luminance(raster.rgb[i]!, raster.rgb[i + 1]!, raster.rgb[i + 2]!) < 160;
    if (dark && start < 0) start = x;
    if (!dark && start >= 0) {
      if (x - start > best[1] - best[0]) best = [start, x];
      start = -1;
    }
  }
  return best;
}

/**
 * Horizontal rules on a raster, top to bottom: rows with an unbroken dark run of at least `minLengthMm`
 * (text never has one: characters have gaps), grouped when adjacent. The position comes from the ink
 * coverage of the rows around the run, so anti-aliased edges give sub-pixel precision.
 */
export function findRules(raster: Raster, minLengthMm = 100): Rule[] {
  const minPx = mmToPx(minLengthMm, raster.dpi);
  const rows: { y: number; run: [number, number] }[] = [];
  for (let y = 0; y < raster.height; y++) {
    const run = longestDarkRun(raster, y);
    if (run[1] - run[0] >= minPx) rows.push({ y, run });
  }
  const groups: (typeof rows)[] = [];
  for (const row of rows) {
    const group = groups.at(-1);
    if (group && row.y - group.at(-1)!.y === 1) group.push(row);
    else groups.push([row]);
  }
  return groups.map((group) => {
    const x0 = Math.min(...group.map((r) => r.run[0]));
    const x1 = Math.max(...group.map((r) => r.run[1]));
    // Coverage of the rows from one above to one below the group, over the run's columns.
    const first = Math.max(0, group[0]!.y - 1);
    const last = Math.min(raster.height - 1, group.at(-1)!.y + 1);
    const coverage: number[] = [];
    let redPixels = 0;
    for (let y = first; y <= last; y++) {
      let c = 0;
      for (let x = x0; x < x1; x++) {
        const i = (y * raster.width + x) * 3;
        const [r, g, b] = [raster.rgb[i]!, raster.rgb[i + 1]!, raster.rgb[i + 2]!];
        c += 1 - luminance(r, g, b) / 255;
        if (isStrongRed(r, g, b)) redPixels++;
      }
      coverage.push(c / (x1 - x0));
    }
    const sum = coverage.reduce((a, c) => a + c, 0);
    const weighted = coverage.reduce((a, c, k) => a + c * (first + k + 0.5), 0);
    // A red rule is less dark than a black one: measure thickness against its own darkest row
    // (for rules thinner than a pixel this rounds the thickness up to about one pixel).
    const peak = Math.max(...coverage);
    const centrePx = weighted / sum;
    const thicknessPx = sum / peak;
    return {
      yMm: pxToMm(centrePx, raster.dpi),
      topMm: pxToMm(centrePx - thicknessPx / 2, raster.dpi),
      bottomMm: pxToMm(centrePx + thicknessPx / 2, raster.dpi),
      thicknessMm: pxToMm(thicknessPx, raster.dpi),
      xStartMm: pxToMm(x0, raster.dpi),
      xEndMm: pxToMm(x1, raster.dpi),
      red: redPixels > (x1 - x0) / 2,
    };
  });
}

/** Horizontal rules on one page (1-based) of a PDF. */
export async function rulesOnPage(pdfPath: string, page: number, dpi = 200): Promise<Rule[]> {
  return findRules(await renderPage(pdfPath, page, dpi));
}

/** The lowest horizontal rule on a page (the 报尾's last rule on the last page), or undefined. */
export async function lastRule(pdfPath: string, page: number, dpi = 200): Promise<Rule | undefined> {
  return (await rulesOnPage(pdfPath, page, dpi)).at(-1);
}

/** Number of pages, from pdfinfo. */
export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const match = /^Pages:\s+(\d+)$/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo reported no page count for ${pdfPath}`);
  return Number(match[1]);
}

/** The lowest rule on the last page: where the 报尾 must end (its bottomMm against the text block's bottom). */
export async function lastRuleOnLastPage(pdfPath: string, dpi = 200): Promise<Rule | undefined> {
  return lastRule(pdfPath, await pdfPageCount(pdfPath), dpi);
}
