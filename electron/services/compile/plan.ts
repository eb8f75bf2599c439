/**
 * Where every page of a 合订本 goes, from each issue's pages as the print paginator laid them out
 * (export/print/paginate.ts). Pure, so the PDF and the DOCX are placed by the same numbers:
 *
 * - front matter: the cover, its blank back, then the contents, padded to an even count, so the
 *   first issue starts on an odd (right-hand) page;
 * - each issue then starts on an odd page: after an issue with an odd number of pages one blank,
 *   unnumbered page follows (none after the last);
 * - page numbers count from the first issue's first page as 1, blank pages included. Continuous: the
 *   number printed is that count, so number and physical parity agree on every page (the folio side
 *   follows it). Per issue: each issue restarts at 1 (it starts on an odd page, so parity still
 *   agrees). Pages the issue leaves unnumbered (the blank page before a 报尾 on an even page) stay so.
 *
 * The contents list each issue's count at its first page: in continuous mode the number printed
 * there; in per-issue mode (where every issue's first page says 1) where it sits in the volume.
 */

/** An issue's pages as paginated: whether each prints its number. */
export type IssuePages = readonly { numbered: boolean }[];

export interface PlacedIssue {
  /** 1-based physical page of the whole document (the cover is 1). */
  firstPhysical: number;
  /** The count the contents show (1 = the first issue's first page). */
  start: number;
  /** What is printed on each of its pages; null = nothing. */
  folios: (number | null)[];
  /** Blank pages after it (0 or 1), so the next starts on an odd page. */
  padAfter: number;
}

export interface VolumePlan {
  /** Cover, its back and the contents, padded to even. */
  frontPages: number;
  contentsPages: number;
  issues: PlacedIssue[];
  totalPages: number;
}

export function frontPageCount(contentsPages: number): number {
  return 2 + contentsPages + (contentsPages % 2);
}

export function planVolume(issuePages: readonly IssuePages[], contentsPages: number, perIssuePages: boolean): VolumePlan {
  const frontPages = frontPageCount(contentsPages);
  let physical = frontPages;
  const issues = issuePages.map((pages, index): PlacedIssue => {
    const firstPhysical = physical + 1;
    const start = firstPhysical - frontPages;
    const folios = pages.map((page, i) => (page.numbered ? (perIssuePages ? i + 1 : start + i) : null));
    // The last issue ends the document: a blank page after it would only be one more sheet (and the DOCX has none).
    const padAfter = index === issuePages.length - 1 ? 0 : pages.length % 2;
    physical += pages.length + padAfter;
    return { firstPhysical, start, folios, padAfter };
  });
  return { frontPages, contentsPages, issues, totalPages: physical };
}

/** Every number printed somewhere in the volume (the print stylesheet makes one named page per number). */
export function printedFolios(plan: VolumePlan): number[] {
  return [...new Set(plan.issues.flatMap((issue) => issue.folios.filter((n): n is number => n !== null)))].sort((a, b) => a - b);
}
