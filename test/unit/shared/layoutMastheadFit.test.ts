import { describe, expect, it } from 'vitest';
import { estimateLineWidthPt, issuerLineFit } from '../../../shared/layout/mastheadFit';
import { DEFAULT_LAYOUT, textBlockTwips } from '../../../shared/layout/spec';

const CENTRE = '四川省政府政务服务和公共资源交易服务中心';
const WIDTH_PT = textBlockTwips(DEFAULT_LAYOUT).width / 20;

describe('issuerLineFit', () => {
  it('keeps a short issuer at the body size', () => {
    expect(issuerLineFit('省政务服务中心', '2024年3月29日', DEFAULT_LAYOUT)).toEqual({ sizePt: 16, scalePercent: 100 });
  });

  it('sets the centre with a two-digit date at 四号 (14 pt), where 16 pt overflowed the 442 pt text width', () => {
    // The flaw seen: about 448 pt at 16 pt against 442 pt.
    expect(estimateLineWidthPt(CENTRE + '2022年10月21日', 16, DEFAULT_LAYOUT)).toBeGreaterThan(WIDTH_PT);
    expect(issuerLineFit(CENTRE, '2022年10月21日', DEFAULT_LAYOUT)).toEqual({ sizePt: 14, scalePercent: 100 });
  });

  it('condenses an imported issuer of 200 characters at 五号 so that it still fits one line', () => {
    const fit = issuerLineFit('中'.repeat(200), '2022年12月31日', DEFAULT_LAYOUT);
    expect(fit.sizePt).toBe(10.5);
    expect(fit.scalePercent).toBeLessThan(100);
    const scaled =
      ((estimateLineWidthPt('中'.repeat(200), 10.5, DEFAULT_LAYOUT) + estimateLineWidthPt('2022年12月31日', 10.5, DEFAULT_LAYOUT)) *
        fit.scalePercent) /
      100;
    expect(scaled).toBeLessThan(WIDTH_PT);
  });

  it('steps down 三号 → 小三 → 四号 → 小四 → 五号 as the issuer grows, and condenses only below 五号', () => {
    const sizes = [16, 18, 20, 22, 28, 34].map((n) => issuerLineFit('中'.repeat(n), '2022年10月21日', DEFAULT_LAYOUT));
    expect(sizes.map((f) => f.sizePt)).toEqual([16, 15, 14, 12, 10.5, 10.5]);
    expect(sizes.map((f) => f.scalePercent < 100)).toEqual([false, false, false, false, false, true]);
  });
});
