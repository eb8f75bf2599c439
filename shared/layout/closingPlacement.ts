/**
 * Where the 报尾 goes when a series prints double-sided and asks for it on an even page
 * (closing.onEvenPage): both serializers ask here, so the DOCX and the printout put it on the same page.
 *
 * - it falls on an even page anyway → as laid out;
 * - it fits under the text of an odd page → alone on the next (even) page, numbered like any page;
 * - it falls alone on an odd page (the text ended without room for it) → that page stays blank and it
 *   goes on the page after; neither page is numbered
 *   (GB/T 9704: 版记页前有空白页的，空白页和版记页均不编排页码).
 *
 * How each serializer learns the two pages differs: the print paginator counts grid lines
 * (export/print/paginate.ts), the DOCX writer estimates Word's pagination (export/docx/placement.ts).
 */

export type ClosingPlacement = 'asLaidOut' | 'nextPage' | 'afterBlankPage';

export interface ClosingPages {
  /** 1-based page of the last line of text before the 报尾. */
  textEndPage: number;
  /** 1-based page the 报尾 falls on when nothing is done about it. */
  closingPage: number;
}

export function planClosingPlacement({ textEndPage, closingPage }: ClosingPages, onEvenPage: boolean): ClosingPlacement {
  if (!onEvenPage || closingPage % 2 === 0) return 'asLaidOut';
  return closingPage === textEndPage ? 'nextPage' : 'afterBlankPage';
}

/** Whether the pages a placement adds (the blank page, the 报尾's own page) carry `— N —`. */
export function addedPagesNumbered(placement: ClosingPlacement): boolean {
  return placement !== 'afterBlankPage';
}
