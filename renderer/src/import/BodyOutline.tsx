/**
 * The body as it will be stored: every block in order with the number it will print (一、 （一） 1.
 * （1）, computed like the editor's), indented by level; tables, statistics blocks and pictures named
 * as such, so the clerk sees the levels automatic numbering and heading styles gave before saving.
 */
import { computeLabels } from '../../../shared/document/numbering';
import type { BlockOf, BlockType } from '../../../shared/document/blocks/registry';
import { blockText, pictureLine, type BlockElement } from '../../../shared/document/types';

const PREVIEW_CHARS = 60;

function shortText(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

type Describe<K extends BlockType> = (block: BlockOf<K>) => string;

/** Typed over every block type: a new type does not compile until the outline can name it. */
const DESCRIBE: { [K in BlockType]: Describe<K> } = {
  paragraph: (block) => shortText(blockText(block)),
  numbered: (block) => shortText(blockText(block)),
  table: (block) => `［表格 ${block.rows.length} 行 × ${block.rows[0]?.length ?? 0} 列］${shortText(block.rows[0]?.join(' | ') ?? '')}`,
  statistics: (block) =>
    `［统计数字·${block.form === 'table' ? '表格' : '句子'}］${shortText(block.form === 'table' ? (block.rows[0]?.join(' | ') ?? '') : block.lines.join(''))}`,
  generated: (block) => `［自动段落］${shortText(block.lines.join(''))}`,
  picture: (block) => `「${pictureLine({ caption: shortText(block.caption) })}」`,
};

function describe(block: BlockElement): string {
  return (DESCRIBE[block.type] as Describe<BlockType>)(block as never);
}

export function BodyOutline({ blocks }: { blocks: readonly BlockElement[] }) {
  const labels = computeLabels(blocks);
  return (
    <ol className="bd-import-outline" data-testid="import-outline" aria-label="正文（按导入后的样子）">
      {blocks.map((block, i) => {
        const level = block.type === 'numbered' ? block.level : null;
        const heading = block.type === 'numbered' && block.display === 'heading';
        return (
          <li
            key={i}
            data-testid="import-outline-block"
            data-type={block.type}
            data-level={level ?? ''}
            className={heading ? 'bd-import-outline-heading' : undefined}
            style={{ paddingLeft: `${((level ?? 1) - 1) * 1.5}em` }}
          >
            {labels[i] ?? ''}
            {describe(block)}
          </li>
        );
      })}
    </ol>
  );
}
