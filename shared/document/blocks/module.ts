/**
 * What one block type must say about itself. The registry (registry.ts) holds one module per type in a
 * map typed over the block union, so a type without one, or a module without one of these pieces, does
 * not compile; schema.ts, normalize.ts, plain text, the printable view and 从上期生成 dispatch on it.
 */
import type { Editor, Path } from 'slate';
import type { z } from 'zod';
import type { PrintBlock } from '../../layout/issueView';
import type { Segment } from '../../proofread/types';
import type { DocumentLimits } from './limits';
import type { StyledText } from './text';

export interface BlockModule<E extends { type: string; children: StyledText[] }> {
  type: E['type'];
  /** Slate treats the block as one unit; its content is edited in its own inputs, not as Slate text. */
  isVoid: boolean;
  /** Its fields besides `type` and `children`: other block types found holding them drop them. */
  keys: readonly string[];
  /** Its schema under a set of limits (request or stored: limits.ts). */
  schema(limits: DocumentLimits): z.ZodType<E>;
  /**
   * Brings a block of this type back to the model, one fix per call (Slate re-runs until nothing
   * changes); true when it changed something. `foreign` are the other types' keys, not its own.
   * It may turn the block into a paragraph or remove it when it cannot be repaired.
   */
  normalize(editor: Editor, raw: Record<string, unknown>, path: Path, foreign: readonly string[]): boolean;
  /** What it prints, as plain text lines, without the generated number (plain text, search). */
  lines(block: E): string[];
  /** The texts it prints, for 校对, each with where it lives (block `index` of the body). */
  segments(block: E, index: number): Segment[];
  /** What it prints, format-independent (layout/issueView.ts); `label` is its generated number. */
  print(block: E, label: string | null): PrintBlock[];
  /**
   * 从上期生成, in a section whose news is cleared: the block carried into the new issue with its
   * per-issue text emptied, or null when it is news. `checkLabels` are the section's 大厅巡查 checks.
   */
  carried(block: E, checkLabels: readonly string[]): E | null;
  /** 从上期生成, in a section the template keeps as it was: the block as carried (figures still emptied). */
  kept(block: E): E;
}
