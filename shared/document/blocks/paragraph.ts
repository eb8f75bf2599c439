/** The ordinary paragraph: typed text with bold runs, printed in the body face without a number. */
import { z } from 'zod';
import type { BlockModule } from './module';
import { printRuns } from './print';
import { blockText, dropForeignKeys, textChildrenSchema, type StyledText } from './text';

export interface ParagraphElement {
  type: 'paragraph';
  children: StyledText[];
}

export function paragraph(text = '', bold = false): ParagraphElement {
  return { type: 'paragraph', children: [bold ? { text, bold: true } : { text }] };
}

export const paragraphBlock: BlockModule<ParagraphElement> = {
  type: 'paragraph',
  isVoid: false,
  keys: [],
  schema: (limits) => z.strictObject({ type: z.literal('paragraph'), children: textChildrenSchema(limits) }),
  normalize: (raw, repair, foreign) => dropForeignKeys(raw, repair, foreign) || repair.unwrapNested(),
  lines: (block) => [blockText(block)],
  segments: (block, index) => [{ place: { kind: 'block', block: index }, role: 'paragraph', text: blockText(block) }],
  print: (block) => [{ kind: 'paragraph', level: null, label: null, runs: printRuns(block.children) }],
  // A paragraph is news: the next issue writes its own.
  carried: () => null,
  kept: (block) => block,
};
