import { describe, expect, it } from 'vitest';
import { snippetSegments } from '../../../shared/archive/snippet';

describe('snippetSegments', () => {
  it('marks every occurrence in the window', () => {
    expect(snippetSegments('综窗改革推进，综窗运行平稳', '综窗')).toEqual([
      { text: '综窗', hit: true },
      { text: '改革推进，', hit: false },
      { text: '综窗', hit: true },
      { text: '运行平稳', hit: false },
    ]);
  });

  it('cuts long text around the first hit with ellipses', () => {
    const text = `${'甲'.repeat(100)}目标词${'乙'.repeat(100)}`;
    const segments = snippetSegments(text, '目标词');
    expect(segments[0]).toEqual({ text: '…', hit: false });
    expect(segments[segments.length - 1]).toEqual({ text: '…', hit: false });
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['目标词']);
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(text.length);
  });
});
