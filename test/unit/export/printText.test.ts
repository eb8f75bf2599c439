import { describe, expect, it } from 'vitest';
import { blockSegments, blockText, sliceSegments } from '../../../electron/services/export/print/markup';
import { HANG_SPACE, inlineHtml, printedText } from '../../../electron/services/export/print/textRuns';

describe('printedText', () => {
  it('puts a hang space after commas, stops and colons that may end a line', () => {
    expect(printedText('近日，省中心。')).toBe(`近日，${HANG_SPACE}省中心。${HANG_SPACE}`);
    expect(printedText('要求：一是')).toBe(`要求：${HANG_SPACE}一是`);
  });

  it('does not hang a mark followed by one that cannot start a line', () => {
    expect(printedText('好。”他说')).toBe('好。”他说');
    expect(printedText('单位），')).toBe(`单位），${HANG_SPACE}`);
  });

  it('sets Latin text apart from Chinese characters with a space, but not from punctuation', () => {
    expect(printedText('受理588929件')).toBe('受理 588929 件');
    expect(printedText('（1）近日')).toBe('（1）近日');
  });

  it('looks at the next run across a run boundary', () => {
    expect(printedText('办理', '2')).toBe('办理 ');
    expect(printedText('。', '”')).toBe('。');
  });
});

describe('inlineHtml', () => {
  it('sets Latin runs in their own span and the autospace in an .as span', () => {
    expect(inlineHtml('受理 588929 件')).toBe('受理<span class="as"> </span><span class="l">588929</span><span class="as"> </span>件');
    expect(inlineHtml('Times New Roman')).toBe('<span class="l">Times New Roman</span>');
  });

  it('sets a hanging mark as a zero-width box followed by its space', () => {
    expect(inlineHtml(`近日，${HANG_SPACE}省`)).toBe('近日<span class="hp">，</span><span class="hs"> </span>省');
  });

  it('keeps a quotation mark on one line with its neighbours', () => {
    expect(inlineHtml('推进“一网通办”能力')).toBe('推<span class="nb">进“一</span>网通<span class="nb">办”能</span>力');
  });

  it('escapes markup in the text', () => {
    expect(inlineHtml('<b>&')).toBe('<span class="l">&lt;b&gt;&amp;</span>');
  });
});

describe('block text and cuts', () => {
  const block = {
    kind: 'paragraph' as const,
    level: 4 as const,
    label: '（1）',
    runs: [
      { text: '近日，', bold: false },
      { text: '应急厅', bold: true },
      { text: '2022年。', bold: false },
    ],
  };

  it('is the label and the runs, printed (what the measuring script sees)', () => {
    expect(blockText(block)).toBe(`（1）近日，${HANG_SPACE}应急厅 2022 年。${HANG_SPACE}`);
    expect(blockSegments(block).map((s) => s.bold)).toEqual([false, false, true, false]);
  });

  it('cuts at any offset and keeps each piece with its run style', () => {
    const segments = blockSegments(block);
    const text = blockText(block);
    const at = text.indexOf('急');
    const first = sliceSegments(segments, 0, at);
    const rest = sliceSegments(segments, at, text.length);
    expect([...first, ...rest].map((s) => s.text).join('')).toBe(text);
    // The autospace after 厅 belongs to the bold run it follows.
    expect(rest[0]).toEqual({ text: '急厅 ', bold: true });
  });
});
