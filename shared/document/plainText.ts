/** An issue body as plain text, one paragraph per line, generated numbers written out. */
import { computeLabels } from './numbering';
import { blockText, type BlockElement } from './types';

export function blocksToPlainText(blocks: readonly BlockElement[]): string[] {
  const labels = computeLabels(blocks);
  return blocks.map((block, i) => `${labels[i] ?? ''}${blockText(block)}`);
}
