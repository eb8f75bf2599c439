/**
 * A block that carries a generated number. `display: 'heading'` is a short title on its own line
 * (（一）优化营商环境工作开展情况); `display: 'paragraph'` is a whole paragraph that begins with its
 * number (（一）3月19日，省中心召开…). Both share one count; numbers are never stored (numbering.ts).
 */
import { z } from 'zod';
import type { BlockModule } from './module';
import { printRuns } from './print';
import { blockText, dropForeignKeys, textChildrenSchema, type StyledText } from './text';

/** 1: 一、  2: （一）  3: 1.  4: （1） */
export type NumberLevel = 1 | 2 | 3 | 4;
export const NUMBER_LEVELS: readonly NumberLevel[] = [1, 2, 3, 4];

export interface NumberedElement {
  type: 'numbered';
  level: NumberLevel;
  display: 'heading' | 'paragraph';
  children: StyledText[];
}

export function numbered(level: NumberLevel, text = '', display: NumberedElement['display'] = 'heading'): NumberedElement {
  return { type: 'numbered', level, display, children: [{ text }] };
}

function isLevel(value: unknown): value is NumberLevel {
  return NUMBER_LEVELS.includes(value as NumberLevel);
}

export const numberedBlock: BlockModule<NumberedElement> = {
  type: 'numbered',
  isVoid: false,
  keys: ['level', 'display'],
  schema: (limits) =>
    z.strictObject({
      type: z.literal('numbered'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      display: z.enum(['heading', 'paragraph']),
      children: textChildrenSchema(limits),
    }),
  normalize(raw, repair, foreign) {
    if (dropForeignKeys(raw, repair, foreign)) return true;
    if (!isLevel(raw.level)) {
      const n = Number(raw.level);
      const level = Number.isFinite(n) ? Math.min(4, Math.max(1, Math.round(n))) : 1;
      return repair.update({ level });
    }
    if (raw.display !== 'heading' && raw.display !== 'paragraph') {
      return repair.update({ display: 'heading' });
    }
    return repair.unwrapNested();
  },
  lines: (block) => [blockText(block)],
  segments: (block, index) => [
    { place: { kind: 'block', block: index }, role: block.display === 'heading' ? 'heading' : 'numberedParagraph', text: blockText(block) },
  ],
  print: (block, label) => [
    { kind: block.display === 'heading' ? 'heading' : 'paragraph', level: block.level, label, runs: printRuns(block.children) },
  ],
  // Headings give the new issue its shape (buildFromPrevious keeps them itself); a whole-paragraph
  // item is news, except a 大厅巡查 check, which is asked again every issue.
  carried(block, checkLabels) {
    const text = blockText(block);
    return block.display === 'paragraph' && checkLabels.some((label) => text.startsWith(label)) ? block : null;
  },
  kept: (block) => block,
};
