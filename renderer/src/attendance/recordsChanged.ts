/**
 * "The records of issue N changed": the attendance workbench says so after it saved entries or
 * visits, and the generated blocks of that issue re-render — at once when the issue is open, or when
 * it is opened next (the flag waits until a block takes it). Without the flag an opened issue keeps
 * its stored lines, so an old issue keeps the names as printed even after the roster changed.
 */
type Listener = (issueId: number) => void;

const pending = new Set<number>();
const listeners = new Set<Listener>();

export function markRecordsChanged(issueId: number): void {
  pending.add(issueId);
  for (const listener of listeners) listener(issueId);
}

/** True once per change: the first block of the issue to ask gets it. */
export function hasPendingChange(issueId: number): boolean {
  return pending.has(issueId);
}

export function clearPendingChange(issueId: number): void {
  pending.delete(issueId);
}

export function onRecordsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
