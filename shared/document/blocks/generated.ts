/**
 * A live generated section (考勤情况, 厅（局）长进大厅): a void block whose text BriefDesk writes from the
 * issue's records. `lines` is the last rendered text, stored with the document so exports, search and
 * a finalized issue keep the names as printed even if the records or the roster change later.
 */
import { z } from 'zod';
import { xmlText } from '../../text/xmlText';
import type { BlockModule } from './module';
import { printLines } from './print';
import { dropForeignKeys, voidChildrenSchema, type StyledText } from './text';

/** Sections BriefDesk writes itself from the records. */
export type GeneratedKind = 'attendance' | 'leaderVisits';
export const GENERATED_KINDS: readonly GeneratedKind[] = ['attendance', 'leaderVisits'];

export interface GeneratedElement {
  type: 'generated';
  kind: GeneratedKind;
  lines: string[];
  /** The one empty leaf Slate needs of a void element; it never holds text. */
  children: StyledText[];
}

export function generated(kind: GeneratedKind, lines: string[] = []): GeneratedElement {
  return { type: 'generated', kind, lines, children: [{ text: '' }] };
}

function isGeneratedKind(value: unknown): value is GeneratedKind {
  return GENERATED_KINDS.includes(value as GeneratedKind);
}

export const generatedBlock: BlockModule<GeneratedElement> = {
  type: 'generated',
  isVoid: true,
  keys: ['kind', 'lines'],
  schema: (limits) =>
    z.strictObject({
      type: z.literal('generated'),
      kind: z.enum(GENERATED_KINDS as ['attendance', 'leaderVisits']),
      lines: z.array(xmlText().max(limits.textPerLeaf)).max(limits.generatedLines),
      children: voidChildrenSchema(limits, '自动段落不能含有文字'),
    }),
  normalize(raw, repair, foreign) {
    // One of unknown kind is no longer something BriefDesk can re-render: it becomes a paragraph.
    if (!isGeneratedKind(raw.kind)) {
      return repair.update({ type: 'paragraph' }, ['kind', 'lines']);
    }
    if (dropForeignKeys(raw, repair, foreign)) return true;
    if (!Array.isArray(raw.lines) || !raw.lines.every((line) => typeof line === 'string')) {
      return repair.update({ lines: [] });
    }
    return repair.voidChildren();
  },
  lines: (block) => block.lines,
  segments: (block, index) =>
    block.lines.map((text, line) => ({ place: { kind: 'generated', block: index, line }, role: 'generated', text })),
  print: (block) => printLines(block.lines),
  // Written again from the new issue's records.
  carried: (block) => ({ ...block, lines: [] }),
  kept: (block) => ({ ...block, lines: [] }),
};
