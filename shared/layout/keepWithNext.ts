/**
 * Which printed blocks keep with the next one, so that no heading is ever the last line of a page and
 * the line that introduces a table (`本周业务量统计如下：`) does not stay behind it. Both serializers ask
 * here: the DOCX writes `w:keepNext` on these paragraphs (Word, WPS and LibreOffice then move them to
 * the next page), the print paginator moves them the same way (print/paginate.ts).
 *
 * An introducing paragraph keeps with its table only when it is one line (at most a line's characters):
 * how a renderer keeps a longer paragraph with the next differs between engines, and a longer one is
 * not an introduction but text of its own.
 */
import type { PrintBlock } from './issueView';

const INTRODUCES = /[：:]$/;

function textLength(block: PrintBlock): number {
  return (block.label ?? '').length + block.runs.reduce((sum, run) => sum + run.text.length, 0);
}

/** Indexes (into `blocks`) of the blocks that keep with the block after them. */
export function keepWithNextBlocks(blocks: readonly PrintBlock[], charsPerLine: number): Set<number> {
  const keep = new Set<number>();
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (!next) return;
    if (block.kind === 'heading') keep.add(i);
    else if (block.kind === 'paragraph' && next.kind === 'table') {
      const text = block.runs.map((run) => run.text).join('');
      // The first line is indented two characters.
      if (INTRODUCES.test(text) && textLength(block) <= charsPerLine - 2) keep.add(i);
    }
  });
  return keep;
}
