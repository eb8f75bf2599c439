/**
 * Issue 13.1: every import stage is linear in its input. Text cut at a fixed width without full stops
 * made the old paragraph joiner re-read the paragraph for every line (1 MB 4.6 s, 2 MB 17 s). Four
 * times the input must take about four times as long: the assertion allows twice that (8×), where a
 * quadratic stage gives 16×. Timing figures themselves are for `npm run bench -- import`.
 */
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/services/import';
import { detectIncoming } from '../../../shared/import';
import { blockText } from '../../../shared/document/types';
import { PARAGRAPH_CAP } from '../../../shared/import/longParagraphs';

const LINE = '省政务服务大厅各窗口持续优化办事流程提升服务效能群众满意度稳步提高';

function brokenText(chars: number): Uint8Array {
  const lines = Array.from({ length: Math.ceil(chars / LINE.length) }, () => LINE);
  return new TextEncoder().encode(`窗口工作周报\n2024年第1期\n一、政务工作动态\n${lines.join('\n')}`);
}

async function bestOf(runs: number, bytes: Uint8Array): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    detectIncoming(await readImportFile('a.txt', bytes));
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('import is linear', () => {
  it('four times the broken-line text takes well under sixteen times as long', async () => {
    const small = brokenText(250_000);
    const large = brokenText(1_000_000);
    await bestOf(1, small); // warm up the regular expressions and the JIT
    const ratio = (await bestOf(3, large)) / (await bestOf(5, small));
    expect(ratio).toBeLessThan(8);
  }, 60_000);

  it('a 19 MB single-paragraph .txt is read in seconds, in paragraphs a block can hold, nothing lost', async () => {
    const paragraph = '本周'.repeat(Math.floor((19 * 1024 * 1024) / 6));
    const text = `窗口工作周报\n2024年第1期\n一、政务工作动态\n${paragraph}`;
    const t0 = performance.now();
    const issue = detectIncoming(await readImportFile('大.txt', new TextEncoder().encode(text)));
    expect(performance.now() - t0).toBeLessThan(20_000); // in seconds even on a loaded machine (bench: ≈0.5 s)
    const [heading, ...rest] = issue.document.blocks;
    expect(blockText(heading!)).toBe('政务工作动态');
    expect(rest.length).toBe(Math.ceil(paragraph.length / (PARAGRAPH_CAP - 2)));
    expect(rest.every((b) => blockText(b).length <= PARAGRAPH_CAP)).toBe(true);
    expect(rest.map(blockText).join('')).toBe(paragraph);
    expect(issue.warnings).toEqual(expect.arrayContaining([expect.stringContaining(`已分成 ${rest.length} 段导入`)]));
  }, 60_000);
});
