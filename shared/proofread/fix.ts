/**
 * Applying fixes to plain strings (the CLI's --fix, paste, and the check that 全部修正 is idempotent).
 * The editor applies the same replacements through Slate (renderer/src/proofread/applyFix.ts).
 */
import { blockText, type BlockElement, type BriefDocument } from '../document/types';
import { AUTO_RULES } from './rules';
import type { ProofreadContext, SegmentRole } from './types';

type Replacement = { start: number; end: number; replacement?: string };

/** The replacements that can go in one pass: sorted, with a replacement, not overlapping an earlier one. */
function nonOverlapping(hits: readonly Replacement[]): Required<Replacement>[] {
  const sorted = hits.filter((h): h is Required<Replacement> => h.replacement !== undefined).sort((a, b) => a.start - b.start);
  const kept: Required<Replacement>[] = [];
  let until = -1;
  for (const hit of sorted) {
    if (hit.start < until) continue; // overlaps the previous one: the next pass takes it
    kept.push(hit);
    until = Math.max(hit.end, hit.start + 1);
  }
  return kept;
}

/** Non-overlapping replacements applied right to left, so earlier offsets stay valid. */
export function applyReplacements(text: string, hits: readonly Replacement[]): string {
  let out = text;
  const kept = nonOverlapping(hits);
  for (let i = kept.length - 1; i >= 0; i--) {
    const hit = kept[i]!;
    out = out.slice(0, hit.start) + hit.replacement + out.slice(hit.end);
  }
  return out;
}

type Run = { text: string; bold?: true };

/**
 * Replacements applied to runs of text: a replacement takes the marks of the first character it
 * replaces (or of the character before an insertion), so bold stays where it was.
 */
function applyToRuns<T extends Run>(runs: readonly T[], hits: readonly Replacement[]): T[] {
  const chars: { ch: string; run: number }[] = [];
  runs.forEach((run, index) => {
    for (const ch of run.text) for (let k = 0; k < ch.length; k++) chars.push({ ch: ch[k]!, run: index });
  });
  const kept = nonOverlapping(hits);
  for (let i = kept.length - 1; i >= 0; i--) {
    const hit = kept[i]!;
    const run = chars[hit.start]?.run ?? chars[hit.start - 1]?.run ?? 0;
    chars.splice(hit.start, hit.end - hit.start, ...[...hit.replacement].map((ch) => ({ ch, run })));
  }
  const out: T[] = [];
  let current: { run: number; text: string } | null = null;
  for (const { ch, run } of chars) {
    if (current && current.run === run) current.text += ch;
    else {
      if (current) out.push({ ...runs[current.run]!, text: current.text });
      current = { run, text: ch };
    }
  }
  if (current) out.push({ ...runs[current.run]!, text: current.text });
  return out.length > 0 ? out : [{ ...runs[0]!, text: '' }];
}

/** Passes until the certain fixes find nothing: one fix can reveal another (`本周 ,省` → `本周,省` → `本周，省`). */
const MAX_PASSES = 4;

/** Runs with every never-ambiguous fix applied; fixing the result again changes nothing. */
export function fixRuns<T extends Run>(runs: readonly T[], role: SegmentRole = 'paragraph', context: ProofreadContext = {}): T[] {
  let current = [...runs];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const text = current.map((run) => run.text).join('');
    const hits = AUTO_RULES.filter((rule) => !rule.roles || rule.roles.includes(role)).flatMap((rule) => rule.find(text, role, context));
    if (hits.length === 0) break;
    const next = applyToRuns(current, hits);
    if (next.map((run) => run.text).join('') === text) break;
    current = next;
  }
  return current;
}

/** The text with every never-ambiguous fix applied. */
export function fixText(text: string, role: SegmentRole = 'paragraph', context: ProofreadContext = {}): string {
  return fixRuns([{ text }], role, context)
    .map((run) => run.text)
    .join('');
}

export interface FixChange {
  block: number;
  /** Set for a table cell. */
  cell?: { row: number; column: number };
  before: string;
  after: string;
}

function roleOf(block: BlockElement): SegmentRole {
  if (block.type === 'numbered') return block.display === 'heading' ? 'heading' : 'numberedParagraph';
  return 'paragraph';
}

/**
 * The document with the certain fixes applied to the text the clerk owns (paragraphs, numbered
 * blocks, table cells) and the list of what changed; bold stays on the characters it was on.
 */
export function fixDocument(document: BriefDocument, context: ProofreadContext = {}): { document: BriefDocument; changes: FixChange[] } {
  const changes: FixChange[] = [];
  const blocks = document.blocks.map((block, index): BlockElement => {
    if (block.type === 'paragraph' || block.type === 'numbered') {
      const before = blockText(block);
      const children = fixRuns(block.children, roleOf(block), context);
      const after = children.map((run) => run.text).join('');
      if (after === before) return block;
      changes.push({ block: index, before, after });
      return { ...block, children };
    }
    if (block.type === 'table') {
      const rows = block.rows.map((row, r) =>
        row.map((cell, c) => {
          const fixed = fixText(cell, 'cell', context);
          if (fixed !== cell) changes.push({ block: index, cell: { row: r, column: c }, before: cell, after: fixed });
          return fixed;
        }),
      );
      return { ...block, rows };
    }
    return block;
  });
  return { document: { ...document, blocks }, changes };
}
