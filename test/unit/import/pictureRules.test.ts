/** The shared rules of imported pictures: the width nearest the printed one, and what a caption is. */
import { describe, expect, it } from 'vitest';
import { captionOf, pictureWidthFor } from '../../../shared/import/pictures';
import type { IncomingParagraph } from '../../../shared/import/incoming';

const p = (text: string, extra: Partial<IncomingParagraph> = {}): IncomingParagraph => ({ kind: 'paragraph', runs: [{ text }], ...extra });

describe('pictureWidthFor', () => {
  it.each([
    [null, 100],
    [1.3, 100],
    [1, 100],
    [0.88, 100],
    [0.86, 75],
    [0.7, 75],
    [0.63, 75],
    [0.6, 50],
    [0.2, 50],
  ] as const)('%s of the text width prints at %s %%', (share, width) => {
    expect(pictureWidthFor(share)).toBe(width);
  });
});

describe('captionOf', () => {
  it('takes a Caption or 题注 paragraph whatever it starts with', () => {
    expect(captionOf(p('综合窗口一角', { styleName: 'caption' }))).toBe('综合窗口一角');
    expect(captionOf(p('综合窗口一角', { styleName: '题注' }))).toBe('综合窗口一角');
  });

  it('takes a centred paragraph that starts as captions do', () => {
    expect(captionOf(p('图为帮办代办专窗。', { align: 'center' }))).toBe('图为帮办代办专窗。');
    expect(captionOf(p('图：帮办代办专窗', { align: 'center' }))).toBe('图：帮办代办专窗');
    expect(captionOf(p('图2 帮办代办专窗', { align: 'center' }))).toBe('图2帮办代办专窗');
  });

  it('leaves body text alone: not centred, or centred but no caption', () => {
    expect(captionOf(p('图为帮办代办专窗。'))).toBeNull();
    expect(captionOf(p('二、厅（局）长进大厅', { align: 'center' }))).toBeNull();
    expect(captionOf(p('图书馆窗口', { align: 'center' }))).toBeNull();
    expect(captionOf(p('   ', { styleName: 'caption' }))).toBeNull();
    expect(captionOf({ kind: 'table', rows: [] })).toBeNull();
  });
});
