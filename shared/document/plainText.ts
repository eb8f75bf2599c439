/** An issue body as plain text, one paragraph per line, generated numbers written out. */
import { computeLabels } from './numbering';
import { blockLines, type BlockElement } from './types';

/**
 * Each block gives its module's lines (a table one line per row, cells joined by a tab; a generated
 * section its stored lines; a picture `[图片：图注]`); a numbered block's first line starts with its number.
 */
export function blocksToPlainText(blocks: readonly BlockElement[]): string[] {
  const labels = computeLabels(blocks);
  return blocks.flatMap((block, i) => {
    const lines = blockLines(block);
    const label = labels[i];
    return label && lines.length > 0 ? [`${label}${lines[0]}`, ...lines.slice(1)] : lines;
  });
}
