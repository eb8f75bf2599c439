/**
 * 本期要目: the contents box printed under the masthead, listing the level-1 headings (and,
 * when the series or the issue asks, its level-2 headings) exactly as they are printed — the same
 * generated numbers (`一、` `（一）`) and the same normalised text, because the lines are read off the
 * PrintableIssue's blocks, never re-numbered here.
 *
 * The box sits on the 22-line grid like everything else: a title line, then one row per heading as
 * many whole grid lines high as its text needs (the generous estimate of layout/table.ts, so no
 * renderer needs more), then `linesAfter` empty lines before the body. Both serializers and the print
 * paginator take the row heights from contentsRowLines, so they cannot disagree about where it ends.
 */
import type { PrintBlock } from './issueView';
import { charPitchPt, textBlockTwips, type LayoutSpec } from './spec';
import { cellLines } from './table';

/** Whether an issue prints the box, and whether level-2 headings are listed. */
export interface ContentsSetting {
  enabled: boolean;
  level2: boolean;
}

/** An issue's own choice; null follows its series. */
export interface ContentsOverride {
  enabled: boolean | null;
  level2: boolean | null;
}

export const CONTENTS_OFF: ContentsSetting = { enabled: false, level2: false };

export function resolveContents(series: ContentsSetting, override: ContentsOverride | null): ContentsSetting {
  return {
    enabled: override?.enabled ?? series.enabled,
    level2: override?.level2 ?? series.level2,
  };
}

export interface ContentsLine {
  level: 1 | 2;
  /** Number and text as printed: `一、政务工作动态`, `（一）窗口服务`. */
  text: string;
}

export interface PrintableContents {
  lines: ContentsLine[];
}

/** The lines of the box from the printed blocks; null when there is no heading to list (no box). */
export function contentsFromBlocks(blocks: readonly PrintBlock[], level2: boolean): PrintableContents | null {
  const lines: ContentsLine[] = [];
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.label === null) continue;
    if (block.level !== 1 && !(level2 && block.level === 2)) continue;
    lines.push({ level: block.level, text: block.label + block.runs.map((run) => run.text).join('') });
  }
  return lines.length === 0 ? null : { lines };
}

/** Left indent of a line inside the box (padding included), in points. */
export function contentsIndentPt(line: ContentsLine, layout: LayoutSpec): number {
  const cell = charPitchPt(layout);
  return (layout.contents.paddingChars + (line.level === 2 ? layout.contents.level2IndentChars : 0)) * cell;
}

/** Room for a line's text: the text block less the side paddings and the line's indent, in points. */
export function contentsLineWidthPt(line: ContentsLine, layout: LayoutSpec): number {
  const cell = charPitchPt(layout);
  return textBlockTwips(layout).width / 20 - contentsIndentPt(line, layout) - layout.contents.paddingChars * cell;
}

/** Grid lines of the box's rows: the title row first, then one row per line. */
export function contentsRowLines(contents: PrintableContents, layout: LayoutSpec): number[] {
  const cell = charPitchPt(layout);
  return [1, ...contents.lines.map((line) => cellLines(line.text, contentsLineWidthPt(line, layout), layout.body.sizePt, cell))];
}

/** Grid lines the whole item takes: the box and the empty lines after it. */
export function contentsTotalLines(contents: PrintableContents, layout: LayoutSpec): number {
  return contentsRowLines(contents, layout).reduce((a, b) => a + b, 0) + layout.contents.linesAfter;
}
