import { describe, expect, it } from 'vitest';
import { CLEARANCE_PT, captionLinesEstimate, pictureSize } from '../../../shared/layout/picture';
import { DEFAULT_LAYOUT, textBlockTwips } from '../../../shared/layout/spec';

const layout = DEFAULT_LAYOUT;
const pitch = layout.grid.linePitchPt;
const textWidth = textBlockTwips(layout).width / 20;

function picture(pixelWidth: number, pixelHeight: number, widthShare = 1, caption: string | null = null) {
  return { pixelWidth, pixelHeight, widthShare, caption };
}

describe('pictureSize', () => {
  it('takes a whole number of grid lines, shrinking the width with the height', () => {
    const size = pictureSize(layout, picture(1600, 1200));
    // 4:3 at the text width (442 pt) is 331.6 pt high: 11 lines of 28.95 pt (318.45 pt) hold it.
    expect(size.lines).toBe(Math.floor((textWidth * 0.75 + CLEARANCE_PT) / pitch));
    expect(size.boxHeightPt).toBeCloseTo(size.lines * pitch, 2);
    expect(size.heightPt).toBeCloseTo(size.lines * pitch - CLEARANCE_PT, 2);
    expect(size.widthPt).toBeLessThanOrEqual(textWidth);
    expect(size.widthPt / size.heightPt).toBeCloseTo(1600 / 1200, 2);
    // Shrunk to the lines, never stretched past the share.
    expect(size.widthPt).toBeGreaterThan(textWidth - pitch * (4 / 3));
  });

  it('honours the width share and never prints wider than the text', () => {
    const full = pictureSize(layout, picture(1600, 1200, 1));
    const half = pictureSize(layout, picture(1600, 1200, 0.5));
    expect(half.widthPt).toBeLessThanOrEqual(textWidth / 2);
    expect(half.lines).toBeLessThan(full.lines);
    const over = pictureSize(layout, picture(1600, 1200, 3));
    expect(over).toEqual(full);
  });

  it('scales a picture taller than a page to fit the page, less its caption', () => {
    const tall = pictureSize(layout, picture(500, 4000));
    expect(tall.lines).toBe(layout.grid.linesPerPage);
    expect(tall.heightPt).toBeLessThan(layout.grid.linesPerPage * pitch);
    expect(tall.widthPt / tall.heightPt).toBeCloseTo(500 / 4000, 2);
    const captioned = pictureSize(layout, picture(500, 4000, 1, '图为省中心主任在大厅检查工作'));
    expect(captioned.lines).toBe(layout.grid.linesPerPage - 1);
  });

  it('gives a panorama lower than a line one line, unscaled', () => {
    const pano = pictureSize(layout, picture(4000, 100));
    expect(pano.lines).toBe(1);
    expect(pano.boxHeightPt).toBeCloseTo(pitch, 2);
    expect(pano.widthPt).toBeCloseTo(textWidth, 1);
    expect(pano.heightPt).toBeLessThan(pitch);
  });

  it('survives stored rows with no pixel size', () => {
    const size = pictureSize(layout, picture(0, 0, Number.NaN));
    expect(size.lines).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(size.widthPt) && Number.isFinite(size.heightPt)).toBe(true);
  });

  it('follows a series pitch: whole lines of that pitch', () => {
    const wide = { ...layout, grid: { ...layout.grid, linePitchPt: 35, linesPerPage: 18 } };
    const size = pictureSize(wide, picture(1200, 1600));
    expect(size.boxHeightPt).toBeCloseTo(size.lines * 35, 2);
    expect(size.lines).toBeLessThanOrEqual(18);
  });
});

describe('captionLinesEstimate', () => {
  it('counts a line per grid line of characters', () => {
    expect(captionLinesEstimate(null, layout)).toBe(0);
    expect(captionLinesEstimate('图为', layout)).toBe(1);
    expect(captionLinesEstimate('图'.repeat(layout.grid.charsPerLine + 1), layout)).toBe(2);
  });
});
