/**
 * The body as it will be stored: every block in order with the number it will print (一、 （一） 1.
 * （1）, computed like the editor's), indented by level; tables and statistics blocks named as such,
 * so the clerk sees the levels automatic numbering and heading styles gave before saving.
 */
import { computeLabels } from '../../../shared/document/numbering';
import { blockText, type BlockElement } from '../../../shared/document/types';

const PREVIEW_CHARS = 60;

function shortText(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

function describe(block: BlockElement): string {
  switch (block.type) {
    case 'table':
      return `［表格 ${block.rows.length} 行 × ${block.rows[0]?.length ?? 0} 列］${shortText(block.rows[0]?.join(' | ') ?? '')}`;
    case 'statistics':
      return `［统计数字·${block.form === 'table' ? '表格' : '句子'}］${shortText(block.form === 'table' ? (block.rows[0]?.join(' | ') ?? '') : block.lines.join(''))}`;
    case 'generated':
      return `［自动段落］${shortText(block.lines.join(''))}`;
    default:
      return shortText(blockText(block));
  }
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
