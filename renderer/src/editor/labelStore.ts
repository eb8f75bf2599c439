/**
 * Generated numbers as a small external store, so that a keystroke re-renders only the block typed in
 * and a renumbering re-renders only the blocks whose number changed (not all 600 of them).
 *
 * Labels are computed lazily from the editor's current children and looked up by block object: Slate
 * keeps the object of every untouched block across edits, and a block that changed is re-rendered by
 * Slate anyway, reading its label from the fresh table. Subscribers hear about a change only when a block
 * that Slate keeps (same object) got another number — on an insert, delete, move or level change, but
 * not while typing inside a block.
 */
import type { BlockElement } from '../../../shared/document/types';
import { computeLabels } from '../../../shared/document/numbering';

export interface LabelStore {
  subscribe(listener: () => void): () => void;
  /** The generated number of `block` (e.g. `（二）`), or null for a plain paragraph. */
  labelOf(block: BlockElement): string | null;
  /** Call after every change of the document; notifies only when a number changed. */
  update(): void;
}

export function createLabelStore(getBlocks: () => readonly BlockElement[]): LabelStore {
  const listeners = new Set<() => void>();
  let source: readonly BlockElement[] | null = null;
  let labels: (string | null)[] = [];
  // What subscribers were last told, per block object; a render may refresh the table before update().
  let announced = new WeakMap<BlockElement, string | null>();
  let byBlock = new WeakMap<BlockElement, string | null>();

  function refresh(): void {
    const blocks = getBlocks();
    if (blocks === source) return;
    source = blocks;
    labels = computeLabels(blocks);
    byBlock = new WeakMap();
    blocks.forEach((block, i) => byBlock.set(block, labels[i] ?? null));
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    labelOf(block) {
      refresh();
      return byBlock.get(block) ?? null;
    },
    update() {
      refresh();
      const blocks = source ?? [];
      // A block Slate has not seen before renders anyway; only a kept block whose number moved needs a call.
      const changed = blocks.some((block, i) => announced.has(block) && announced.get(block) !== (labels[i] ?? null));
      announced = byBlock;
      if (!changed) return;
      for (const listener of [...listeners]) listener();
    },
  };
}
