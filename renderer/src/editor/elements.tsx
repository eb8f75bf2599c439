/**
 * How blocks and text look in the editor: one component per block type (blocks/), in a map typed over
 * the block union, so a new block type does not compile until it has one.
 */
import type { ComponentType } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import type { BlockOf, BlockType } from '../../../shared/document/blocks/registry';
import { GeneratedBlock } from '../attendance/GeneratedBlock';
import { StatisticsBlock } from '../statistics/StatisticsBlock';
import { NumberedBlock } from './blocks/NumberedBlock';
import { ParagraphBlock } from './blocks/ParagraphBlock';
import { PictureBlock } from './blocks/PictureBlock';
import { TableBlock } from './TableBlock';

export { LabelStoreContext } from './blocks/labelContext';

type BlockComponent<K extends BlockType> = ComponentType<RenderElementProps & { element: BlockOf<K> }>;

const BLOCK_COMPONENTS: { [K in BlockType]: BlockComponent<K> } = {
  paragraph: ParagraphBlock,
  numbered: NumberedBlock,
  generated: GeneratedBlock,
  table: TableBlock,
  statistics: StatisticsBlock,
  picture: PictureBlock,
};

export function renderElement(props: RenderElementProps) {
  // Before the first normalisation an element of an unknown type may still be shown: as a paragraph.
  const Component = (BLOCK_COMPONENTS[props.element.type] ?? ParagraphBlock) as BlockComponent<BlockType>;
  return <Component {...props} element={props.element} />;
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  return <span {...attributes}>{leaf.bold ? <strong>{children}</strong> : children}</span>;
}
