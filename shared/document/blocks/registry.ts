/**
 * Every block type and its module. The union below and the map after it are the two lines a new block
 * type adds here; the map is typed over the union, so a type without a module (or a module of the
 * wrong type) does not compile, and every dispatch below covers it.
 *
 * Outside shared/ a new type then fails to compile until it also has: its editor component
 * (renderer/src/editor/elements.tsx), its name in the import outline (renderer/src/import/BodyOutline.tsx),
 * its DOCX and print serializers (electron/services/export, where they dispatch over BlockType), and a
 * fixture in test/unit/blocks/blockFixtures.ts (which puts it through every serializer test).
 */
import { z } from 'zod';
import type { TableElement } from '../table';
import { generatedBlock, type GeneratedElement } from './generated';
import type { DocumentLimits } from './limits';
import type { BlockModule } from './module';
import { numberedBlock, type NumberedElement } from './numbered';
import { paragraphBlock, type ParagraphElement } from './paragraph';
import { pictureBlock, type PictureElement } from './picture';
import { statisticsBlock, type StatisticsElement } from './statistics';
import { tableBlock } from './table';

export type BlockElement = ParagraphElement | NumberedElement | GeneratedElement | TableElement | StatisticsElement | PictureElement;
export type BlockType = BlockElement['type'];
export type BlockOf<K extends BlockType> = Extract<BlockElement, { type: K }>;

export const BLOCKS: { readonly [K in BlockType]: BlockModule<BlockOf<K>> } = {
  paragraph: paragraphBlock,
  numbered: numberedBlock,
  generated: generatedBlock,
  table: tableBlock,
  statistics: statisticsBlock,
  picture: pictureBlock,
};

export const BLOCK_TYPES = Object.keys(BLOCKS) as BlockType[];

export function isBlockType(value: unknown): value is BlockType {
  return typeof value === 'string' && Object.hasOwn(BLOCKS, value);
}

/** The module of a block, typed to it (TypeScript cannot correlate BLOCKS[block.type] with block itself). */
export function moduleOf<E extends BlockElement>(block: E): BlockModule<E> {
  return BLOCKS[block.type] as unknown as BlockModule<E>;
}

/** What a block prints, line by line, without its generated number. */
export function blockLines(block: BlockElement): string[] {
  return moduleOf(block).lines(block);
}

export function isVoidBlock(element: { type: string }): boolean {
  return isBlockType(element.type) && BLOCKS[element.type].isVoid;
}

/** For each type, the keys of the other types that are not its own (normalize.ts drops them). */
export const FOREIGN_KEYS: { readonly [K in BlockType]: readonly string[] } = Object.fromEntries(
  BLOCK_TYPES.map((type) => {
    const own = new Set(BLOCKS[type].keys);
    const foreign = new Set(BLOCK_TYPES.flatMap((other) => BLOCKS[other].keys).filter((key) => !own.has(key)));
    return [type, [...foreign]];
  }),
) as Record<BlockType, string[]>;

/** One schema over every block type under a set of limits (schema.ts builds the request and stored ones). */
export function blockSchemaFor(limits: DocumentLimits): z.ZodType<BlockElement> {
  // zod's discriminated union wants a tuple of object schemas; each module's schema is one, typed
  // only as ZodType<its element> so the module can refine it (the table does).
  const options = BLOCK_TYPES.map((type) => BLOCKS[type].schema(limits));
  return z.discriminatedUnion(
    'type',
    options as unknown as Parameters<typeof z.discriminatedUnion>[1],
  ) as unknown as z.ZodType<BlockElement>;
}
