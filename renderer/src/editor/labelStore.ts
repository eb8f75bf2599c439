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
  // The table as of the last update() (a render may refresh it before update() runs), null if unchanged.
  let sinceUpdate: WeakMap<BlockElement, string | null> | null = null;
  let byBlock = new WeakMap<BlockElement, string | null>();

  function refresh(): void {
    const blocks = getBlocks();
    if (blocks === source) return;
    // The first table is what the first render shows; later ones are compared with the last update's.
    if (source !== null && sinceUpdate === null) sinceUpdate = byBlock;
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
      const before = sinceUpdate;
      sinceUpdate = null;
      if (!before || !source) return;
      // A block Slate has not seen before renders anyway; only a kept block whose number moved needs a call.
      const changed = source.some((block, i) => before.has(block) && before.get(block) !== (labels[i] ?? null));
      if (!changed) return;
      for (const listener of [...listeners]) listener();
    },
  };
}
