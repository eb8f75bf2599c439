/** The 合订本's page plan and contents, pure: odd-page starts, padding, numbering, contents pages. */
import { describe, expect, it } from 'vitest';
import { contentsPages, fitCells, coverLines, type ContentsEntry } from '../../../electron/services/compile/contents';
import { frontPageCount, planVolume, printedFolios } from '../../../electron/services/compile/plan';

const pages = (n: number, unnumbered: number[] = []) => Array.from({ length: n }, (_, i) => ({ numbered: !unnumbered.includes(i) }));

describe('planVolume', () => {
  it('starts every issue on an odd page, padding after odd counts, and numbers on from the first issue', () => {
    const plan = planVolume([pages(5), pages(2), pages(3), pages(1)], 1, false);
    expect(plan.frontPages).toBe(4); // cover, its back, one contents page, one blank
    expect(plan.issues.map((i) => i.firstPhysical)).toEqual([5, 11, 13, 17]);
    expect(plan.issues.every((i) => i.firstPhysical % 2 === 1)).toBe(true);
    expect(plan.issues.map((i) => i.padAfter)).toEqual([1, 0, 1, 0]); // none after the last
    expect(plan.issues.map((i) => i.start)).toEqual([1, 7, 9, 13]);
    expect(plan.issues[0]!.folios).toEqual([1, 2, 3, 4, 5]);
    expect(plan.issues[1]!.folios).toEqual([7, 8]);
    expect(plan.totalPages).toBe(17);
    // Continuous numbers keep the parity of the physical page, so each folio is on its proper side.
    plan.issues.forEach((issue) => issue.folios.forEach((n, k) => expect((n! + plan.frontPages) % 2).toBe((issue.firstPhysical + k) % 2)));
  });

  it('restarts at 1 per issue when asked, the contents still saying where each issue sits', () => {
    const plan = planVolume([pages(3), pages(4)], 2, true);
    expect(plan.frontPages).toBe(4);
    expect(plan.issues.map((i) => i.folios)).toEqual([
      [1, 2, 3],
      [1, 2, 3, 4],
    ]);
    expect(plan.issues.map((i) => i.start)).toEqual([1, 5]);
    expect(printedFolios(plan)).toEqual([1, 2, 3, 4]);
  });

  it('keeps an issue’s unnumbered pages (the blank page before an even-page 报尾) unnumbered', () => {
    const plan = planVolume([pages(4, [2, 3]), pages(2)], 1, false);
    expect(plan.issues[0]!.folios).toEqual([1, 2, null, null]);
    expect(plan.issues[1]!.firstPhysical).toBe(9);
  });

  it('pads the front matter to an even count', () => {
    expect([1, 2, 3, 4].map(frontPageCount)).toEqual([4, 4, 6, 6]);
  });
});

describe('contents', () => {
  const entry = (headings: number): ContentsEntry => ({
    title: '第1期　2024年3月29日',
    headings: Array.from({ length: headings }, (_, i) => `标题${i}`),
  });

  it('keeps an issue’s lines on one page and starts with the title', () => {
    const list = contentsPages([entry(8), entry(8), entry(8)], 22);
    expect(list[0]![0]).toEqual({ kind: 'title', text: '目　录' });
    expect(list.map((p) => p.length)).toEqual([20, 9]);
    expect(list[1]![0]).toMatchObject({ kind: 'issue', issueIndex: 2 });
    expect(list.every((p) => p.length <= 22)).toBe(true);
  });

  it('splits an issue only when it is longer than a page', () => {
    const list = contentsPages([entry(30)], 22);
    expect(list.map((p) => p.length)).toEqual([22, 11]);
  });

  it('shortens a line with … instead of letting it wrap', () => {
    expect(fitCells('一二三四五', 5)).toBe('一二三四五');
    expect(fitCells('一二三四五六', 5)).toBe('一二三四…');
    expect(fitCells('2024年第10期', 6)).toBe('2024年第10期'); // digits take half a cell
  });

  it('puts the cover on one page', () => {
    const cover = coverLines('窗口工作周报', 2024, '某中心', 22, 2);
    expect(cover.reduce((sum, line) => sum + line.lines, 0)).toBeLessThanOrEqual(22);
    expect(cover.map((l) => l.text).filter(Boolean)).toEqual(['窗口工作周报', '2024年合订本', '某中心']);
  });
});
