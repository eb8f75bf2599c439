import { describe, expect, it } from 'vitest';
import { paginate, type Pagination } from '../../../electron/services/export/print/paginate';

const standard = { linesPerPage: 22, closingLines: null, closingOnEvenPage: false };

/** Lines per page of each item, for compact expectations: page → [item, from, to][]. */
function shares(p: Pagination): [number, number, number][][] {
  return p.pages.map((page) => page.fragments.map((f) => [f.item, f.fromLine, f.toLine]));
}

describe('paginate', () => {
  it('fills every page with 22 lines, splitting blocks at line boundaries', () => {
    const p = paginate([7, 10, 9, 30], standard);
    expect(p.linesOnPage).toEqual([22, 22, 12]);
    expect(shares(p)).toEqual([
      [
        [0, 0, 7],
        [1, 0, 10],
        [2, 0, 5],
      ],
      [
        [2, 5, 9],
        [3, 0, 18],
      ],
      [[3, 18, 30]],
    ]);
    expect(p.pages.map((page) => [page.number, page.numbered])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(p.closingPlacement).toBe('none');
  });

  it('starts a page only when the previous one is full (no widow or orphan control)', () => {
    const p = paginate([21, 3], standard);
    expect(shares(p)).toEqual([
      [
        [0, 0, 21],
        [1, 0, 1],
      ],
      [[1, 1, 3]],
    ]);
  });

  it('moves an unbreakable item (the masthead) whole to the next page instead of splitting it', () => {
    const p = paginate([20, 5], { ...standard, unbreakable: new Set([1]) });
    expect(shares(p)).toEqual([[[0, 0, 20]], [[1, 0, 5]]]);
  });

  it('skips items that take no lines', () => {
    expect(shares(paginate([0, 4, 0], standard))).toEqual([[[1, 0, 4]]]);
  });

  it('puts the 报尾 on the page the text ends on when its lines fit under the text', () => {
    const p = paginate([22, 15], { ...standard, closingLines: 7 });
    expect(p.pages.map((page) => page.closing)).toEqual([false, true]);
    expect(p.closingPlacement).toBe('asLaidOut');
  });

  it('puts the 报尾 alone at the bottom of a new, numbered page when it does not fit', () => {
    const p = paginate([22, 19], { ...standard, closingLines: 4 });
    expect(p.pages).toHaveLength(3);
    expect(p.pages[2]).toEqual({ number: 3, numbered: true, fragments: [], closing: true });
  });

  describe('with closingOnEvenPage', () => {
    const even = { ...standard, closingOnEvenPage: true };

    it('leaves a 报尾 that falls on an even page where it is', () => {
      const p = paginate([22, 10], { ...even, closingLines: 4 });
      expect(p.pages).toHaveLength(2);
      expect(p.pages[1]!.closing).toBe(true);
      expect(p.closingPlacement).toBe('asLaidOut');
    });

    it('moves a 报尾 that fits under the text of an odd page to the next (even) page, numbered', () => {
      const p = paginate([22, 22, 5], { ...even, closingLines: 4 });
      expect(p.pages.map((page) => [page.number, page.numbered, page.closing])).toEqual([
        [1, true, false],
        [2, true, false],
        [3, true, false],
        [4, true, true],
      ]);
      expect(p.closingPlacement).toBe('nextPage');
    });

    it('adds an unnumbered blank page when the 报尾 would fall alone on an odd page; its page is unnumbered too', () => {
      const p = paginate([22, 20], { ...even, closingLines: 4 });
      expect(p.pages.map((page) => [page.number, page.numbered, page.closing, page.fragments.length])).toEqual([
        [1, true, false, 1],
        [2, true, false, 1],
        [3, false, false, 0],
        [4, false, true, 0],
      ]);
      expect(p.closingPlacement).toBe('afterBlankPage');
    });
  });

  it('follows a series line grid other than 22', () => {
    expect(paginate([40], { ...standard, linesPerPage: 18 }).linesOnPage).toEqual([18, 18, 4]);
  });
});

describe('paginate: keep with next (headings never the last line of a page)', () => {
  it('moves a heading that would be the last line of a page to the next page', () => {
    const p = paginate([21, 1, 5], { ...standard, keepWithNext: new Set([1]) });
    expect(shares(p)).toEqual([
      [[0, 0, 21]],
      [
        [1, 0, 1],
        [2, 0, 5],
      ],
    ]);
    expect(p.linesOnPage[0]).toBe(21);
  });

  it('moves a run of headings (一、 then （一）) together, and leaves one that fits with a line of its text', () => {
    const p = paginate([20, 1, 1, 5], { ...standard, keepWithNext: new Set([1, 2]) });
    expect(shares(p)).toEqual([
      [[0, 0, 20]],
      [
        [1, 0, 1],
        [2, 0, 1],
        [3, 0, 5],
      ],
    ]);
    const fits = paginate([19, 1, 1, 5], { ...standard, keepWithNext: new Set([1, 2]) });
    expect(shares(fits)[0]).toEqual([
      [0, 0, 19],
      [1, 0, 1],
      [2, 0, 1],
      [3, 0, 1],
    ]);
  });

  it('keeps the line introducing a table with the table header and first row', () => {
    const tables = new Map([[2, { rowLines: [1, 2, 1], headerRows: 1 }]]);
    const p = paginate([19, 1, 4], { ...standard, tables, keepWithNext: new Set([1]) });
    expect(shares(p)[0]).toEqual([[0, 0, 19]]);
    expect(shares(p)[1]![0]).toEqual([1, 0, 1]);
  });

  it('changes nothing without keep items, and never moves a chain longer than a page', () => {
    expect(shares(paginate([21, 1, 5], standard))[0]).toEqual([
      [0, 0, 21],
      [1, 0, 1],
    ]);
    const long = paginate([3, 30, 2], { ...standard, keepWithNext: new Set([1]) });
    expect(shares(long)[0]).toEqual([
      [0, 0, 3],
      [1, 0, 19],
    ]);
  });
});
