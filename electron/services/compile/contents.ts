/**
 * The 合订本's contents (目录): for each issue a line with its 期号, date and starting page, then its
 * level-1 headings, indented. Every line is one grid line in both engines: texts are shortened (…)
 * to fit beside the page number instead of wrapping, so the contents take the same pages in the
 * DOCX and the PDF, and the front matter — hence every issue's first page — is the same in both.
 * An issue's lines stay on one contents page unless they are more than a page.
 */
import type { Issue } from '../../../shared/issues/types';
import type { PrintableIssue } from '../../../shared/layout/issueView';
import { safeFileStem } from '../export/fileName';
import type { VolumeSource } from './selection';

/** 目录 with a full-width space between the two characters. */
export const CONTENTS_TITLE = '目\u3000录';

/** Grid cells kept free at the line's end for the page number (up to four digits and a gap). */
export const NUMBER_CELLS = 4;
/** Headings are indented by this many cells under their issue's line. */
export const HEADING_INDENT = 2;

export interface ContentsEntry {
  /** `第3期（总第120期）` and the date, a full-width space between. */
  title: string;
  headings: string[];
}

export type ContentsLine =
  | { kind: 'title'; text: string }
  | { kind: 'blank' }
  | { kind: 'issue'; text: string; issueIndex: number }
  | { kind: 'heading'; text: string };

/** Cells a character takes on the grid: a Latin letter or digit about half a cell. */
function cells(char: string): number {
  return (char.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
}

/** The text shortened with … to at most `width` cells. */
export function fitCells(text: string, width: number): string {
  const chars = Array.from(text);
  let used = 0;
  for (let i = 0; i < chars.length; i++) {
    used += cells(chars[i]!);
    if (used > width) {
      let kept = chars.slice(0, i);
      while (kept.length > 0 && kept.reduce((sum, c) => sum + cells(c), 0) + 1 > width) kept = kept.slice(0, -1);
      return `${kept.join('')}…`;
    }
  }
  return text;
}

export function contentsEntry(
  issue: Pick<Issue, 'number' | 'totalNumber'>,
  printable: PrintableIssue,
  charsPerLine: number,
): ContentsEntry {
  const total = issue.totalNumber !== null ? `（总第${issue.totalNumber}期）` : '';
  const width = charsPerLine - NUMBER_CELLS;
  const headings = printable.blocks
    .filter((block) => block.kind === 'heading' && block.level === 1)
    .map((block) => fitCells(`${block.label ?? ''}${block.runs.map((run) => run.text).join('')}`, width - HEADING_INDENT));
  return { title: fitCells(`第${issue.number}期${total}\u3000${printable.dateLine}`, width), headings };
}

/** The contents as pages of lines, `linesPerPage` at most each; the first starts with the title and an empty line. */
export function contentsPages(entries: readonly ContentsEntry[], linesPerPage: number): ContentsLine[][] {
  const pages: ContentsLine[][] = [[{ kind: 'title', text: CONTENTS_TITLE }, { kind: 'blank' }]];
  entries.forEach((entry, issueIndex) => {
    const lines: ContentsLine[] = [
      { kind: 'issue', text: entry.title, issueIndex },
      ...entry.headings.map((text) => ({ kind: 'heading' as const, text })),
    ];
    let page = pages[pages.length - 1]!;
    const hasEntries = page.some((line) => line.kind === 'issue' || line.kind === 'heading');
    if (hasEntries && page.length + lines.length > linesPerPage && lines.length <= linesPerPage) {
      page = [];
      pages.push(page);
    }
    for (const line of lines) {
      if (page.length === linesPerPage) {
        page = [];
        pages.push(page);
      }
      page.push(line);
    }
  });
  return pages;
}

/** A line of the cover; `lines` grid lines high. */
export interface CoverLine {
  kind: 'blank' | 'title' | 'volume' | 'issuer';
  text: string;
  lines: number;
}

/**
 * The cover: the series title as on the masthead, `2025年合订本` under it, the issuing unit low on
 * the page. Whole grid lines, at most a page, in both engines.
 */
export function coverLines(seriesTitle: string, year: number, issuer: string, linesPerPage: number, titleLines: number): CoverLine[] {
  const blank = (lines: number): CoverLine => ({ kind: 'blank', text: '', lines });
  const top: CoverLine[] = [
    blank(4),
    { kind: 'title', text: seriesTitle, lines: titleLines },
    blank(1),
    { kind: 'volume', text: `${year}年合订本`, lines: 1 },
  ];
  const used = top.reduce((sum, line) => sum + line.lines, 0);
  const gap = Math.max(1, linesPerPage - 3 - used);
  const bottom: CoverLine = { kind: 'issuer', text: issuer, lines: 1 };
  return [...top, blank(gap), bottom];
}

/** Cover and contents of a volume, from its issues (the contents' page numbers come from the plan). */
export function frontMatter(source: VolumeSource): { cover: CoverLine[]; contents: ContentsLine[][] } {
  const { grid, masthead } = source.layout;
  const entries = source.issues.map(({ issue, job }) => contentsEntry(issue, job.issue, grid.charsPerLine));
  const first = source.issues[0]?.job.issue;
  return {
    cover: coverLines(
      first?.seriesTitle ?? source.series.title,
      source.year,
      first?.issuer ?? source.series.issuer,
      grid.linesPerPage,
      masthead.titleLines,
    ),
    contents: contentsPages(entries, grid.linesPerPage),
  };
}

export function volumeFileName(source: Pick<VolumeSource, 'series' | 'year'>, extension: 'docx' | 'pdf'): string {
  return `${safeFileStem(`${source.series.title}${source.year}年合订本`)}.${extension}`;
}
