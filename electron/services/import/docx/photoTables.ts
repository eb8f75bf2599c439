/**
 * A photo table: the grid Word and WPS users lay photos out with, side by side, each with its caption
 * in the same cell under it or in the cell of the row below (图为… under each photo). A briefing's body
 * holds pictures one under another, so such a table becomes its pictures in reading order — row by row,
 * left to right — each followed by its caption, marked as one: the text beside a photo in such a grid
 * is its caption whether or not it starts as captions do. A table that holds only a small picture (an
 * emblem beside a masthead title) is not a photo table and stays a table.
 */
import type { IncomingBlock, IncomingParagraph, IncomingPicture } from '../../../../shared/import/incoming';

/** A cell's content as the reader found it: its paragraphs, pictures and nested tables. */
export type CellContent = IncomingBlock[];

/** Narrower than this share of the text width, a picture is an emblem or an icon, not a photo. */
const PHOTO_MIN_SHARE = 0.25;

const isPhoto = (block: IncomingBlock): block is IncomingPicture =>
  block.kind === 'picture' && (block.widthShare === null || block.widthShare >= PHOTO_MIN_SHARE);

const holdsPhoto = (row: readonly CellContent[]): boolean => row.some((cell) => cell.some(isPhoto));

export function isPhotoTable(rows: readonly (readonly CellContent[])[]): boolean {
  return rows.some(holdsPhoto);
}

/** A cell's blocks with nested tables opened into their cells' content, in order. */
function flatten(cell: CellContent): IncomingBlock[] {
  return cell.flatMap((block) => (block.kind === 'table' ? block.rows.flat(2) : [block]));
}

/** `blocks` with the first paragraph after each picture marked as its caption. */
function markCaptions(blocks: IncomingBlock[]): IncomingBlock[] {
  return blocks.map((block, i) => (block.kind === 'paragraph' && blocks[i - 1]?.kind === 'picture' ? captioned(block) : block));
}

const captioned = (paragraph: IncomingParagraph): IncomingParagraph => ({ ...paragraph, caption: true });

/**
 * The photo table's content as body blocks. A row of photos followed by a row without any takes that
 * row as its captions, column by column; any other row is read as it stands.
 */
export function photoTableBlocks(rows: readonly (readonly CellContent[])[]): IncomingBlock[] {
  const blocks: IncomingBlock[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const below = rows[r + 1];
    const captionsBelow = below !== undefined && holdsPhoto(row) && !holdsPhoto(below);
    row.forEach((cell, c) => {
      blocks.push(...markCaptions([...flatten(cell), ...(captionsBelow ? flatten(below[c] ?? []) : [])]));
    });
    if (captionsBelow) {
      // Cells of the caption row beyond this row's own are kept as text after it.
      blocks.push(...below.slice(row.length).flatMap(flatten));
      r++;
    }
  }
  return blocks;
}
