/**
 * A paragraph longer than a block can hold is cut where a sentence ends, never loses a character,
 * keeps bold where it was, and the import that holds one can be saved (it was refused by 保存 after
 * the preview had shown it).
 */
import { describe, expect, it } from 'vitest';
import { BOLD_MARK } from '../../../shared/import/normalize';
import { PARAGRAPH_CAP, splitLongParagraph } from '../../../shared/import/longParagraphs';
import { MAX_TEXT_PER_LEAF } from '../../../shared/document/schema';
import { blockText } from '../../../shared/document/types';
import { draftOf } from '../../../electron/services/import';
import { DEFAULT_SERIES_ID, harness } from '../services/helpers';
import { toBase64 } from './files';

const strip = (s: string) => s.replaceAll(BOLD_MARK, '');

describe('splitLongParagraph', () => {
  it('leaves a paragraph of a real briefing whole', () => {
    const text = '省政务服务大厅持续优化办事流程。'.repeat(50);
    expect(splitLongParagraph(text)).toEqual([text]);
  });

  it('cuts at the last sentence end in the window, each piece within the cap', () => {
    const sentence = '各窗口持续优化办事流程提升服务效能群众满意度稳步提高。'; // 27 characters
    const text = sentence.repeat(20);
    const pieces = splitLongParagraph(text, 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => p.endsWith('。'))).toBe(true);
    expect(pieces.join('')).toBe(text);
  });

  it('cuts at the cap where no sentence ends, never inside a surrogate pair', () => {
    const text = '𠀀'.repeat(300); // each a surrogate pair
    const pieces = splitLongParagraph(text, 101);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece.length % 2).toBe(0);
  });

  it('closes and reopens bold across a cut, so each piece reads alone', () => {
    const text = `${BOLD_MARK}${'民'.repeat(150)}${BOLD_MARK}${'政'.repeat(150)}`;
    const pieces = splitLongParagraph(text, 100);
    expect(strip(pieces.join(''))).toBe(strip(text));
    for (const piece of pieces) expect([...piece].filter((c) => c === BOLD_MARK).length % 2).toBe(0);
    expect(pieces[1]!.startsWith(BOLD_MARK)).toBe(true);
  });
});

describe('a file with one huge paragraph', () => {
  it('is previewed in pieces with a warning and then saved, every character kept', async () => {
    const h = harness();
    const line = '省政务服务大厅各窗口持续优化办事流程提升服务效能群众满意度稳步提高';
    // Cut at a fixed width without full stops: joined into one paragraph of 300,000 characters.
    const body = Array.from({ length: Math.ceil(300_000 / line.length) }, () => line);
    const text = `窗口工作周报\n2024年第1期\n四川省政府政务服务和公共资源交易服务中心 2024年1月5日\n一、政务工作动态\n${body.join('\n')}`;
    const preview = await h.value('import.preview', { fileName: '断行.txt', base64: toBase64(new TextEncoder().encode(text)) });
    expect(preview.issue.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/一段有 \d+ 字，超过一段的上限（10000 字），已分成 \d+ 段导入/)]),
    );
    const draft = draftOf(preview.issue)!;
    expect(draft.document.blocks.every((b) => blockText(b).length <= MAX_TEXT_PER_LEAF)).toBe(true);
    const saved = await h.value('import.save', { draft, seriesId: DEFAULT_SERIES_ID });
    const stored = await h.value('issues.get', { id: saved.issueId });
    expect(stored.document.blocks.slice(1).map(blockText).join('')).toBe(body.join(''));
    expect(PARAGRAPH_CAP).toBeLessThan(MAX_TEXT_PER_LEAF);
  });
});
