/**
 * The measurement a browser sends back (export.printHtml, stage 2) is input like any other: before it
 * is paginated it is checked against the document it claims to measure, so that a stale or forged
 * measurement cannot make the host build millions of pages. In time linear in the document and the
 * measurement:
 * - one item per flow item (masthead, 本期要目 and its gap, each block, the 报尾), no more and no fewer;
 * - no item taking more lines than its text can fill — every line holds at least one character (a
 *   table: its rows' grid lines, which the layout decides itself);
 * - line starts, where there are any, no more than the lines, in order, inside the item's text.
 * A refusal is the contract's INVALID_INPUT error, with a message the preview can show.
 */
import { AppError } from '../../../../shared/contract/result';
import type { PrintableIssue } from '../../../../shared/layout/issueView';
import type { FlowMeasurement } from '../../../../shared/layout/measureFlow';
import type { LayoutSpec } from '../../../../shared/layout/spec';
import { tableRowLines } from '../../../../shared/layout/table';
import { contentsRowLines } from '../../../../shared/layout/contents';
import { blockItem, closingItem, contentsGapItem, contentsItem, MASTHEAD_ITEM } from './buildPrintHtml';
import { blockText } from './markup';
import { pictureMaxLines } from './picture';

const STALE = '排版测量数据与当前文档不符（文档可能刚刚修改过），未分页。请重新打开预览。';

function refuse(detail: string): never {
  throw new AppError('INVALID_INPUT', `${STALE}（${detail}）`);
}

const length = (text: string | null): number => (text === null ? 0 : text.length);

/** The most lines each flow item can take, and the length of the text its line starts point into. */
function itemBounds(issue: PrintableIssue, layout: LayoutSpec): { maxLines: number; textLength: number }[] {
  const bounds: { maxLines: number; textLength: number }[] = [];
  const mastheadText =
    length(issue.seriesTitle) +
    length(issue.numberLine) +
    length(issue.issuer) +
    length(issue.dateLine) +
    length(issue.partTitle) +
    length(issue.periodLine);
  bounds[MASTHEAD_ITEM] = {
    maxLines: layout.masthead.titleLines + layout.masthead.linesAfterRule + 4 + mastheadText,
    textLength: mastheadText,
  };
  const contents = contentsItem(issue);
  const gap = contentsGapItem(issue);
  if (issue.contents && contents !== null && gap !== null) {
    const rows = contentsRowLines(issue.contents, layout);
    bounds[contents] = { maxLines: rows.reduce((a, b) => a + b, 0) + rows.length, textLength: 0 };
    bounds[gap] = { maxLines: layout.contents.linesAfter, textLength: 0 };
  }
  issue.blocks.forEach((block, i) => {
    if (block.picture) {
      bounds[blockItem(i, issue)] = { maxLines: pictureMaxLines(block.picture, layout), textLength: 0 };
      return;
    }
    if (block.table) {
      const rows = tableRowLines(block.table, layout);
      bounds[blockItem(i, issue)] = { maxLines: rows.reduce((a, b) => a + b, 0) + rows.length, textLength: 0 };
      return;
    }
    const text = blockText(block).length;
    bounds[blockItem(i, issue)] = { maxLines: Math.max(1, text), textLength: text };
  });
  const closing = closingItem(issue);
  if (closing !== null && issue.closing) {
    const text = issue.closing.lines.reduce((sum, line) => sum + line.text.length + 2, 0) + (issue.closing.copies === null ? 0 : 12);
    bounds[closing] = { maxLines: issue.closing.lines.length + 2 + text, textLength: text };
  }
  return bounds;
}

/** Throws INVALID_INPUT unless `measurement` can be a measurement of `issue`'s flow in `layout`. */
export function checkMeasurement(issue: PrintableIssue, layout: LayoutSpec, measurement: FlowMeasurement): void {
  const bounds = itemBounds(issue, layout);
  if (measurement.items.length !== bounds.length) refuse(`文档有${bounds.length}项，测量数据有${measurement.items.length}项`);
  measurement.items.forEach((item, i) => {
    const bound = bounds[i]!;
    if (!item) refuse(`第${i + 1}项缺少测量值`);
    if (item.lines > bound.maxLines) refuse(`第${i + 1}项测得${item.lines}行，其文字最多排${bound.maxLines}行`);
    const starts = item.lineStarts;
    if (starts === null) return;
    if (starts.length > Math.max(1, item.lines)) refuse(`第${i + 1}项的行首位置多于行数`);
    let previous = 0;
    for (const start of starts) {
      if (start < previous || start > bound.textLength) refuse(`第${i + 1}项的行首位置超出其文字`);
      previous = start;
    }
  });
}
