import { describe, expect, it } from 'vitest';
import { layoutOverridesSchema, resolveLayout } from '../../../shared/layout/overrides';
import { charPitchPt, DEFAULT_LAYOUT, headingFont, textBlockTwips } from '../../../shared/layout/spec';
import { mmToEighthPoints, mmToEmu, mmToTwips, ptToEighthPoints, ptToHalfPoints, ptToTwips, twipsToMm } from '../../../shared/layout/units';

describe('units', () => {
  it('converts the standard page to the twips Word templates use', () => {
    expect([210, 297, 37, 35, 28, 26].map(mmToTwips)).toEqual([11906, 16838, 2098, 1984, 1587, 1474]);
    expect(twipsToMm(2098)).toBeCloseTo(37, 1);
  });

  it('converts sizes, borders and drawings', () => {
    expect(ptToHalfPoints(16)).toBe(32);
    expect(ptToHalfPoints(14)).toBe(28);
    expect(ptToTwips(28.95)).toBe(579);
    expect(mmToEighthPoints(0.35)).toBe(8);
    expect(mmToEighthPoints(0.25)).toBe(6);
    expect(ptToEighthPoints(1)).toBe(8);
    expect(mmToEmu(156)).toBe(5_616_000);
  });
});

describe('DEFAULT_LAYOUT', () => {
  it('is the GB/T 9704 page: A4, 37/35/28/26 mm, a 156 × 225 mm text block', () => {
    expect(DEFAULT_LAYOUT.page).toEqual({ widthMm: 210, heightMm: 297 });
    expect(DEFAULT_LAYOUT.margins).toEqual({ topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 });
    expect(textBlockTwips(DEFAULT_LAYOUT)).toEqual({ width: 8845, height: 12756 });
  });

  it('derives the 22 × 28 grid as Word does: linePitch 579 twips, charSpace −842 on 16 pt', () => {
    expect(DEFAULT_LAYOUT.grid).toEqual({ linesPerPage: 22, charsPerLine: 28, linePitchPt: 28.95, charSpace: -842 });
    // 28 cells fit in the text width, and a 29th would not.
    const cell = charPitchPt(DEFAULT_LAYOUT);
    expect(28 * cell).toBeLessThanOrEqual(8845 / 20);
    expect(29 * cell).toBeGreaterThan(8845 / 20);
  });

  it('names the official faces and sizes', () => {
    expect(DEFAULT_LAYOUT.fonts.body).toBe('仿宋_GB2312');
    expect(DEFAULT_LAYOUT.fonts.latin).toBe('Times New Roman');
    expect([1, 2, 3, 4].map((l) => headingFont(DEFAULT_LAYOUT, l as 1 | 2 | 3 | 4))).toEqual([
      '黑体',
      '楷体_GB2312',
      '仿宋_GB2312',
      '仿宋_GB2312',
    ]);
    expect([1, 2, 3, 4].map((l) => DEFAULT_LAYOUT.headings[l as 1 | 2 | 3 | 4].bold)).toEqual([false, false, true, true]);
    expect(DEFAULT_LAYOUT.body.sizePt).toBe(16);
    expect(DEFAULT_LAYOUT.pageNumber).toMatchObject({ sizePt: 14, gapBelowTextMm: 7, insetChars: 1 });
    expect(DEFAULT_LAYOUT.fonts.pageNumber).toBe('宋体');
    expect(DEFAULT_LAYOUT.masthead).toMatchObject({ titleSizePt: 26, titleColor: 'FF0000', ruleThicknessPt: 1 });
    expect(DEFAULT_LAYOUT.fonts.masthead).toBe('方正小标宋简体');
    expect(DEFAULT_LAYOUT.closing).toMatchObject({ sizePt: 14, outerRuleMm: 0.35, innerRuleMm: 0.25, onEvenPage: false });
  });
});

describe('resolveLayout', () => {
  it('is the standard without overrides (恢复默认)', () => {
    expect(resolveLayout()).toEqual(DEFAULT_LAYOUT);
    expect(resolveLayout({})).toEqual(DEFAULT_LAYOUT);
    expect(resolveLayout(null)).toEqual(DEFAULT_LAYOUT);
  });

  it('applies a deep-partial override and leaves the rest standard', () => {
    const spec = resolveLayout({
      masthead: { titleSizePt: 22, titleColor: 'c00000' },
      fonts: { body: '仿宋' },
      closing: { onEvenPage: true },
    });
    expect(spec.masthead).toEqual({ ...DEFAULT_LAYOUT.masthead, titleSizePt: 22, titleColor: 'C00000' });
    expect(spec.fonts).toEqual({ ...DEFAULT_LAYOUT.fonts, body: '仿宋' });
    expect(spec.closing.onEvenPage).toBe(true);
    expect(spec.grid).toEqual(DEFAULT_LAYOUT.grid);
  });

  it('re-derives the grid from new margins, keeping 22 × 28', () => {
    const spec = resolveLayout({ margins: { topMm: 35, leftMm: 27 } });
    expect(spec.grid.linesPerPage).toBe(22);
    expect(spec.grid.linePitchPt).toBe(Math.floor(textBlockTwips(spec).height / 22) / 20);
    expect(spec.grid.linePitchPt).toBeGreaterThan(DEFAULT_LAYOUT.grid.linePitchPt);
    expect(spec.grid.charSpace).toBeGreaterThan(DEFAULT_LAYOUT.grid.charSpace);
  });

  it('derives the lines per page from an overridden line pitch', () => {
    const spec = resolveLayout({ grid: { linePitchPt: 30 } });
    expect(spec.grid.linePitchPt).toBe(30);
    expect(spec.grid.linesPerPage).toBe(21); // 12756 twips / 600
  });

  it('refuses values out of range, in Chinese', () => {
    expect(() => resolveLayout({ masthead: { titleSizePt: 36 } })).toThrow('报头字号不能大于30磅');
    expect(() => resolveLayout({ margins: { leftMm: 5 } })).toThrow('左边距不能小于10毫米');
    expect(() => resolveLayout({ masthead: { titleColor: 'red' } })).toThrow('六位十六进制颜色值');
    expect(() => resolveLayout({ grid: { linePitchPt: 12 } })).toThrow('行距不能小于20磅');
    expect(() => resolveLayout({ fonts: { body: '  ' } })).toThrow('字体名称不能为空');
    expect(() => resolveLayout({ fonts: { body: 'A"B' } })).toThrow('不允许的字符');
  });

  it('refuses unknown settings rather than ignoring them', () => {
    expect(layoutOverridesSchema.safeParse({ page: { widthMm: 200 } }).success).toBe(false);
    expect(layoutOverridesSchema.safeParse({ masthead: { titleLines: 3 } }).success).toBe(false);
  });

  it('refuses margins that leave a grid the text cannot hold', () => {
    const narrow = layoutOverridesSchema.safeParse({ margins: { leftMm: 50, rightMm: 50 } });
    expect(narrow.success).toBe(false);
    expect(narrow.error?.issues[0]?.message).toContain('字距过小');
    const loose = layoutOverridesSchema.safeParse({ grid: { linePitchPt: 40 }, margins: { topMm: 60, bottomMm: 60 } });
    expect(loose.success).toBe(false);
    expect(loose.error?.issues.map((i) => i.message).join()).toContain('每页为');
  });
});
