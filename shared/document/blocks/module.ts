/**
 * What one block type must say about itself. The registry (registry.ts) holds one module per type in a
 * map typed over the block union, so a type without one, or a module without one of these pieces, does
 * not compile; schema.ts, normalize.ts, plain text, the printable view and 从上期生成 dispatch on it.
 */
import type { z } from 'zod';
import type { PrintBlock } from '../../layout/issueView';
import type { Segment } from '../../proofread/types';
import type { DocumentLimits } from './limits';
import type { StyledText } from './text';

/**
 * The fixes a block's normaliser may ask for, carried out on the Slate editor by normalize.ts. Block
 * modules name fixes rather than call Slate, so the data side of a block (schema, text, print) pulls
 * no editor code into the main process. Each returns true when it changed something.
 */
export interface BlockRepair {
  /** Drops `unset`, then sets `set`, as one step (e.g. `{ type: 'paragraph' }` to become a paragraph). */
  update(set: Record<string, unknown>, unset?: readonly string[]): true;
  /** Removes the block (nothing left to repair it from; the body never ends up empty). */
  remove(): true;
  /** A text block: lifts a nested element (from a paste or a bad file) out; false when there is none. */
  unwrapNested(): boolean;
  /** A void block: makes its children the one empty leaf without marks; false when they are. */
  voidChildren(): boolean;
}

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
  normalize(raw: Readonly<Record<string, unknown>>, repair: BlockRepair, foreign: readonly string[]): boolean;
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
