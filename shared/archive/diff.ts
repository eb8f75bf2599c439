/**
 * A readable diff between two versions of a body: blocks are aligned by their text (longest common
 * subsequence), a removed block next to an added one that shares most of its characters is shown as
 * one changed block, and inside it the changed characters are marked. Pure: main computes it, tests
 * check it directly.
 */
import type { BlockDiff, DiffSegment } from './types';

/** Above this many cells the character diff keeps only the common start and end (a rare, huge paragraph). */
const MAX_CELLS = 4_000_000;
/** A removed/added pair is one changed block when at least this share of the longer text is kept. */
const SIMILAR = 0.4;

type Op<T> = { kind: 'same'; a: T; ai: number; bi: number } | { kind: 'removed'; a: T; ai: number } | { kind: 'added'; b: T; bi: number };

/** Edit script by longest common subsequence; `a` and `b` are short enough for an n·m table. */
function lcsOps<T>(a: readonly T[], b: readonly T[]): Op<T>[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i] === b[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const ops: Op<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: 'same', a: a[i]!, ai: i++, bi: j++ });
    } else if (i < n && (j === m || table[at(i + 1, j)]! >= table[at(i, j + 1)]!)) {
      // On a tie the removal comes first: "old → new" reads naturally.
      ops.push({ kind: 'removed', a: a[i]!, ai: i++ });
    } else {
      ops.push({ kind: 'added', b: b[j]!, bi: j++ });
    }
  }
  return ops;
}

function push(out: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** Characters of `before` and `after` as same/removed/added runs (code points, so no half characters). */
export function diffChars(before: string, after: string): DiffSegment[] {
  const a = [...before];
  const b = [...after];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffSegment[] = [];
  push(out, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    push(out, 'removed', midA.join(''));
    push(out, 'added', midB.join(''));
  } else {
    for (const op of lcsOps(midA, midB)) {
      if (op.kind === 'same') push(out, 'same', op.a);
      else if (op.kind === 'removed') push(out, 'removed', op.a);
      else push(out, 'added', op.b);
    }
  }
  push(out, 'same', a.slice(endA).join(''));
  return out;
}

function keptShare(segments: DiffSegment[], before: string, after: string): number {
  const kept = segments.filter((s) => s.kind === 'same').reduce((n, s) => n + [...s.text].length, 0);
  const longer = Math.max([...before].length, [...after].length);
  return longer === 0 ? 1 : kept / longer;
}

/** Pairs the removed and added blocks of one gap between unchanged blocks. */
function resolveGap(removed: { text: string; index: number }[], added: { text: string; index: number }[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let k = 0; k < pairs; k++) {
    const r = removed[k]!;
    const a = added[k]!;
    const segments = diffChars(r.text, a.text);
    if (keptShare(segments, r.text, a.text) >= SIMILAR) {
      out.push({ kind: 'changed', oldIndex: r.index, newIndex: a.index, segments });
    } else {
      out.push({ kind: 'removed', text: r.text, oldIndex: r.index });
      out.push({ kind: 'added', text: a.text, newIndex: a.index });
    }
  }
  for (const r of removed.slice(pairs)) out.push({ kind: 'removed', text: r.text, oldIndex: r.index });
  for (const a of added.slice(pairs)) out.push({ kind: 'added', text: a.text, newIndex: a.index });
  return out;
}

/** Block-by-block diff from `before` to `after` (each block as its printed text, numbers included). */
export function diffBlocks(before: readonly string[], after: readonly string[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  let removed: { text: string; index: number }[] = [];
  let added: { text: string; index: number }[] = [];
  const flush = () => {
    out.push(...resolveGap(removed, added));
    removed = [];
    added = [];
  };
  for (const op of lcsOps(before, after)) {
    if (op.kind === 'same') {
      flush();
      out.push({ kind: 'same', text: op.a, oldIndex: op.ai, newIndex: op.bi });
    } else if (op.kind === 'removed') {
      removed.push({ text: op.a, index: op.ai });
    } else {
      added.push({ text: op.b, index: op.bi });
    }
  }
  flush();
  return out;
}
