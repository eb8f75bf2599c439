/** An issue body as plain text, one paragraph per line, generated numbers written out. */
import { computeLabels } from './numbering';
import { tableLines } from './table';
import { blockLines, blockText, type BlockElement } from './types';

/** A generated section gives its stored lines, one per line, like ordinary paragraphs. */
export function blocksToPlainText(blocks: readonly BlockElement[]): string[] {
  const labels = computeLabels(blocks);
  return blocks.flatMap((block, i) => {
    // A table gives one line per row, its cells joined by a tab (table.ts).
    if (block.type === 'table') return tableLines(block);
    // Generated sections and statistics give their stored text (a statistics table: its rows).
    if (block.type === 'generated' || block.type === 'statistics' || block.type === 'picture') return blockLines(block);
    return [`${labels[i] ?? ''}${blockText(block)}`];
  });
}
