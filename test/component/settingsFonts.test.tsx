import { describe, expect, it } from 'vitest';
import {
  detectOfficialFaces,
  fallbackSummary,
  isFontInstalled,
  OFFICIAL_FACES,
  officialFaceFor,
  type TextMeasuringContext,
} from '../../renderer/src/settings/fontDetection';

/**
 * A canvas context as a browser behaves: text is drawn in the first family of the font list that is
 * installed, else in the generic family at the end; each face has its own widths. `sameAs` makes a
 * face as wide as one generic family (a face that only differs from the others).
 */
function fakeContext(installed: string[], sameAs: Record<string, string> = {}): TextMeasuringContext & { fonts: string[] } {
  const widths: Record<string, number> = { monospace: 600, serif: 500, 'sans-serif': 520 };
  installed.forEach((name, i) => (widths[name] = widths[sameAs[name] ?? ''] ?? 700 + i * 13));
  const ctx = {
    font: '',
    fonts: [] as string[],
    measureText(text: string) {
      ctx.fonts.push(ctx.font);
      const families = ctx.font
        .replace(/^\d+px /, '')
        .split(',')
        .map((f) => f.trim().replace(/^"|"$/g, ''));
      const used = families.find((f) => installed.includes(f)) ?? families[families.length - 1]!;
      return { width: (widths[used] ?? 0) * (text.length / 10) };
    },
  };
  return ctx;
}

describe('font detection', () => {
  it('finds an installed face by its own width, and a missing one not at all', () => {
    const ctx = fakeContext(['仿宋']);
    expect(isFontInstalled(ctx, '仿宋')).toBe(true);
    expect(isFontInstalled(ctx, '楷体')).toBe(false);
    // Measured at a size and against generic families only.
    expect(ctx.fonts.every((font) => /^\d+px /.test(font))).toBe(true);
  });

  it('finds a face that happens to be as wide as one generic family through the others', () => {
    const ctx = fakeContext(['黑体'], { 黑体: 'monospace' });
    expect(isFontInstalled(ctx, '黑体')).toBe(true);
  });

  it('reports each official face under the name it is installed as, or its bundled fallback', () => {
    const ctx = fakeContext(['仿宋', 'SimHei', '宋体']);
    const statuses = detectOfficialFaces(ctx);
    expect(statuses.map((s) => [s.face.name, s.installedAs, s.face.fallback])).toEqual([
      ['仿宋_GB2312', '仿宋', 'FandolFang'],
      ['楷体_GB2312', null, 'FandolKai'],
      ['黑体', 'SimHei', 'FandolHei'],
      ['宋体', '宋体', 'FandolSong'],
      ['方正小标宋简体', null, 'FandolSong Bold'],
    ]);
    expect(fallbackSummary(statuses)).toBe('楷体_GB2312 → FandolKai、方正小标宋简体 → FandolSong Bold');
  });

  it('prefers the official name when the face is installed under it', () => {
    const statuses = detectOfficialFaces(fakeContext(['仿宋_GB2312', '仿宋']));
    expect(statuses[0]!.installedAs).toBe('仿宋_GB2312');
  });

  it('says nothing is missing on a machine with every face', () => {
    const all = OFFICIAL_FACES.map((face) => face.name);
    expect(fallbackSummary(detectOfficialFaces(fakeContext(all)))).toBe('');
  });

  it('reads which official face a layout face name stands for', () => {
    expect(officialFaceFor('仿宋_GB2312')?.name).toBe('仿宋_GB2312');
    expect(officialFaceFor('FangSong')?.name).toBe('仿宋_GB2312');
    expect(officialFaceFor('楷体')?.name).toBe('楷体_GB2312');
    expect(officialFaceFor('SimHei')?.name).toBe('黑体');
    expect(officialFaceFor('方正小标宋简体')?.name).toBe('方正小标宋简体');
    expect(officialFaceFor('宋体')?.name).toBe('宋体');
    expect(officialFaceFor('Times New Roman')).toBeNull();
  });
});
