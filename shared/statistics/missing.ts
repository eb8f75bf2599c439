/** Whether a body still prints figures nobody typed (（未填）): the clerk is told before 定稿. */
import type { BlockElement } from '../document/types';
import { MISSING_FIGURE } from './text';

export function hasMissingFigures(blocks: readonly BlockElement[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'statistics' &&
      (block.form === 'table'
        ? block.rows.some((row) => row.some((cell) => cell.includes(MISSING_FIGURE)))
        : block.lines.some((line) => line.includes(MISSING_FIGURE))),
  );
}
